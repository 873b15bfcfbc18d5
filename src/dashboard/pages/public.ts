import { percent, type Translator } from "../../bot/format.js";
import { quarterName } from "../../bot/kpi-report.js";
import { plainNumber, quarterOf, shiftQuarter } from "../../domain/calendar.js";
import { nameIn } from "../../domain/reference.js";
import type { Locale } from "../../domain/shared/locale.js";
import { Html, html } from "../html.js";
import type { DashboardDeps } from "../server.js";
import { publicDocument } from "./layout.js";

const LANGUAGES: readonly Locale[] = ["fa", "az", "en"];
/** The quarters the meetings table shows: the current one and the three before. */
const QUARTERS = 4;

/**
 * The public transparency page (PUBLIC_DASHBOARD=true): a province's
 * aggregates for anyone, without signing in. Counts per county only, from
 * TransparencyService, which reads no name, phone or other personal data.
 */
export async function publicPage({ services, clock }: DashboardDeps, tr: Translator, url: URL): Promise<Html | null> {
  const { t, locale } = tr;
  const now = clock();
  const current = quarterOf(now);
  const quarters = Array.from({ length: QUARTERS }, (_, i) => shiftQuarter(current, i - QUARTERS + 1));
  const asked = Number(url.searchParams.get("province")) || undefined;
  const figures = await services.transparency.figures(asked, quarters, now);
  if (!figures) return null;
  const { province, provinces, counties, coverage, meetings, needs } = figures;
  const n = (value: number) => plainNumber(value, locale);
  const link = (params: { province: number; lang: Locale }) =>
    `/dashboard/public?${new URLSearchParams({ province: String(params.province), lang: params.lang })}`;

  const languages = LANGUAGES.map(
    (lang) =>
      html`<a href="${link({ province: province.id, lang })}" lang="${lang}"${lang === locale ? new Html(' aria-current="true"') : ""}>${t(`public-language-${lang}`)}</a>`,
  );
  const provinceLinks =
    provinces.length > 1
      ? html`<nav class="choices">${provinces.map(
          (p) =>
            html`<a href="${link({ province: p.id, lang: locale })}"${p.id === province.id ? new Html(' aria-current="true"') : ""}>${nameIn(p, locale)}</a>`,
        )}</nav>`
      : "";
  const countyHeads = counties.map((c) => html`<th scope="col">${nameIn(c, locale)}</th>`);

  const ngoRows = coverage.fields.map(
    (field, row) =>
      html`<tr><th scope="row">${nameIn(field, locale)}</th>${counties.map((_, column) => html`<td>${n(coverage.counts[row]?.[column] ?? 0)}</td>`)}</tr>`,
  );
  const meetingRows = counties.map((county, c) => {
    const cells = quarters.map((_, q) => {
      const held = meetings.held[c]?.[q] ?? 0;
      const met = held >= meetings.required;
      return html`<td class="${met ? "met" : "missed"}">${met ? "✅" : "❌"} ${n(held)} / ${n(meetings.required)}</td>`;
    });
    return html`<tr><th scope="row">${nameIn(county, locale)}</th>${cells}</tr>`;
  });
  const needsRows = counties.map((county, c) => {
    const invited = needs.invited[c] ?? 0;
    const answered = needs.answered[c] ?? 0;
    return html`<tr><th scope="row">${nameIn(county, locale)}</th><td>${n(invited)}</td><td>${n(answered)}</td>
<td>${percent(answered, invited, tr)}</td></tr>`;
  });

  const content = html`${provinceLinks}
<p>${t("public-intro", { province: nameIn(province, locale) })}</p>
<section>
  <h2>${t("public-ngos")}</h2>
  <div class="scroll"><table class="figures">
  <thead><tr><th scope="col">${t("dashboard-ngo-fields")}</th>${countyHeads}</tr></thead>
  <tbody>${ngoRows}</tbody>
  </table></div>
</section>
<section>
  <h2>${t("public-meetings")}</h2>
  <p class="note">${t("public-meetings-target", { required: meetings.required })}</p>
  <div class="scroll"><table class="figures">
  <thead><tr><th scope="col">${t("kpi-col-county")}</th>${quarters.map((q) => html`<th scope="col">${quarterName(tr, q)}</th>`)}</tr></thead>
  <tbody>${meetingRows}</tbody>
  </table></div>
</section>
<section>
  <h2>${t("public-needs", { from: quarterName(tr, quarters[0] ?? current), to: quarterName(tr, current) })}</h2>
  <div class="scroll"><table class="figures">
  <thead><tr><th scope="col">${t("needs-col-county")}</th><th scope="col">${t("needs-col-invited")}</th>
  <th scope="col">${t("needs-col-answered")}</th><th scope="col">${t("dashboard-needs-rate")}</th></tr></thead>
  <tbody>${needsRows}</tbody>
  </table></div>
</section>`;
  return publicDocument(tr, t("public-title", { province: nameIn(province, locale) }), content, html`${languages}`);
}
