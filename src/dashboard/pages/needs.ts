import { percent } from "../../bot/format.js";
import { reportCsv, reportWorkbook } from "../../bot/needs-report.js";
import { dayOfDeadline, formatDate, plainNumber } from "../../domain/calendar.js";
import { DomainError } from "../../domain/errors.js";
import type { NeedsFilter } from "../../domain/needs/report.js";
import { nameIn } from "../../domain/reference.js";
import { Html, html, jsonBlock } from "../html.js";
import type { DashboardDeps, Reply, Visit } from "../server.js";
import { dashboardPage, provinceField } from "./layout.js";
import { countiesOf } from "./ngos.js";

/** As many topics as the bot's chart shows. */
const CHART_TOPICS = 12;

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** The round asked for (by opaque id) and the filter; ids that are not numbers are no filter. */
function asked(v: Visit): { roundId: string | null; filter: NeedsFilter } {
  const params = v.url.searchParams;
  const id = (name: string) => {
    const value = Number(params.get(name));
    return Number.isInteger(value) && value > 0 ? value : undefined;
  };
  const roundId = params.get("round");
  if (roundId !== null && !/^\w{1,40}$/.test(roundId)) throw new DomainError("not-found");
  return { roundId, filter: { countyId: id("county"), fieldId: id("field"), province: v.province } };
}

/** A page's query, in the province the visit has chosen. */
const query = (v: Visit, params: Record<string, string | number | undefined>) =>
  new URLSearchParams(
    Object.entries({ ...params, province: v.province }).flatMap(([key, value]): [string, string][] =>
      value === undefined ? [] : [[key, String(value)]],
    ),
  ).toString();

/**
 * Training needs: the rounds of the official's area, and for one round (the
 * newest unless another is chosen) the report /needs gives, from the same
 * service, so the same scope and figures: the response per county, the
 * topics by demand (a bar per topic, split by county), filters by county and
 * field, and the Excel and CSV files.
 */
