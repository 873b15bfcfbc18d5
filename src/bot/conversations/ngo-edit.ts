import type { NgoDraft } from "../../domain/ngos.js";
import { actorReader } from "../actor.js";
import { profile } from "../callback-data/profile.js";
import type { BotConversation, ConversationContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { askNgoStep, isNgoStep } from "./ngo-steps.js";
import { outcomeOf } from "./outcome.js";
import { saveOrOfferAgain } from "./prompts.js";

export const NGO_EDIT = "ngo-edit";

/** The leader changes one field of their NGO, asked exactly as during registration. */
export function ngoEditConversation({ services, logger, messenger }: BotDeps) {
  return async function ngoEdit(conversation: BotConversation, ctx: ConversationContext, step: string): Promise<void> {
    const leaderId = ctx.personId;
    const actor = actorReader(services.people, leaderId);
    const current = await conversation.external(async () => {
      const ngo = await services.ngos.ledBy(leaderId);
      return (
        ngo && {
          id: ngo.id,
          name: ngo.name,
          registrationNumber: ngo.registrationNumber,
          countyId: ngo.countyId,
          fieldIds: ngo.fields.map((f) => f.id),
        }
      );
    });
    if (!current || !isNgoStep(step)) {
      await ctx.reply(ctx.t("error-not-leader"));
      return;
    }
    const patch: Partial<NgoDraft> = step === "fieldIds" ? { fieldIds: current.fieldIds } : {};
    for (;;) {
      await askNgoStep(step, conversation, ctx, services, patch, messenger.settings.province);
      const outcome = await saveOrOfferAgain(conversation, ctx, profile.editing.again, logger, async () => {
        const clash = await services.ngos.findDuplicate({ ...current, ...patch }, current.id);
        if (clash) return clash;
        const updated = await outcomeOf(async () => services.ngos.update(await actor(), current.id, patch));
        if (!updated.ok) return updated.code;
        return updated.value.reviewAgain ? "review-again" : "ok";
      });
      if (outcome === "ok" || outcome === "review-again") {
        await ctx.reply(ctx.t(outcome === "ok" ? "profile-saved" : "profile-saved-review-again"));
        return;
      }
      await ctx.reply(ctx.t(`error-${outcome}`));
      if (outcome !== "duplicate-name" && outcome !== "duplicate-registration-number") return;
    }
  };
}
