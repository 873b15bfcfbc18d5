import type { ProvinceChoice } from "../../domain/people.js";
import { actorOf, tr } from "../actor.js";
import { menu } from "../callback-data/menu.js";
import { review } from "../callback-data/review.js";
import { Composer } from "../composer.js";
import type { BotContext } from "../context.js";
import type { FeatureConversations } from "../conversations/install.js";
import { REJECTION, rejectionConversation } from "../conversations/rejection.js";
import type { BotDeps } from "../deps.js";
import { officialsOnly } from "../filters.js";
import { escapeHtml } from "../format.js";
import { currentReviewMessage, reviewedText, reviewMessage } from "../keyboards/review.js";
import type { RefusalFollowUps } from "../middleware/errors.js";
import { scopedCommand } from "../province-picker.js";
import { sendEach } from "../send-each.js";

/** Officials review pending NGOs of their scope: /pending, Approve, Reject (with a reason). */
export function reviewFeature({ services, logger }: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  const listPending = async (ctx: BotContext, province: ProvinceChoice) => {
    const pending = await services.ngos.pendingFor(actorOf(ctx), province);
    if (pending.length === 0) return ctx.reply(ctx.t("review-none"));
    await ctx.reply(ctx.t("review-list", { count: pending.length }));
    const failed = await sendEach(
      pending.slice(0, 20),
      async (ngo) => {
        const { text, markup } = reviewMessage(tr(ctx), ngo);
        const card = await ctx.reply(text, { parse_mode: "HTML", reply_markup: markup });
        await services.ngos.rememberReviewCard(ngo.id, actorOf(ctx).id, card.message_id);
      },
      logger,
    );
    if (failed > 0) await ctx.reply(ctx.t("list-not-shown", { count: failed }));
  };
  const openPending = scopedCommand(composer, { services }, "pending", "pending", listPending);
  composer.callbackQuery(menu.pending.filter).filter(officialsOnly, async (ctx) => {
    await ctx.answerCallbackQuery();
    await openPending(ctx);
  });

  // Refusals (another official was quicker, the card changed since) are answered by the error boundary, then reviewRefusals.
  composer.callbackQuery(review.approve.filter, async (ctx) => {
    const { ngo: ngoId, version } = review.approve.unpack(ctx.match);
    const ngo = await services.ngos.approve(actorOf(ctx), ngoId, version);
    await ctx.answerCallbackQuery({ text: ctx.t("review-approved-toast") });
    await ctx.editMessageReplyMarkup();
    await ctx.reply(ctx.t("review-approved", { name: escapeHtml(ngo.name) }), { parse_mode: "HTML" });
  });

  composer.callbackQuery(review.reject.filter, async (ctx) => {
    const { ngo: ngoId, version } = review.reject.unpack(ctx.match);
    const ngo = await services.ngos.reviewable(actorOf(ctx), ngoId, version);
    await ctx.answerCallbackQuery();
    await ctx.conversation.enter(REJECTION, ngo.id, ngo.version);
  });

  return composer;
}

/**
 * After the refusal of an Approve or Reject press: the presser is told who
 * reviewed the NGO and when ("you" when it was them), and its buttons disappear; a card that changed since it was sent
 * gives way to the current one, with buttons of its own (the presser may
 * review it: that was checked first).
 */
export function reviewRefusals({ services }: BotDeps): RefusalFollowUps {
  const pressedCard = (ctx: BotContext) => {
    const data = ctx.callbackQuery?.data ?? "";
    const pressed = review.approve.filter.test(data) ? review.approve : review.reject.filter.test(data) ? review.reject : null;
    return pressed?.unpack(data);
  };
  return {
    "already-reviewed": {
      text: async (ctx) => {
        const card = pressedCard(ctx);
        return card && reviewedText(services.ngos, tr(ctx), card.ngo, ctx.actor.person.id);
      },
      after: async (ctx) => {
        if (pressedCard(ctx)) await ctx.editMessageReplyMarkup();
      },
    },
    "review-changed": {
      after: async (ctx) => {
        const card = pressedCard(ctx);
        if (!card) return;
        await ctx.editMessageReplyMarkup();
        const current = await currentReviewMessage(services.ngos, tr(ctx), card.ngo);
        if (!current) return;
        const sent = await ctx.reply(current.text, { parse_mode: "HTML", reply_markup: current.markup });
        await services.ngos.rememberReviewCard(card.ngo, actorOf(ctx).id, sent.message_id);
      },
    },
  };
}

/** Rejecting with a reason. */
export function reviewConversations(deps: BotDeps): FeatureConversations {
  return { [REJECTION]: rejectionConversation(deps) };
}
