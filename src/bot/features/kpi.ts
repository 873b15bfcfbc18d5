import { InputFile } from "grammy";
import { compareQuarters, type Quarter, quarterOf } from "../../domain/calendar.js";
import type { ProvinceChoice } from "../../domain/people.js";
import { actorOf, tr } from "../actor.js";
import { kpi } from "../callback-data/kpi.js";
import { Composer } from "../composer.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { officialsOnly } from "../filters.js";
import { kpiKeyboard, kpiPicture, kpiText, kpiWorkbook, parseQuarterKey, quarterKey } from "../kpi-report.js";
import { scopedCommand } from "../province-picker.js";

/**
 * /kpi (officials): the quarter's indicators of interaction with NGOs for the
 * counties the official acts for, with earlier quarters a button away, a
 * table picture and an Excel file. National officials and superadmins pick a
 * province or all of them (compared). The quarter and province come from the
 * button; the counties always from the reader's roles, read fresh.
 */
export function kpiFeature(deps: BotDeps): Composer<BotContext> {
  const { services, clock } = deps;
  const composer = new Composer<BotContext>();
  /** The quarter a button names, if it is not in the future. */
  const quarterIn = (key: string, now: Date) => {
    const quarter = parseQuarterKey(key);
    return quarter && compareQuarters(quarter, quarterOf(now)) <= 0 ? quarter : null;
  };

  scopedCommand(composer, deps, "kpi", "kpi", async (ctx, province) => {
    const now = clock();
    const report = await services.kpi.report(actorOf(ctx), quarterOf(now), now, province);
    await ctx.reply(kpiText(tr(ctx), report, now), {
      parse_mode: "HTML",
      reply_markup: kpiKeyboard(tr(ctx), report.quarter, now, province),
    });
  });

  const show = async (ctx: BotContext, action: "v" | "s" | "png" | "xlsx", quarter: Quarter, province: ProvinceChoice) => {
    const now = clock();
    const report = await services.kpi.report(actorOf(ctx), quarter, now, province);
    await ctx.answerCallbackQuery();
    const name = `kpi-${quarterKey(quarter)}`;
    const options = { parse_mode: "HTML" as const, reply_markup: kpiKeyboard(tr(ctx), quarter, now, province) };
    switch (action) {
      case "v":
        return ctx.editMessageText(kpiText(tr(ctx), report, now), options);
      case "s":
        return ctx.reply(kpiText(tr(ctx), report, now), options);
      case "png":
        return ctx.replyWithPhoto(new InputFile(kpiPicture(tr(ctx), report), `${name}.png`));
      case "xlsx":
        return ctx.replyWithDocument(new InputFile(await kpiWorkbook(tr(ctx), report), `${name}.xlsx`));
    }
  };
  composer.callbackQuery(kpi.report.filter).filter(officialsOnly, async (ctx) => {
    const { action, quarter: key } = kpi.report.unpack(ctx.match);
    const quarter = quarterIn(key, clock());
    if (!quarter) return ctx.answerCallbackQuery({ text: ctx.t("error-not-found") });
    await show(ctx, action, quarter, undefined);
  });
  composer.callbackQuery(kpi.inProvince.filter).filter(officialsOnly, async (ctx) => {
    const { action, quarter: key, province } = kpi.inProvince.unpack(ctx.match);
    const quarter = quarterIn(key, clock());
    if (!quarter) return ctx.answerCallbackQuery({ text: ctx.t("error-not-found") });
    await show(ctx, action, quarter, province);
  });

  return composer;
}
