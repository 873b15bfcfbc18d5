import { InlineKeyboard } from "grammy";
import { compareQuarters, formatDate, formatDateTime, plainNumber, type Quarter, quarterOf, shiftQuarter } from "../domain/calendar.js";
import { type CountyKpi, type KpiReport, MEETINGS_REQUIRED_PER_QUARTER, meetsTarget, type ProvinceKpi } from "../domain/kpi.js";
import type { ProvinceChoice } from "../domain/people.js";
import { nameIn } from "../domain/reference.js";
import { renderTable, type TableRow } from "../reports/table.js";
import { type Cell, sheetsWorkbook } from "../reports/workbook.js";
import { kpi } from "./callback-data/kpi.js";
import { escapeHtml, fitToMessage, percent, type Translator } from "./format.js";
import { stepButtons } from "./keyboards/steps.js";
import {
  PROVINCE_PICTURE_COLUMNS,
  PROVINCE_SHEET_COLUMNS,
  provinceComparisonRows,
  provinceComparisonSheetRows,
  provinceMeetsTarget,
  provinceRequired,
  ratePercent,
} from "./presenters/kpi-provinces.js";

/** A quarter in callback data and back: "1405.3". */
export const quarterKey = (q: Quarter) => `${q.year}.${q.quarter}`;
export function parseQuarterKey(key: string | undefined): Quarter | null {
  const match = /^(\d{4})\.([1-4])$/.exec(key ?? "");
  return match ? { year: Number(match[1]), quarter: Number(match[2]) as Quarter["quarter"] } : null;
}

/** "Autumn 1405" in the reader's language. */
export function quarterName({ t, locale }: Translator, q: Quarter): string {
  return t("kpi-season", { quarter: q.quarter, year: plainNumber(q.year, locale) });
}

function period(tr: Translator, report: KpiReport): string {
  const lastDay = new Date(report.end.getTime() - 1);
  return tr.t("kpi-period", { from: formatDate(report.start, tr.locale), to: formatDate(lastDay, tr.locale) });
}

/** A county's lines (or the whole scope's); `needs`: whether the quarter had a training-needs round to report on. */
function countyLines(
  tr: Translator,
  kpi: CountyKpi | (Omit<CountyKpi, "county"> & { label: string }),
  required: number,
  needs: boolean,
): string[] {
  const { t } = tr;
  const label = "label" in kpi ? kpi.label : nameIn(kpi.county, tr.locale);
  const met = kpi.held >= required;
  const lines = [
    t(met ? "kpi-county-met" : "kpi-county-missed", { county: escapeHtml(label), held: kpi.held, required }) +
      (kpi.upcoming > 0 ? t("kpi-upcoming", { count: kpi.upcoming }) : ""),
  ];
  if (kpi.held > 0) {
    lines.push(
      `    ${t("kpi-reach", {
        invited: kpi.ngosInvited,
        accepted: kpi.ngosAccepted,
        present: kpi.ngosPresent,
        rate: percent(kpi.ngosPresent, kpi.ngosInvited, tr),
        people: kpi.peoplePresent,
      })}`,
      `    ${t("kpi-agenda", { raised: kpi.agendaRaised, resolved: kpi.agendaResolved })}`,
    );
  }
  if (needs) {
    lines.push(
      `    ${
        kpi.needsInvited > 0
          ? t("kpi-needs", {
              answered: kpi.needsAnswered,
              invited: kpi.needsInvited,
              rate: percent(kpi.needsAnswered, kpi.needsInvited, tr),
            })
          : t("kpi-needs-not-asked")
      }`,
    );
  }
  return lines;
}

/** A province's lines in the comparison: how many of its counties met the target, then its figures. */
function provinceLines(tr: Translator, kpi: ProvinceKpi, needs: boolean): string[] {
  const [, ...figures] = countyLines(tr, { ...kpi, label: "" }, provinceRequired(kpi), needs);
  const head = tr.t(provinceMeetsTarget(kpi) ? "kpi-province-met" : "kpi-province-missed", {
    province: escapeHtml(nameIn(kpi.province, tr.locale)),
    met: kpi.countiesMeetingTarget,
    counties: kpi.counties,
    held: kpi.held,
  });
  return [head, ...figures];
}

