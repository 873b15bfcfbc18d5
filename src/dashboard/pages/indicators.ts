import { percent } from "../../bot/format.js";
import { backLabel, forwardLabel } from "../../bot/keyboards/steps.js";
import { kpiWorkbook, parseQuarterKey, quarterKey, quarterName } from "../../bot/kpi-report.js";
import { compareQuarters, formatDate, plainNumber, type Quarter, quarterOf, shiftQuarter } from "../../domain/calendar.js";
import { DomainError } from "../../domain/errors.js";
import { type CountyKpi, type KpiReport, MEETINGS_REQUIRED_PER_QUARTER, meetsTarget } from "../../domain/kpi.js";
import { nameIn } from "../../domain/reference.js";
import { Html, html, jsonBlock } from "../html.js";
import type { DashboardDeps, Reply, Visit } from "../server.js";
import { shade, tilePlaces } from "../tiles.js";
import { dashboardPage, inProvince } from "./layout.js";

type Figures = Omit<CountyKpi, "county">;

/** What the map can be coloured by: each a number per county, and how it reads. */
export const INDICATORS = {
  held: { label: "kpi-col-held", value: (k: Figures) => k.held, rate: false },
  attendance: { label: "kpi-col-attendance", value: (k: Figures) => share(k.ngosPresent, k.ngosInvited), rate: true },
  resolved: { label: "kpi-col-resolved", value: (k: Figures) => k.agendaResolved, rate: false },
  needs: { label: "kpi-col-needs", value: (k: Figures) => share(k.needsAnswered, k.needsInvited), rate: true },
} as const;
type Indicator = keyof typeof INDICATORS;

const share = (part: number, whole: number) => (whole > 0 ? Math.round((100 * part) / whole) : 0);

/** The quarter asked for, if it is not in the future; the current one otherwise. */
function quarterAsked(v: Visit, now: Date): Quarter {
  const asked = parseQuarterKey(v.url.searchParams.get("quarter") ?? undefined);
  return asked && compareQuarters(asked, quarterOf(now)) <= 0 ? asked : quarterOf(now);
}

/**
 * The county asked for, which must be one the report covers: the report
 * holds only the counties the official acts for, as /kpi's does, so a county
 * official asking for another county's figures is refused.
 */
function countyAsked(v: Visit, report: KpiReport): CountyKpi | null {
  const asked = v.url.searchParams.get("county");
  if (!asked) return null;
  const found = report.counties.find((c) => String(c.county.id) === asked);
  if (!found) throw new DomainError("forbidden");
  return found;
}

const link = (v: Visit, params: Record<string, string | number | undefined>) => {
  params = { ...params, province: v.province };
  const query = new URLSearchParams(
    Object.entries(params).flatMap(([key, value]): [string, string][] => (value === undefined ? [] : [[key, String(value)]])),
  ).toString();
  return `/dashboard/${query ? `?${query}` : ""}`;
};

