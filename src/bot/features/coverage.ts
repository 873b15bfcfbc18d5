import { InlineKeyboard, InputFile } from "grammy";
import { plainNumber } from "../../domain/calendar.js";
import { type Coverage, CROWDED_AT, summarise } from "../../domain/coverage.js";
import type { ProvinceChoice } from "../../domain/people.js";
import { nameIn } from "../../domain/reference.js";
import { renderHeatmap } from "../../reports/heatmap.js";
import { tableWorkbook } from "../../reports/workbook.js";
import { actorOf } from "../actor.js";
import { coverage as buttons } from "../callback-data/coverage.js";
import { Composer } from "../composer.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { joinList } from "../format.js";
import { coverageTable } from "../presenters/coverage.js";
import { scopedCommand } from "../province-picker.js";

/** The Excel button of the coverage of the presser's whole scope, or of the one province they picked. */
const excelButton = (province: ProvinceChoice) =>
  province === undefined ? buttons.excel.build() : buttons.excelInProvince.build({ province });

/**
 * /coverage (officials): verified NGOs per field and county in the official's
 * scope, as a short text of the largest gaps and most crowded cells, a heat
 * map picture and an Excel file; an area without any verified NGO gets that
 * one sentence instead.
 */
export function coverageFeature(deps: BotDeps): Composer<BotContext> {
  const { services } = deps;
  const composer = new Composer<BotContext>();

  const labels = (ctx: BotContext, coverage: Coverage) => ({
    rows: coverage.fields.map((f) => nameIn(f, ctx.actor.locale)),
    columns: coverage.counties.map((c) => nameIn(c, ctx.actor.locale)),
  });

  scopedCommand(composer, deps, "coverage", "coverage", async (ctx, province) => {
    const coverage = await services.coverage.coverage(actorOf(ctx), province);
    const { locale } = ctx.actor;
    // Every NGO has a field: no count at all is no verified NGO, said once instead of every county under every gap.
    if (coverage.counts.every((row) => row.every((count) => count === 0))) {
      return ctx.reply(ctx.t("coverage-empty", { counties: coverage.counties.length }));
    }
    const { gaps, crowded } = summarise(coverage);
    const lines = [
      ctx.t("coverage-title", { counties: coverage.counties.length, fields: coverage.fields.length }),
      "",
      ctx.t("coverage-gaps"),
    ];
    for (const gap of gaps) {
      const where = joinList(
        gap.counties.map((c) => nameIn(c, locale)),
        locale,
      );
      lines.push(
        ctx.t("coverage-gap", {
          field: nameIn(gap.field, locale),
          count: gap.counties.length,
          total: coverage.counties.length,
          counties: where,
        }),
      );
    }
    const withoutYouth = coverage.counties.filter((_, i) => coverage.youth[i] === 0).map((c) => nameIn(c, locale));
    lines.push(
      "",
      ctx.t("coverage-youth", {
        counts: coverage.counties.map((c, i) => `${nameIn(c, locale)} ${plainNumber(coverage.youth[i] ?? 0, locale)}`).join(" · "),
      }),
    );
    if (withoutYouth.length > 0) lines.push(ctx.t("coverage-youth-none", { counties: joinList(withoutYouth, locale) }));
    lines.push("", ctx.t("coverage-crowded", { threshold: CROWDED_AT }));
    if (crowded.length === 0) lines.push(ctx.t("coverage-none-crowded"));
    for (const cell of crowded) {
      lines.push(
        ctx.t("coverage-crowded-cell", { field: nameIn(cell.field, locale), county: nameIn(cell.county, locale), count: cell.count }),
      );
    }
    await ctx.reply(lines.join("\n"), { reply_markup: new InlineKeyboard().text(ctx.t("button-excel"), excelButton(province)) });
    const { rows, columns } = labels(ctx, coverage);
    const png = renderHeatmap({
      title: ctx.t("coverage-chart-title"),
      rowLabels: rows,
      columnLabels: columns,
      values: coverage.counts,
      crowdedAt: CROWDED_AT,
      legend: { gap: ctx.t("coverage-legend-gap"), crowded: ctx.t("coverage-legend-crowded", { threshold: CROWDED_AT }) },
      rtl: locale === "fa",
      format: (value) => plainNumber(value, locale),
    });
    await ctx.replyWithPhoto(new InputFile(png, "coverage.png"));
  });

  const excel = async (ctx: BotContext, province: ProvinceChoice) => {
    const coverage = await services.coverage.coverage(actorOf(ctx), province);
    await ctx.answerCallbackQuery();
    const file = await tableWorkbook(coverageTable({ t: ctx.t, locale: ctx.actor.locale }, coverage));
    await ctx.replyWithDocument(new InputFile(file, "coverage.xlsx"));
  };
  composer.callbackQuery(buttons.excel.filter, (ctx) => excel(ctx, undefined));
  composer.callbackQuery(buttons.excelInProvince.filter, (ctx) => excel(ctx, buttons.excelInProvince.unpack(ctx.match).province));

  return composer;
}
