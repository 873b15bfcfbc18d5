import type { DomainErrorCode } from "../../domain/errors.js";
import { checkRejectionReason } from "../../domain/ngo-rules.js";
import { actorReader } from "../actor.js";
import { review } from "../callback-data/review.js";
import type { BotConversation, ConversationContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { escapeHtml } from "../format.js";
import { currentReviewMessage, reviewedText } from "../keyboards/review.js";
import { outcomeOf } from "./outcome.js";
import { askText, saveOrOfferAgain } from "./prompts.js";

export const REJECTION = "rejection";

/** An official rejects a pending NGO, giving a reason the leader will read. */
export function rejectionConversation({ services, logger }: BotDeps) {
  return async function rejection(conversation: BotConversation, ctx: ConversationContext, ngoId: string, version: number): Promise<void> {
    const actor = actorReader(services.people, ctx.personId);
    // Another official was quicker (or this one, from another copy): who reviewed it, and when.
    const refusalText = (code: DomainErrorCode) =>
      code === "already-reviewed"
        ? conversation.external(() => reviewedText(services.ngos, ctx, ngoId, ctx.personId))
        : Promise.resolve(ctx.t(`error-${code}`));
    // Checked before asking anything, so nobody is asked for a reason they may not give.
    const allowed = await conversation.external(() =>
      outcomeOf(async () => (await services.ngos.reviewable(await actor(), ngoId, version)).name),
    );
    if (!allowed.ok) {
      await ctx.reply(await refusalText(allowed.code));
      return;
    }
    const name = escapeHtml(allowed.value);
    const reason = await askText(conversation, ctx, ctx.t("review-ask-reason", { name }), checkRejectionReason);
    const rejected = await saveOrOfferAgain(conversation, ctx, review.rejecting.again, logger, () =>
      outcomeOf(async () => services.ngos.reject(await actor(), ngoId, reason, version)),
    );
    if (rejected.ok) await ctx.reply(ctx.t("review-rejected", { name }), { parse_mode: "HTML" });
    else await ctx.reply(await refusalText(rejected.code));
    if (!rejected.ok && rejected.code === "review-changed") {
      // Changed while the reason was typed: the card as it is now, to review again.
      const card = await conversation.external(async () => {
        const current = await currentReviewMessage(services.ngos, ctx, ngoId);
        return current && { text: current.text, keyboard: current.markup.inline_keyboard };
      });
      if (card) {
        const sent = await ctx.reply(card.text, { parse_mode: "HTML", reply_markup: { inline_keyboard: card.keyboard } });
        await conversation.external(() => services.ngos.rememberReviewCard(ngoId, ctx.personId, sent.message_id));
      }
    }
  };
}
