import { InlineKeyboard } from "grammy";
import type { DuplicatePair } from "../../domain/duplicates.js";
import { LIMITS } from "../../domain/ngo-rules.js";
import { nameIn } from "../../domain/reference.js";
import { actorOf, tr } from "../actor.js";
import { duplicates as buttons } from "../callback-data/duplicates.js";
import { menu } from "../callback-data/menu.js";
import { Composer } from "../composer.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { escapeHtml, isolate, ngoStatusLine, shown } from "../format.js";
import { scopedCommand } from "../province-picker.js";
import { sendEach } from "../send-each.js";

const SHOWN = 10;

/**
 * /duplicates (officials): NGOs that look registered twice, each pair with
 * Merge (keeps the older record, after a confirmation) and Not a duplicate.
 */
export function duplicatesFeature(deps: BotDeps): Composer<BotContext> {
  const { services, logger } = deps;
  const composer = new Composer<BotContext>();
  const { duplicates } = services;

  const describe = (ctx: BotContext, pair: DuplicatePair) => {
    const line = (ngo: DuplicatePair["older"]) =>
      `<b>${isolate(shown(ngo.name, LIMITS.name.max))}</b> — ${isolate(nameIn(ngo.county, ctx.actor.locale))}\n${ngoStatusLine(tr(ctx), ngo)}`;
    return `${ctx.t(`duplicates-${pair.reason}`)}\n\n1) ${line(pair.older)}\n2) ${line(pair.newer)}`;
  };

  scopedCommand(composer, deps, "duplicates", "duplicates", async (ctx, province) => {
    const pairs = await duplicates.pairs(actorOf(ctx), province);
    if (pairs.length === 0) return ctx.reply(ctx.t("duplicates-none"));
    await ctx.reply(ctx.t("duplicates-list", { count: pairs.length, shown: Math.min(SHOWN, pairs.length) }));
    const failed = await sendEach(
      pairs.slice(0, SHOWN),
      (pair) => {
        const ids = { older: pair.older.id, newer: pair.newer.id };
        return ctx.reply(describe(ctx, pair), {
          parse_mode: "HTML",
          reply_markup: new InlineKeyboard()
            .text(ctx.t("button-merge"), buttons.merge.build(ids))
            .text(ctx.t("button-not-duplicate"), buttons.dismiss.build(ids)),
        });
      },
      logger,
    );
    if (failed > 0) await ctx.reply(ctx.t("list-not-shown", { count: failed }));
  });

  composer.callbackQuery(buttons.merge.filter, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup({
      reply_markup: new InlineKeyboard()
        .text(ctx.t("button-yes-merge"), buttons.mergeConfirmed.build(buttons.merge.unpack(ctx.match)))
        .text(ctx.t("button-cancel"), menu.cancel.build()),
    });
  });

  composer.callbackQuery(buttons.mergeConfirmed.filter, async (ctx) => {
    const { older, newer } = buttons.mergeConfirmed.unpack(ctx.match);
    const { kept, movedMembers } = await duplicates.merge(actorOf(ctx), older, newer);
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup();
    await ctx.reply(ctx.t("duplicates-merged", { name: escapeHtml(kept.name), members: movedMembers }), { parse_mode: "HTML" });
  });

  composer.callbackQuery(buttons.dismiss.filter, async (ctx) => {
    const { older, newer } = buttons.dismiss.unpack(ctx.match);
    await duplicates.dismiss(actorOf(ctx), older, newer);
    await ctx.answerCallbackQuery({ text: ctx.t("duplicates-dismissed") });
    await ctx.editMessageReplyMarkup();
  });

  return composer;
}