/** Indicators: the quarter's KPIs per county (the figures of /kpi), the tile map, the trend of four quarters, the export. */
export async function indicatorsPage({ services, clock }: DashboardDeps, v: Visit): Promise<Reply> {
  const { t, locale } = v.tr;
  const now = clock();
  const quarter = quarterAsked(v, now);
  const report = await services.kpi.report(v.actor, quarter, now, v.province);
  const chosen = countyAsked(v, report);
  const indicatorKey = (v.url.searchParams.get("indicator") ?? "held") as Indicator;
  const indicator = INDICATORS[indicatorKey] ?? INDICATORS.held;
  const countyParam = chosen ? chosen.county.id : undefined;
  const here = { quarter: quarterKey(quarter), indicator: indicatorKey in INDICATORS ? indicatorKey : "held", county: countyParam };
  const n = (value: number) => plainNumber(value, locale);

  // The trend: the same report for the three quarters before, for the county chosen or the whole scope.
  const quarters = [-3, -2, -1].map((step) => shiftQuarter(quarter, step));
  const earlier = await Promise.all(quarters.map((q) => services.kpi.report(v.actor, q, now, v.province)));
  const figuresOf = (r: KpiReport): Figures => (chosen ? (r.counties.find((c) => c.county.id === chosen.county.id) ?? r.totals) : r.totals);
  const trend = {
    quarters: [...earlier, report].map((r) => quarterName(v.tr, r.quarter)),
    series: (Object.keys(INDICATORS) as Indicator[]).map((key) => ({
      name: t(INDICATORS[key].label),
      rate: INDICATORS[key].rate,
      values: [...earlier, report].map((r) => INDICATORS[key].value(figuresOf(r))),
    })),
    rtl: locale === "fa",
  };

  const lastDay = new Date(report.end.getTime() - 1);
  const later = compareQuarters(quarter, quarterOf(now)) < 0 ? shiftQuarter(quarter, 1) : null;
  const row = (
    label: string,
    k: Figures,
    required: number,
    met: boolean,
    bold = false,
  ) => html`<tr${bold ? new Html(' class="total"') : ""}>
  <th scope="row">${label}</th>
  <td class="${met ? "met" : "missed"}">${met ? "✅" : "❌"} ${n(k.held)} / ${n(required)}</td>
  <td>${n(k.upcoming)}</td><td>${n(k.ngosInvited)}</td><td>${n(k.ngosAccepted)}</td><td>${n(k.ngosPresent)}</td>
  <td>${percent(k.ngosPresent, k.ngosInvited, v.tr)}</td><td>${n(k.agendaRaised)}</td><td>${n(k.agendaResolved)}</td>
  <td>${percent(k.needsAnswered, k.needsInvited, v.tr)}</td>
</tr>`;
  const shown = chosen ? [chosen] : report.counties;
  const rows = shown.map((k) => row(nameIn(k.county, locale), k, MEETINGS_REQUIRED_PER_QUARTER, meetsTarget(k)));
  if (!chosen && report.counties.length > 1)
    rows.push(
      row(
        t("kpi-all-counties"),
        report.totals,
        MEETINGS_REQUIRED_PER_QUARTER * report.totals.counties,
        report.totals.countiesMeetingTarget === report.totals.counties,
        true,
      ),
    );

  const values = report.counties.map((k) => indicator.value(k));
  const highest = Math.max(0, ...values);
  const places = tilePlaces(report.counties.map((k) => k.county.code));
  const tiles = report.counties.map((k, i) => {
    const place = places[i] ?? { row: 1, column: 1 };
    const value = values[i] ?? 0;
    const classes = [`tile`, `tile-r${place.row}`, `tile-c${place.column}`, `shade-${shade(value, highest)}`];
    if (chosen?.county.id === k.county.id) classes.push("chosen");
    return html`<a class="${classes.join(" ")}" href="${link(v, { ...here, county: k.county.id })}">
  <span class="tile-name">${nameIn(k.county, locale)}</span>
  <span class="tile-value">${indicator.rate ? percent(value, 100, v.tr) : n(value)}</span>
  <span class="tile-target">${meetsTarget(k) ? "✅" : "❌"}</span>
</a>`;
  });
  const indicatorLinks = (Object.keys(INDICATORS) as Indicator[]).map(
    (key) =>
      html`<a href="${link(v, { ...here, indicator: key })}"${key === here.indicator ? new Html(' aria-current="true"') : ""}>${t(INDICATORS[key].label)}</a>`,
  );

  const content = html`<section class="toolbar">
  <a class="button" href="${link(v, { ...here, quarter: quarterKey(shiftQuarter(quarter, -1)) })}">${backLabel(t("button-kpi-previous"), locale)}</a>
  <strong class="quarter">${quarterName(v.tr, quarter)}</strong>
  ${later ? html`<a class="button" href="${link(v, { ...here, quarter: quarterKey(later) })}">${forwardLabel(t("button-kpi-next"), locale)}</a>` : ""}
  <a class="button" href="${inProvince(v, `/dashboard/indicators.xlsx?quarter=${quarterKey(quarter)}`)}">${t("dashboard-excel")}</a>
  ${chosen ? html`<a class="button" href="${link(v, { ...here, county: undefined })}">${t("kpi-all-counties")}</a>` : ""}
</section>
<p>${t("kpi-period", { from: formatDate(report.start, locale), to: formatDate(lastDay, locale) })} ·
${t("kpi-target", { met: report.totals.countiesMeetingTarget, total: report.totals.counties })}</p>
<div class="scroll"><table class="figures">
<thead><tr>
  <th scope="col">${t("kpi-col-county")}</th><th scope="col">${t("kpi-x-held")}</th><th scope="col">${t("kpi-x-upcoming")}</th>
  <th scope="col">${t("kpi-col-invited")}</th><th scope="col">${t("kpi-col-accepted")}</th><th scope="col">${t("kpi-col-present")}</th>
  <th scope="col">${t("kpi-col-attendance")}</th><th scope="col">${t("kpi-col-agenda")}</th><th scope="col">${t("kpi-col-resolved")}</th>
  <th scope="col">${t("kpi-col-needs")}</th>
</tr></thead>
<tbody>${rows}</tbody>
</table></div>
<div class="panels">
<section class="panel">
  <h2>${t("dashboard-map", { indicator: t(indicator.label) })}</h2>
  <nav class="choices">${indicatorLinks}</nav>
  <div class="tile-map">${tiles}</div>
</section>
<section class="panel">
  <h2>${t("dashboard-trend", { county: chosen ? nameIn(chosen.county, locale) : t("kpi-all-counties") })}</h2>
  <div class="chart" data-chart="trend" data-source="trend-data"></div>
  ${jsonBlock("trend-data", trend)}
</section>
</div>
<p class="note">${t("dashboard-kpi-definitions")}</p>`;
  return { kind: "page", body: dashboardPage(v, "dashboard-nav-indicators", content, { charts: true }) };
}

/** The same Excel file /kpi sends, for the quarter asked. */
export async function indicatorsWorkbook({ services, clock }: DashboardDeps, v: Visit): Promise<Reply> {
  const now = clock();
  const quarter = quarterAsked(v, now);
  const report = await services.kpi.report(v.actor, quarter, now, v.province);
  return {
    kind: "file",
    name: `kpi-${quarterKey(quarter)}.xlsx`,
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: await kpiWorkbook(v.tr, report),
  };
}