export async function needsPage(deps: DashboardDeps, v: Visit): Promise<Reply> {
  const { services, clock } = deps;
  const { t, locale } = v.tr;
  const now = clock();
  const { roundId, filter } = asked(v);
  const rounds = await services.needs.roundsFor(v.actor, v.province);
  const chosenId = roundId ?? rounds[0]?.id;
  if (!chosenId) return { kind: "page", body: dashboardPage(v, "dashboard-nav-needs", html`<p>${t("needs-no-rounds")}</p>`) };
  const report = await services.needs.report(v.actor, chosenId, filter);
  const { round } = report;
  const n = (value: number) => plainNumber(value, locale);
  const isOpen = (r: { closedAt: Date | null; deadline: Date }) => !r.closedAt && r.deadline > now;

  const roundLinks = rounds.map(
    (r) =>
      html`<li><a href="/dashboard/needs?${query(v, { round: r.id })}"${r.id === round.id ? new Html(' aria-current="page"') : ""}>${
        isOpen(r) ? "🟢" : "⚪️"
      } ${r.title}</a> · ${formatDate(dayOfDeadline(r.deadline), locale)}</li>`,
  );
  // The filter offers the round's counties the official acts for, and every field.
  const counties = (await countiesOf(deps, v)).filter((c) => round.counties.some((rc) => rc.id === c.id));
  const fields = await services.reference.fields();
  const option = (value: number, label: string, selected: boolean) =>
    html`<option value="${value}"${selected ? new Html(" selected") : ""}>${label}</option>`;
  const here = { round: round.id, county: filter.countyId, field: filter.fieldId };

  const invited = sum(report.invited);
  const answered = sum(report.answered);
  const status = isOpen(round)
    ? t("needs-status-open", { deadline: formatDate(dayOfDeadline(round.deadline), locale) })
    : t("needs-status-closed", { date: formatDate(round.closedAt ?? dayOfDeadline(round.deadline), locale) });
  const responseRows = report.counties.map((county, i) => {
    const countyInvited = report.invited[i] ?? 0;
    const countyAnswered = report.answered[i] ?? 0;
    return html`<tr><th scope="row">${nameIn(county, locale)}</th><td>${n(countyInvited)}</td><td>${n(countyAnswered)}</td>
<td>${percent(countyAnswered, countyInvited, v.tr)}</td></tr>`;
  });
  const topicRows = report.topics.map(
    (d, i) => html`<tr><td>${n(i + 1)}</td><th scope="row">${nameIn(d.topic, locale)}</th><td>${t(`pillar-${d.topic.pillar}`)}</td>
<td>${n(d.demand)}</td><td>${n(d.ngos)}</td><td>${n(d.people)}</td></tr>`,
  );
  const topics = report.topics.slice(0, CHART_TOPICS);
  const chart = {
    topics: topics.map((d) => nameIn(d.topic, locale)),
    series: report.counties.map((county, i) => ({ name: nameIn(county, locale), values: topics.map((d) => d.demandByCounty[i] ?? 0) })),
    rtl: locale === "fa",
  };

  const content = html`<section class="panel">
  <h2>${t("dashboard-needs-rounds")}</h2>
  <ul class="rounds">${roundLinks}</ul>
</section>
<section>
  <h2>📚 ${round.title}</h2>
  <p>${status} · ${t("needs-response", { answered, invited, rate: percent(answered, invited, v.tr) })}</p>
  <form method="get" action="/dashboard/needs" class="filters">
    ${provinceField(v)}
    <input type="hidden" name="round" value="${round.id}">
    <label>${t("dashboard-ngo-county")} <select name="county">
      <option value="">${t("kpi-all-counties")}</option>
      ${counties.map((c) => option(c.id, nameIn(c, locale), c.id === filter.countyId))}
    </select></label>
    <label>${t("dashboard-ngo-fields")} <select name="field">
      <option value="">${t("dashboard-all-fields")}</option>
      ${fields.map((f) => option(f.id, nameIn(f, locale), f.id === filter.fieldId))}
    </select></label>
    <button type="submit">${t("dashboard-filter")}</button>
  </form>
  <p class="toolbar">
    <a class="button" href="/dashboard/needs.xlsx?${query(v, here)}">${t("dashboard-excel")}</a>
    <a class="button" href="/dashboard/needs.csv?${query(v, here)}">${t("button-csv")}</a>
  </p>
</section>
<div class="panels">
<section class="panel">
  <h2>${t("needs-sheet-response")}</h2>
  <div class="scroll"><table class="figures">
  <thead><tr><th scope="col">${t("needs-col-county")}</th><th scope="col">${t("needs-col-invited")}</th>
  <th scope="col">${t("needs-col-answered")}</th><th scope="col">${t("dashboard-needs-rate")}</th></tr></thead>
  <tbody>${responseRows}</tbody>
  </table></div>
</section>
<section class="panel">
  <h2>${t("needs-chart-title")}</h2>
  ${topics.length ? html`<div class="chart tall" data-chart="needs" data-source="needs-data"></div>${jsonBlock("needs-data", chart)}` : html`<p>${t("needs-no-answers")}</p>`}
</section>
</div>
<section>
  <h2>${t("needs-sheet-demand")}</h2>
  <p class="note">${t("dashboard-needs-demand")}</p>
  ${
    report.topics.length
      ? html`<div class="scroll"><table class="figures">
  <thead><tr><th scope="col">#</th><th scope="col">${t("needs-col-topic")}</th><th scope="col">${t("needs-col-pillar")}</th>
  <th scope="col">${t("needs-col-demand")}</th><th scope="col">${t("needs-col-ngos")}</th><th scope="col">${t("needs-col-people")}</th></tr></thead>
  <tbody>${topicRows}</tbody>
  </table></div>`
      : html`<p>${t("needs-no-answers")}</p>`
  }
</section>`;
  return { kind: "page", body: dashboardPage(v, "dashboard-nav-needs", content, { charts: topics.length > 0 }) };
}

/** The files /needs sends (Excel: answers, demand by topic, response by county; CSV: the answers), for the round and filter asked. */
export async function needsFile({ services }: DashboardDeps, v: Visit, format: "xlsx" | "csv"): Promise<Reply> {
  const { roundId, filter } = asked(v);
  if (!roundId) throw new DomainError("not-found");
  const report = await services.needs.report(v.actor, roundId, filter);
  return format === "xlsx"
    ? {
        kind: "file",
        name: "training-needs.xlsx",
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        body: await reportWorkbook(v.tr, report),
      }
    : { kind: "file", name: "training-needs.csv", type: "text/csv; charset=utf-8", body: reportCsv(v.tr, report) };
}
