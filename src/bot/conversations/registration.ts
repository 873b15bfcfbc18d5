import type { NgoDraft } from "../../domain/ngos.js";
import { registration as buttons } from "../callback-data/registration.js";
import type { BotConversation, ConversationContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { escapeHtml, ngoCard } from "../format.js";
import { askNgoStep, isNgoStep, NGO_STEPS, type NgoStep } from "./ngo-steps.js";
import { newDraftKey, reviewSummary } from "./prompts.js";

export const REGISTRATION = "registration";

/** Answers that can make the NGO a duplicate of one already registered. */
const CLASHING_STEPS: readonly NgoStep[] = ["name", "registrationNumber", "countyId"];

/**
 * NGO registration: every field in turn, a summary with Edit per field and
 * Confirm. Duplicates are refused as soon as they can be seen, and again,
 * authoritatively, when the NGO is saved.
 */
export function registrationConversation({ services, logger, messenger }: BotDeps) {
  return async function registration(conversation: BotConversation, ctx: ConversationContext): Promise<void> {
    const userId = ctx.personId;
    const leads = await conversation.external(async () => (await services.ngos.ledBy(userId))?.name ?? null);
    if (leads) {
      await ctx.reply(ctx.t("register-already-leads", { name: leads }));
      return;
    }
    const draftKey = await newDraftKey(conversation);
    await ctx.reply(ctx.t("register-intro"), { parse_mode: "HTML" });

    const draft: Partial<NgoDraft> = {};
    const ask = async (step: NgoStep) => {
      await askNgoStep(step, conversation, ctx, services, draft, messenger.settings.province);
      if (!CLASHING_STEPS.includes(step)) return;
      // A clash is reported right away, and the clashing answer asked again.
      for (let clash = await findClash(); clash; clash = await findClash()) {
        await ctx.reply(ctx.t(`error-${clash}`));
        const step = clash === "duplicate-name" ? "name" : "registrationNumber";
        await askNgoStep(step, conversation, ctx, services, draft, messenger.settings.province);
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
      const summary = `${ctx.t("register-summary")}\n\n${ngoCard(ctx, { ...complete, county, fields }, { showPhone: true })}`;
      const parts = NGO_STEPS.map((step) => ({ id: step, label: ctx.t(`edit-${step}`) }));
      const { answer, pressed } = await reviewSummary(
        conversation,
        ctx,
        summary,
        buttons.summary,
        parts,
        {
          save: async () => (await services.ngos.register(userId, complete, draftKey)).name,
          done: (answered, name) => answered.reply(answered.t("register-done", { name: escapeHtml(name) }), { parse_mode: "HTML" }),
          logger,
        },
        2,
      );
      if (answer.action === "saved" || answer.action === "cancel") return;
      if (answer.action === "edit") {
        if (isNgoStep(answer.part)) await ask(answer.part);
        continue;
      }
      await pressed.reply(pressed.t(`error-${answer.code}`));
      if (answer.code === "already-leads") return;
    }
  };
}
