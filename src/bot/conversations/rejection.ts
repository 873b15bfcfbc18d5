import { DomainError } from "../../domain/errors.js";
import { checkRejectionReason } from "../../domain/ngo-rules.js";
import type { BotConversation, ConversationContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { escapeHtml } from "../format.js";
import { currentReviewMessage } from "../keyboards/review.js";
import { askText, saveOrOfferAgain } from "./prompts.js";

export const REJECTION = "rejection";

/** An official rejects a pending NGO, giving a reason the leader will read. */
export function rejectionConversation({ services, logger }: BotDeps) {
  return async function rejection(conversation: BotConversation, ctx: ConversationContext, ngoId: string, version: number): Promise<void> {
    const actorId = BigInt(ctx.from?.id ?? 0);
    // Checked before asking anything, so nobody is asked for a reason they may not give.
    const allowed = await conversation.external(async () => {
      const who = await services.people.find(actorId);
      if (!who) return "forbidden";
      try {
        return { name: (await services.ngos.reviewable({ id: actorId, roles: who.roles }, ngoId, version)).name };
      } catch (error) {
        if (error instanceof DomainError) return error.code;
        throw error;
      }
    });
    if (typeof allowed === "string") {
      await ctx.reply(ctx.t(`error-${allowed}`));
      return;
    }
    const reason = await askText(conversation, ctx, ctx.t("review-ask-reason", { name: escapeHtml(allowed.name) }), checkRejectionReason);
    const outcome = await saveOrOfferAgain(conversation, ctx, "reject", logger, async () => {
      try {
        const who = await services.people.find(actorId);
        if (!who) return { ok: false as const, code: "forbidden" };
        await services.ngos.reject({ id: actorId, roles: who.roles }, ngoId, reason, version);
        return { ok: true as const };
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        // Changed while the reason was typed: the card as it is now, to review again.
        const card = error.code === "review-changed" ? await currentReviewMessage(services.ngos, ctx, ngoId) : null;
        return { ok: false as const, code: error.code, card: card && { text: card.text, keyboard: card.markup.inline_keyboard } };
      }
    });
    await ctx.reply(outcome.ok ? ctx.t("review-rejected", { name: escapeHtml(allowed.name) }) : ctx.t(`error-${outcome.code}`), {
      parse_mode: "HTML",
    });
    if (!outcome.ok && outcome.card) {
      await ctx.reply(outcome.card.text, { parse_mode: "HTML", reply_markup: { inline_keyboard: outcome.card.keyboard } });
    }
  };
}