/**
 * The quarter's indicators as a message: the target, each county, and the whole scope when there are several
 * counties; over several provinces, a line per province instead of per county (the counties are in Excel).
 */
export function kpiText(tr: Translator, report: KpiReport, now: Date): string {
  const { t, locale } = tr;
  const head = [t("kpi-title", { quarter: quarterName(tr, report.quarter) }), period(tr, report)];
  if (compareQuarters(report.quarter, quarterOf(now)) === 0) head.push(t("kpi-in-progress", { today: formatDate(now, locale) }));
  head.push("", t("kpi-target", { met: report.totals.countiesMeetingTarget, total: report.totals.counties }));
  // No round this quarter is said once, not under every county.
  const needs = report.totals.needsInvited > 0;
  if (!needs) head.push(t("kpi-no-needs"));
  const lines: string[] = [];
  if (report.counties.length > 1) {
    lines.push(
      ...countyLines(
        tr,
        { ...report.totals, label: t(report.provinces.length > 0 ? "kpi-all-provinces" : "kpi-all-counties") },
        MEETINGS_REQUIRED_PER_QUARTER * report.totals.counties,
        needs,
      ),
      "",
    );
  }
  if (report.provinces.length > 0) for (const kpi of report.provinces) lines.push(...provinceLines(tr, kpi, needs));
  else for (const kpi of report.counties) lines.push(...countyLines(tr, kpi, MEETINGS_REQUIRED_PER_QUARTER, needs));
  return [...head, "", ...fitToMessage(lines, tr, "report-more-in-excel"), "", t("kpi-definitions")].join("\n");
}

/** A button of the report: of the presser's whole scope, or of the one province they picked. */
export function kpiButton(action: "v" | "s" | "png" | "xlsx", quarter: Quarter, province: ProvinceChoice): string {
  const key = quarterKey(quarter);
  return province === undefined ? kpi.report.build({ action, quarter: key }) : kpi.inProvince.build({ action, quarter: key, province });
}

/** Move between quarters (never past the current one), and the picture and Excel file of the one shown. */
export function kpiKeyboard(tr: Translator, quarter: Quarter, now: Date, province?: ProvinceChoice): InlineKeyboard {
  const step = (steps: number) => kpiButton("v", shiftQuarter(quarter, steps), province);
  const keyboard = stepButtons(new InlineKeyboard(), tr.locale, {
    back: { data: step(-1), label: tr.t("button-kpi-previous") },
    ...(compareQuarters(quarter, quarterOf(now)) < 0 ? { forward: { data: step(1), label: tr.t("button-kpi-next") } } : {}),
  });
  return keyboard
    .row()
    .text(tr.t("button-chart"), kpiButton("png", quarter, province))
    .text(tr.t("button-excel"), kpiButton("xlsx", quarter, province));
}

function figures(tr: Translator, kpi: Omit<CountyKpi, "county">): string[] {
  const n = (value: number) => plainNumber(value, tr.locale);
  return [
    n(kpi.held),
    n(kpi.ngosInvited),
    n(kpi.ngosAccepted),
    n(kpi.ngosPresent),
    percent(kpi.ngosPresent, kpi.ngosInvited, tr),
    n(kpi.agendaRaised),
    n(kpi.agendaResolved),
    percent(kpi.needsAnswered, kpi.needsInvited, tr),
  ];
}

/**
 * The indicators as a table picture: one row per county, the target cell green or red, and a total row;
 * over several provinces, one row per province.
 */
