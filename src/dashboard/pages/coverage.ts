import { plainNumber } from "../../domain/calendar.js";
import { CROWDED_AT } from "../../domain/coverage.js";
import { DomainError } from "../../domain/errors.js";
import { nameIn } from "../../domain/reference.js";
import { html, jsonBlock } from "../html.js";
import type { DashboardDeps, Reply, Visit } from "../server.js";
import { shade } from "../tiles.js";
import { dashboardPage, inProvince } from "./layout.js";

/**
 * Coverage: verified NGOs per county and field, as a heat map (drawn by the
 * page's script) and the same matrix as a table whose cells open their NGOs.
 * Empty cells (gaps) and crowded ones are marked.
 */
export async function coveragePage({ services }: DashboardDeps, v: Visit): Promise<Reply> {
  const { t, locale } = v.tr;
  const coverage = await services.coverage.coverage(v.actor, v.province);
  const { counties, fields, counts } = coverage;
  const highest = Math.max(0, ...counts.flat());
  const n = (value: number) => plainNumber(value, locale);

  // A cell asked for must lie in the official's scope, which is what the coverage service returned.
  const params = v.url.searchParams;
  let cell: { county: (typeof counties)[number]; field: (typeof fields)[number] } | null = null;
  if (params.has("county") || params.has("field")) {
    const county = counties.find((c) => String(c.id) === params.get("county"));
    if (!county) throw new DomainError("forbidden");
    const field = fields.find((f) => String(f.id) === params.get("field"));
    if (!field) throw new DomainError("not-found");
    cell = { county, field };
  }
  const cellNgos = cell
    ? await services.directory.search(v.actor, { countyId: cell.county.id, fieldId: cell.field.id, province: v.province }, 0)
    : null;

  const cellLink = (countyId: number, fieldId: number) => inProvince(v, `/dashboard/coverage?county=${countyId}&field=${fieldId}`);
  const rows = fields.map((field, row) => {
    const cells = counties.map((county, column) => {
      const count = counts[row]?.[column] ?? 0;
      const marks = [`shade-${shade(count, highest)}`, count === 0 ? "gap" : count >= CROWDED_AT ? "crowded" : ""];
      return html`<td class="${marks.join(" ").trim()}"><a href="${cellLink(county.id, field.id)}">${n(count)}</a></td>`;
    });
    return html`<tr><th scope="row">${nameIn(field, locale)}</th>${cells}</tr>`;
  });
  const chart = {
    counties: counties.map((c) => ({ id: c.id, name: nameIn(c, locale) })),
    fields: fields.map((f) => ({ id: f.id, name: nameIn(f, locale) })),
    counts,
    rtl: locale === "fa",
  };

  const content = html`<p>${t("dashboard-coverage-legend", { crowded: CROWDED_AT })}</p>
<div class="chart tall" data-chart="coverage" data-source="coverage-data"></div>
${jsonBlock("coverage-data", chart)}
<div class="scroll"><table class="figures coverage">
<thead><tr><th scope="col">${t("dashboard-ngo-fields")}</th>${counties.map((c) => html`<th scope="col">${nameIn(c, locale)}</th>`)}</tr></thead>
<tbody>${rows}</tbody>
</table></div>
${
  cell && cellNgos
    ? html`<section class="cell" id="cell">
  <h2>${t("dashboard-cell", { county: nameIn(cell.county, locale), field: nameIn(cell.field, locale), count: cellNgos.total })}</h2>
  <ul>${cellNgos.ngos.map((ngo) => html`<li>${ngo.name}${ngo.isYouth ? ` · ${t("dashboard-ngo-youth")}` : ""}</li>`)}</ul>
  ${cellNgos.pages > 1 ? html`<p><a href="${inProvince(v, `/dashboard/ngos?county=${cell.county.id}&field=${cell.field.id}`)}">${t("dashboard-cell-all")}</a></p>` : ""}
</section>`
    : ""
}`;
  return { kind: "page", body: dashboardPage(v, "dashboard-nav-coverage", content, { charts: true }) };
}
