import { DomainError } from "../../domain/errors.js";
import type { NgoDraft } from "../../domain/ngos.js";
import type { BotConversation, ConversationContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { escapeHtml, ngoCard } from "../format.js";
import { editFieldsKeyboard } from "../keyboards/ngo-fields.js";
import { askNgoStep, isNgoStep, NGO_STEPS, type NgoStep } from "./ngo-steps.js";
import { explainExpected } from "./prompts.js";

export const REGISTRATION = "registration";

/** Answers that can make the NGO a duplicate of one already registered. */
const CLASHING_STEPS: readonly NgoStep[] = ["name", "registrationNumber", "countyId"];

/**
 * NGO registration: every field in turn, a summary with Edit per field and
 * Confirm. Duplicates are refused as soon as they can be seen, and again,
 * authoritatively, when the NGO is saved.
 */
export function registrationConversation({ services }: BotDeps) {
  return async function registration(conversation: BotConversation, ctx: ConversationContext): Promise<void> {
    const userId = BigInt(ctx.from?.id ?? 0);
    const leads = await conversation.external(async () => (await services.ngos.ledBy(userId))?.name ?? null);
    if (leads) {
      await ctx.reply(ctx.t("register-already-leads", { name: leads }));
      return;
    }
    await ctx.reply(ctx.t("register-intro"), { parse_mode: "HTML" });

    const draft: Partial<NgoDraft> = {};
    const ask = async (step: NgoStep) => {
      await askNgoStep(step, conversation, ctx, services, draft);
      if (!CLASHING_STEPS.includes(step)) return;
      // A clash is reported right away, and the clashing answer asked again.
      for (let clash = await findClash(); clash; clash = await findClash()) {
        await ctx.reply(ctx.t(`error-${clash}`));
        await askNgoStep(clash === "duplicate-name" ? "name" : "registrationNumber", conversation, ctx, services, draft);
      }
    };
    const findClash = () =>
      conversation.external(() =>
        services.ngos.findDuplicate({ name: draft.name, registrationNumber: draft.registrationNumber, countyId: draft.countyId }),
      );

    for (const step of NGO_STEPS) await ask(step);

    for (;;) {
      const complete = draft as NgoDraft;
      const [county, fields] = await conversation.external(
        async () =>
          [
            await services.reference.county(complete.countyId),
            (await services.reference.fields()).filter((f) => complete.fieldIds.includes(f.id)),
          ] as const,
      );
      if (!county) throw new Error(`county ${complete.countyId} vanished during registration`);
      const keyboard = editFieldsKeyboard(ctx.t, "reg:edit")
        .row()
        .text(ctx.t("button-confirm"), "reg:confirm")
        .text(ctx.t("button-cancel"), "reg:cancel");
      const summary = ngoCard(ctx, { ...complete, county, fields }, { showPhone: true });
      await ctx.reply(`${ctx.t("register-summary")}\n\n${summary}`, { parse_mode: "HTML", reply_markup: keyboard });

      const pressed = await conversation.waitForCallbackQuery(/^reg:(edit:\w+|confirm|cancel)$/, {
        otherwise: (c) => explainExpected(c, "buttons"),
      });
      await pressed.answerCallbackQuery();
      await pressed.editMessageReplyMarkup();
      const action = pressed.match[1] ?? "";
      if (action === "cancel") {
        await pressed.reply(pressed.t("cancelled"));
        return;
      }
      if (action.startsWith("edit:")) {
        const step = action.slice("edit:".length);
        if (isNgoStep(step)) await ask(step);
        continue;
      }
      const outcome = await conversation.external(async () => {
        try {
          const ngo = await services.ngos.register(userId, complete);
          return { ok: true as const, name: ngo.name };
        } catch (error) {
          if (error instanceof DomainError) return { ok: false as const, code: error.code };
          throw error;
        }
      });
      if (outcome.ok) {
        await pressed.reply(pressed.t("register-done", { name: escapeHtml(outcome.name) }), { parse_mode: "HTML" });
        return;
      }
      await pressed.reply(pressed.t(`error-${outcome.code}`));
      if (outcome.code === "already-leads") return;
    }
  };
}
