import { Composer } from "grammy";
import { DomainError } from "../../domain/errors.js";
import { actorOf, tr } from "../actor.js";
import type { BotContext } from "../context.js";
import { REJECTION } from "../conversations/rejection.js";
import type { BotDeps } from "../deps.js";
import { escapeHtml } from "../format.js";
import { currentReviewMessage, reviewMessage } from "../keyboards/review.js";
import { sendEach } from "../send-each.js";

/** Officials review pending NGOs of their scope: /pending, Approve, Reject (with a reason). */
export function reviewFeature({ services, logger }: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  const listPending = async (ctx: BotContext) => {
    const actor = actorOf(ctx);
    if (!actor.roles.official && !actor.roles.superadmin) return ctx.reply(ctx.t("error-forbidden"));
    const pending = await services.ngos.pendingFor(actor);
    if (pending.length === 0) return ctx.reply(ctx.t("review-none"));
    await ctx.reply(ctx.t("review-list", { count: pending.length }));
    const failed = await sendEach(
      pending.slice(0, 20),
      (ngo) => {
        const { text, markup } = reviewMessage(tr(ctx), ngo);
        return ctx.reply(text, { parse_mode: "HTML", reply_markup: markup });
      },
      logger,
    );
    if (failed > 0) await ctx.reply(ctx.t("list-not-shown", { count: failed }));
  };
  composer.command("pending", listPending);
  composer.callbackQuery("menu:pending", async (ctx) => {
    await ctx.answerCallbackQuery();
    await listPending(ctx);
  });

  composer.callbackQuery(/^review:approve:(\w+):(\d{1,9})$/, async (ctx) => {
    try {
      const ngo = await services.ngos.approve(actorOf(ctx), ctx.match[1] ?? "", Number(ctx.match[2]));
      await ctx.answerCallbackQuery({ text: ctx.t("review-approved-toast") });
      await ctx.editMessageReplyMarkup();
      await ctx.reply(ctx.t("review-approved", { name: escapeHtml(ngo.name) }), { parse_mode: "HTML" });
    } catch (error) {
      await refuseReview(ctx, error);
    }
  });

  composer.callbackQuery(/^review:reject:(\w+):(\d{1,9})$/, async (ctx) => {
    try {
      const ngo = await services.ngos.reviewable(actorOf(ctx), ctx.match[1] ?? "", Number(ctx.match[2]));
      await ctx.answerCallbackQuery();
      await ctx.conversation.enter(REJECTION, ngo.id, ngo.version);
    } catch (error) {
      await refuseReview(ctx, error);
    }
  });

  /**
   * Tells the presser why nothing happened. Buttons of an NGO reviewed by
   * someone else disappear; a card that changed since it was sent gives way to
   * the current one, with buttons of its own.
   */
  async function refuseReview(ctx: BotContext, error: unknown): Promise<void> {
    if (!(error instanceof DomainError)) throw error;
    await ctx.answerCallbackQuery({ text: ctx.t(`error-${error.code}`), show_alert: error.code !== "forbidden" });
    if (error.code === "already-reviewed" || error.code === "review-changed") await ctx.editMessageReplyMarkup();
    // The presser may review it (that was checked first).
    const current = error.code === "review-changed" ? await currentReviewMessage(services.ngos, tr(ctx), ctx.match?.[1] ?? "") : null;
    if (current) await ctx.reply(current.text, { parse_mode: "HTML", reply_markup: current.markup });
  }

  return composer;
}
