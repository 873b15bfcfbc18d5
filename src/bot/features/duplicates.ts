import { Composer, InlineKeyboard } from "grammy";
import type { DuplicatePair } from "../../domain/duplicates.js";
import { LIMITS } from "../../domain/ngo-rules.js";
import { nameIn } from "../../domain/reference.js";
import { actorOf, tr } from "../actor.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { escapeHtml, ngoStatusLine, shown } from "../format.js";
import { refuse } from "../guards.js";
import { sendEach } from "../send-each.js";

const SHOWN = 10;

/**
 * /duplicates (officials): NGOs that look registered twice, each pair with
 * Merge (keeps the older record, after a confirmation) and Not a duplicate.
 */
export function duplicatesFeature({ services, logger }: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const { duplicates } = services;

  const describe = (ctx: BotContext, pair: DuplicatePair) => {
    const line = (ngo: DuplicatePair["older"]) =>
      `<b>${shown(ngo.name, LIMITS.name.max)}</b> — ${nameIn(ngo.county, ctx.actor.locale)}\n${ngoStatusLine(tr(ctx), ngo)}`;
    return `${ctx.t(`duplicates-${pair.reason}`)}\n\n1) ${line(pair.older)}\n2) ${line(pair.newer)}`;
  };

  composer.command("duplicates", async (ctx) => {
    try {
      const pairs = await duplicates.pairs(actorOf(ctx));
      if (pairs.length === 0) return ctx.reply(ctx.t("duplicates-none"));
      await ctx.reply(ctx.t("duplicates-list", { count: pairs.length, shown: Math.min(SHOWN, pairs.length) }));
      const failed = await sendEach(
        pairs.slice(0, SHOWN),
        (pair) => {
          const ids = `${pair.older.id}:${pair.newer.id}`;
          return ctx.reply(describe(ctx, pair), {
            parse_mode: "HTML",
            reply_markup: new InlineKeyboard()
              .text(ctx.t("button-merge"), `dup:m:${ids}`)
              .text(ctx.t("button-not-duplicate"), `dup:n:${ids}`),
          });
        },
        logger,
      );
      if (failed > 0) await ctx.reply(ctx.t("list-not-shown", { count: failed }));
    } catch (error) {
      await refuse(ctx, error);
    }
  });

  composer.callbackQuery(/^dup:m:(\w+):(\w+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const ids = `${ctx.match[1]}:${ctx.match[2]}`;
    await ctx.editMessageReplyMarkup({
      reply_markup: new InlineKeyboard().text(ctx.t("button-yes-merge"), `dup:my:${ids}`).text(ctx.t("button-cancel"), "action:cancel"),
    });
  });

  composer.callbackQuery(/^dup:my:(\w+):(\w+)$/, async (ctx) => {
    try {
      const { kept, movedMembers } = await duplicates.merge(actorOf(ctx), ctx.match[1] ?? "", ctx.match[2] ?? "");
      await ctx.answerCallbackQuery();
      await ctx.editMessageReplyMarkup();
      await ctx.reply(ctx.t("duplicates-merged", { name: escapeHtml(kept.name), members: movedMembers }), { parse_mode: "HTML" });
    } catch (error) {
      await refuse(ctx, error);
    }
  });

  composer.callbackQuery(/^dup:n:(\w+):(\w+)$/, async (ctx) => {
    try {
      await duplicates.dismiss(actorOf(ctx), ctx.match[1] ?? "", ctx.match[2] ?? "");
      await ctx.answerCallbackQuery({ text: ctx.t("duplicates-dismissed") });
      await ctx.editMessageReplyMarkup();
    } catch (error) {
      await refuse(ctx, error);
    }
  });

  return composer;
}
