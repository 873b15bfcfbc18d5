import { plainNumber } from "../../domain/calendar.js";
import { MEETINGS_REQUIRED_PER_QUARTER, type ProvinceKpi } from "../../domain/kpi.js";
import { nameIn } from "../../domain/reference.js";
import type { TableRow } from "../../reports/table.js";
import type { Cell } from "../../reports/workbook.js";
import { percent, type Translator } from "../format.js";

/** Every county of the province held its meetings of the quarter. */
export const provinceMeetsTarget = (kpi: ProvinceKpi): boolean => kpi.countiesMeetingTarget === kpi.counties;

/** Meetings a province is to hold in a quarter: one per county. */
export const provinceRequired = (kpi: ProvinceKpi): number => MEETINGS_REQUIRED_PER_QUARTER * kpi.counties;

/** Rates as percentages with one decimal, for Excel; empty when there is nothing to share out. */
export const ratePercent = (part: number, whole: number): Cell => (whole > 0 ? Math.round((1000 * part) / whole) / 10 : null);

/** The comparison's columns, in the picture: the province, then its figures (keys of kpi.ftl). */
export const PROVINCE_PICTURE_COLUMNS = [
  "kpi-col-province",
  "kpi-col-counties-met",
  "kpi-col-held",
  "kpi-col-attendance",
  "kpi-col-agenda",
  "kpi-col-resolved",
  "kpi-col-needs",
] as const;

/** The comparison as the table picture's rows: a province a row, its target cell green when every county met it. */
export function provinceComparisonRows(tr: Translator, provinces: ProvinceKpi[]): TableRow[] {
  const n = (value: number) => plainNumber(value, tr.locale);
  return provinces.map((kpi) => ({
    cells: [
      nameIn(kpi.province, tr.locale),
      tr.t("kpi-counties-met-of", { met: n(kpi.countiesMeetingTarget), total: n(kpi.counties) }),
      tr.t("kpi-held-of", { held: n(kpi.held), required: n(provinceRequired(kpi)) }),
      percent(kpi.ngosPresent, kpi.ngosInvited, tr),
      n(kpi.agendaRaised),
      n(kpi.agendaResolved),
      percent(kpi.needsAnswered, kpi.needsInvited, tr),
    ],
    tones: [null, provinceMeetsTarget(kpi) ? "good" : "bad"],
  }));
}

/** The comparison's columns in Excel (keys of kpi.ftl). */
export const PROVINCE_SHEET_COLUMNS = [
  "kpi-col-province",
  "kpi-x-counties",
  "kpi-x-counties-met",
  "kpi-x-required",
  "kpi-x-held",
  "kpi-x-upcoming",
  "kpi-col-invited",
  "kpi-col-present",
  "kpi-x-attendance",
  "kpi-col-agenda",
  "kpi-col-resolved",
  "kpi-x-resolved-rate",
  "kpi-x-needs-invited",
  "kpi-x-needs-answered",
  "kpi-x-needs-rate",
] as const;

/** The comparison as Excel rows: a province a row, figures as numbers and rates as percentages. */
export function provinceComparisonSheetRows({ locale }: Pick<Translator, "locale">, provinces: ProvinceKpi[]): Cell[][] {
  return provinces.map((kpi) => [
    nameIn(kpi.province, locale),
    kpi.counties,
    kpi.countiesMeetingTarget,
    provinceRequired(kpi),
    kpi.held,
    kpi.upcoming,
    kpi.ngosInvited,
    kpi.ngosPresent,
    ratePercent(kpi.ngosPresent, kpi.ngosInvited),
    kpi.agendaRaised,
    kpi.agendaResolved,
    ratePercent(kpi.agendaResolved, kpi.agendaRaised),
    kpi.needsInvited,
    kpi.needsAnswered,
    ratePercent(kpi.needsAnswered, kpi.needsInvited),
  ]);
}