export function kpiPicture(tr: Translator, report: KpiReport): Buffer {
  const { t, locale } = tr;
  if (report.provinces.length > 0) {
    return renderTable({
      title: t("kpi-chart-title", { quarter: quarterName(tr, report.quarter) }),
      subtitle: period(tr, report),
      header: PROVINCE_PICTURE_COLUMNS.map((key) => t(key)),
      rows: provinceComparisonRows(tr, report.provinces),
      legend: t("kpi-provinces-legend", { required: MEETINGS_REQUIRED_PER_QUARTER }),
      rtl: locale === "fa",
    });
  }
  const tones = (met: boolean) => [null, met ? ("good" as const) : ("bad" as const)];
  const rows: TableRow[] = report.counties.map((kpi) => ({
    cells: [nameIn(kpi.county, locale), ...figures(tr, kpi)],
    tones: tones(meetsTarget(kpi)),
  }));
  if (report.counties.length > 1) rows.push({ cells: [t("kpi-all-counties"), ...figures(tr, report.totals)], bold: true });
  return renderTable({
    title: t("kpi-chart-title", { quarter: quarterName(tr, report.quarter) }),
    subtitle: period(tr, report),
    header: KPI_COLUMNS.map((key) => t(key)),
    rows,
    legend: t("kpi-chart-legend", { required: MEETINGS_REQUIRED_PER_QUARTER }),
    rtl: locale === "fa",
  });
}

const KPI_COLUMNS = [
  "kpi-col-county",
  "kpi-col-held",
  "kpi-col-invited",
  "kpi-col-accepted",
  "kpi-col-present",
  "kpi-col-attendance",
  "kpi-col-agenda",
  "kpi-col-resolved",
  "kpi-col-needs",
] as const;

/**
 * The indicators as Excel: a sheet of counties (with the total) and a sheet of the quarter's meetings they come
 * from; over several provinces, their comparison first.
 */
export function kpiWorkbook(tr: Translator, report: KpiReport): Promise<Buffer> {
  const { t, locale } = tr;
  const countyRow = (label: string, kpi: Omit<CountyKpi, "county">, required: number): Cell[] => [
    label,
    required,
    kpi.held,
    kpi.upcoming,
    kpi.ngosInvited,
    kpi.ngosAccepted,
    kpi.ngosPresent,
    ratePercent(kpi.ngosPresent, kpi.ngosInvited),
    kpi.peoplePresent,
    kpi.agendaRaised,
    kpi.agendaResolved,
    kpi.agendaFollowUp,
    kpi.agendaReferred,
    kpi.needsInvited,
    kpi.needsAnswered,
    ratePercent(kpi.needsAnswered, kpi.needsInvited),
  ];
  const rows = report.counties.map((kpi) => countyRow(nameIn(kpi.county, locale), kpi, MEETINGS_REQUIRED_PER_QUARTER));
  rows.push(countyRow(t("kpi-all-counties"), report.totals, MEETINGS_REQUIRED_PER_QUARTER * report.totals.counties));
  const comparison =
    report.provinces.length > 0
      ? [
          {
            name: t("kpi-sheet-provinces"),
            header: PROVINCE_SHEET_COLUMNS.map((key) => t(key)),
            rows: provinceComparisonSheetRows(tr, report.provinces),
          },
        ]
      : [];
  return sheetsWorkbook(
    [
      ...comparison,
      {
        name: t("kpi-sheet-counties"),
        header: [
          "kpi-col-county",
          "kpi-x-required",
          "kpi-x-held",
          "kpi-x-upcoming",
          "kpi-col-invited",
          "kpi-col-accepted",
          "kpi-col-present",
          "kpi-x-attendance",
          "kpi-x-people",
          "kpi-col-agenda",
          "kpi-col-resolved",
          "kpi-x-follow-up",
          "kpi-x-referred",
          "kpi-x-needs-invited",
          "kpi-x-needs-answered",
          "kpi-x-needs-rate",
        ].map((key) => t(key)),
        rows,
      },
      {
        name: t("kpi-sheet-meetings"),
        header: [
          "kpi-col-county",
          "kpi-x-meeting",
          "kpi-x-starts",
          "kpi-x-status",
          "kpi-col-invited",
          "kpi-col-accepted",
          "kpi-col-present",
          "kpi-x-people",
          "kpi-col-agenda",
          "kpi-col-resolved",
        ].map((key) => t(key)),
        rows: report.meetings.map((m) => [
          nameIn(m.county, locale),
          m.title,
          formatDateTime(m.startsAt, locale),
          t(m.held ? "kpi-x-status-held" : "kpi-x-status-upcoming"),
          m.ngosInvited,
          m.ngosAccepted,
          m.ngosPresent,
          m.peoplePresent,
          m.agendaRaised,
          m.agendaResolved,
        ]),
      },
    ],
    locale === "fa",
  );
}
