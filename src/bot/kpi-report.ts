import { InlineKeyboard } from "grammy";
import { compareQuarters, formatDate, formatDateTime, plainNumber, type Quarter, quarterOf, shiftQuarter } from "../domain/calendar.js";
import { type CountyKpi, type KpiReport, MEETINGS_REQUIRED_PER_QUARTER, meetsTarget } from "../domain/kpi.js";
import { nameIn } from "../domain/reference.js";
import { renderTable, type TableRow } from "../reports/table.js";
import { type Cell, sheetsWorkbook } from "../reports/workbook.js";
import { kpi } from "./callback-data/kpi.js";
import { escapeHtml, fitToMessage, percent, type Translator } from "./format.js";

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

/** The quarter's indicators as a message: the target, each county, and the whole scope when there are several counties. */
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
      ...countyLines(tr, { ...report.totals, label: t("kpi-all-counties") }, MEETINGS_REQUIRED_PER_QUARTER * report.totals.counties, needs),
      "",
    );
  }
  for (const kpi of report.counties) lines.push(...countyLines(tr, kpi, MEETINGS_REQUIRED_PER_QUARTER, needs));
  return [...head, "", ...fitToMessage(lines, tr, "report-more-in-excel"), "", t("kpi-definitions")].join("\n");
}

/** Move between quarters (never past the current one), and the picture and Excel file of the one shown. */
export function kpiKeyboard(tr: Translator, quarter: Quarter, now: Date): InlineKeyboard {
  const keyboard = new InlineKeyboard().text(
    tr.t("button-kpi-previous"),
    kpi.report.build({ action: "v", quarter: quarterKey(shiftQuarter(quarter, -1)) }),
  );
  if (compareQuarters(quarter, quarterOf(now)) < 0)
    keyboard.text(tr.t("button-kpi-next"), kpi.report.build({ action: "v", quarter: quarterKey(shiftQuarter(quarter, 1)) }));
  return keyboard
    .row()
    .text(tr.t("button-chart"), kpi.report.build({ action: "png", quarter: quarterKey(quarter) }))
    .text(tr.t("button-excel"), kpi.report.build({ action: "xlsx", quarter: quarterKey(quarter) }));
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

/** The indicators as a table picture: one row per county, the target cell green or red, and a total row. */
export function kpiPicture(tr: Translator, report: KpiReport): Buffer {
  const { t, locale } = tr;
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

/** Rates as percentages with one decimal, for Excel; empty when there is nothing to share out. */
const ratePercent = (part: number, whole: number): Cell => (whole > 0 ? Math.round((1000 * part) / whole) / 10 : null);

/** The indicators as Excel: a sheet of counties (with the total) and a sheet of the quarter's meetings they come from. */
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
  return sheetsWorkbook(
    [
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
