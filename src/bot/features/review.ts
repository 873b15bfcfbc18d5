import { Composer } from "grammy";
import { DomainError } from "../../domain/errors.js";
import type { BotContext } from "../context.js";
import { REJECTION } from "../conversations/rejection.js";
import type { BotDeps } from "../deps.js";
import { escapeHtml, ngoCard, personName } from "../format.js";
import { reviewKeyboard } from "../keyboards/review.js";
import { sendEach } from "../send-each.js";

/** Officials review pending NGOs of their scope: /pending, Approve, Reject (with a reason). */
export function reviewFeature({ services, logger }: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  const listPending = async (ctx: BotContext) => {
    const actor = { id: ctx.actor.person.id, roles: ctx.actor.roles };
    if (!actor.roles.official && !actor.roles.superadmin) return ctx.reply(ctx.t("error-forbidden"));
    const pending = await services.ngos.pendingFor(actor);
    if (pending.length === 0) return ctx.reply(ctx.t("review-none"));
    await ctx.reply(ctx.t("review-list", { count: pending.length }));
    const failed = await sendEach(
      pending.slice(0, 20),
      (ngo) => {
        const leader = ngo.leader ? personName(ngo.leader) : "—";
        return ctx.reply(
          `${ctx.t("review-new", { leader })}\n\n${ngoCard({ t: ctx.t, locale: ctx.actor.locale }, ngo, { showPhone: true })}`,
          {
            parse_mode: "HTML",
            reply_markup: reviewKeyboard(ctx.t, ngo.id),
          },
        );
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

  composer.callbackQuery(/^review:approve:(\w+)$/, async (ctx) => {
    const ngoId = ctx.match[1] ?? "";
    try {
      const ngo = await services.ngos.approve({ id: ctx.actor.person.id, roles: ctx.actor.roles }, ngoId);
      await ctx.answerCallbackQuery({ text: ctx.t("review-approved-toast") });
      await ctx.editMessageReplyMarkup();
      await ctx.reply(ctx.t("review-approved", { name: escapeHtml(ngo.name) }), { parse_mode: "HTML" });
    } catch (error) {
      await refuseReview(ctx, error);
    }
  });

  composer.callbackQuery(/^review:reject:(\w+)$/, async (ctx) => {
    try {
      const ngo = await services.ngos.reviewable({ id: ctx.actor.person.id, roles: ctx.actor.roles }, ctx.match[1] ?? "");
      await ctx.answerCallbackQuery();
      await ctx.conversation.enter(REJECTION, ngo.id);
    } catch (error) {
      await refuseReview(ctx, error);
    }
  });

  return composer;
}

/** Tells the presser why nothing happened; buttons of an NGO reviewed by someone else disappear. */
async function refuseReview(ctx: BotContext, error: unknown): Promise<void> {
  if (!(error instanceof DomainError)) throw error;
  await ctx.answerCallbackQuery({ text: ctx.t(`error-${error.code}`), show_alert: error.code !== "forbidden" });
  if (error.code === "already-reviewed") await ctx.editMessageReplyMarkup();
}
