import type { County } from "@prisma/client";
import { displayName } from "../../bot/format.js";
import { plainNumber } from "../../domain/calendar.js";
import type { DuplicatePair } from "../../domain/duplicates.js";
import { DomainError } from "../../domain/errors.js";
import { checkRejectionReason, LIMITS } from "../../domain/ngo-rules.js";
import type { NgoCard } from "../../domain/ngos.js";
import { coversCounty } from "../../domain/people.js";
import { nameIn } from "../../domain/reference.js";
import { Html, html } from "../html.js";
import type { DashboardDeps, Reply, Visit } from "../server.js";
import { dashboardPage, inProvince, provinceField } from "./layout.js";

/** The counties the official acts for (within the province chosen), in the order of the reference data: the choices of the county filter. */
export async function countiesOf({ services }: DashboardDeps, v: Visit): Promise<County[]> {
  return (await services.reference.counties(v.province)).filter((county) => coversCounty(v.actor.roles, county));
}

function card(v: Visit, ngo: NgoCard, actions: Html | string = ""): Html {
  const { t, locale } = v.tr;
  return html`<article class="ngo">
  <h3>${ngo.name}</h3>
  <dl>
    <dt>${t("dashboard-ngo-county")}</dt><dd>${nameIn(ngo.county, locale)}</dd>
    <dt>${t("dashboard-ngo-fields")}</dt><dd>${ngo.fields.map((f) => nameIn(f, locale)).join("، ")}</dd>
    <dt>${t("dashboard-ngo-registration")}</dt><dd><bdi>${ngo.registrationNumber}</bdi></dd>
    <dt>${t("dashboard-ngo-members")}</dt><dd>${plainNumber(ngo.memberCount, locale)}${ngo.isYouth ? ` · ${t("dashboard-ngo-youth")}` : ""}</dd>
    ${ngo.leader ? html`<dt>${t("dashboard-ngo-leader")}</dt><dd><bdi>${displayName(ngo.leader)}</bdi></dd>` : ""}
  </dl>
  ${ngo.description ? html`<p>${ngo.description}</p>` : ""}
  ${actions}
</article>`;
}

const STATUSES = ["VERIFIED", "PENDING", "REJECTED"] as const;

/** NGOs: the pending reviews with Approve and Reject, likely duplicates, and the directory of the official's area with its filters. */
export async function ngosPage(deps: DashboardDeps, v: Visit): Promise<Reply> {
  const { services } = deps;
  const { t, locale } = v.tr;
  const params = v.url.searchParams;
  const counties = await countiesOf(deps, v);
  const countyId = Number(params.get("county")) || undefined;
  // Another county's NGOs are not this official's to look through.
  if (countyId !== undefined && !counties.some((c) => c.id === countyId)) throw new DomainError("forbidden");
  const fields = await services.reference.fields();
  const fieldId = Number(params.get("field")) || undefined;
  const youthAsked = params.get("youth");
  const youth = youthAsked === "yes" ? true : youthAsked === "no" ? false : undefined;
  const status = STATUSES.find((s) => s === params.get("status")) ?? "VERIFIED";
  const page = Math.max(0, Number(params.get("page")) || 0);
  // The directory is of the official's own area (a county official's county), every filter combined.
  const directory = await services.directory.search(
    v.actor,
    { countyId, fieldId, youth, status, ownArea: true, province: v.province },
    page,
  );
  const pending = await services.ngos.pendingFor(v.actor, v.province);
  const pairs = await services.duplicates.pairs(v.actor, v.province);
  const done = params.get("done");

  const csrf = html`<input type="hidden" name="csrf" value="${v.session.csrf}">`;
  const reviewForms = (ngo: NgoCard) => html`<div class="actions">
  <form method="post" action="${inProvince(v, "/dashboard/ngos/approve")}">${csrf}
    <input type="hidden" name="ngo" value="${ngo.id}"><input type="hidden" name="version" value="${ngo.version}">
    <button type="submit" class="approve">${t("button-approve")}</button>
  </form>
  <form method="post" action="${inProvince(v, "/dashboard/ngos/reject")}">${csrf}
    <input type="hidden" name="ngo" value="${ngo.id}"><input type="hidden" name="version" value="${ngo.version}">
    <label>${t("dashboard-reject-reason")} <input name="reason" required maxlength="${LIMITS.rejectionReason.max}"></label>
    <button type="submit" class="reject">${t("button-reject")}</button>
  </form>
</div>`;
  const pairForms = (pair: DuplicatePair) => html`<div class="actions">
  <form method="post" action="${inProvince(v, "/dashboard/ngos/merge")}">${csrf}${pairFields(pair)}
    <button type="submit">${t("button-merge")}</button>
  </form>
  <form method="post" action="${inProvince(v, "/dashboard/ngos/not-duplicate")}">${csrf}${pairFields(pair)}
    <button type="submit">${t("button-not-duplicate")}</button>
  </form>
</div>`;
  const option = (value: number, label: string, selected: boolean) =>
    html`<option value="${value}"${selected ? new Html(" selected") : ""}>${label}</option>`;
  const pageLink = (to: number) =>
    `/dashboard/ngos?${new URLSearchParams({
      ...(v.province === undefined ? {} : { province: String(v.province) }),
      ...(countyId ? { county: String(countyId) } : {}),
      ...(fieldId ? { field: String(fieldId) } : {}),
      ...(youthAsked === "yes" || youthAsked === "no" ? { youth: youthAsked } : {}),
      status,
      page: String(to),
    })}`;
  const choice = (value: string, label: string, selected: boolean) =>
    html`<option value="${value}"${selected ? new Html(" selected") : ""}>${label}</option>`;

  const content = html`${done && DONE[done] ? html`<p class="notice" role="status">${t(DONE[done])}</p>` : ""}
<section>
  <h2>${t("dashboard-pending", { count: pending.length })}</h2>
  ${pending.length === 0 ? html`<p>${t("review-none")}</p>` : pending.map((ngo) => card(v, ngo, reviewForms(ngo)))}
</section>
<section>
  <h2>${t("dashboard-duplicates", { count: pairs.length })}</h2>
  ${
    pairs.length === 0
      ? html`<p>${t("duplicates-none")}</p>`
      : html`<p>${t("duplicates-list", { count: pairs.length, shown: Math.min(DUPLICATES_SHOWN, pairs.length) })}</p>
  ${pairs.slice(0, DUPLICATES_SHOWN).map((pair) => html`<article class="ngo pair">${pairText(v, pair)}${pairForms(pair)}</article>`)}`
  }
</section>
<section>
  <h2>${t("dashboard-directory", { count: directory.total })}</h2>
  <form method="get" action="/dashboard/ngos" class="filters">
    ${provinceField(v)}
    <label>${t("dashboard-ngo-county")} <select name="county">
      <option value="">${t("kpi-all-counties")}</option>
      ${counties.map((c) => option(c.id, nameIn(c, locale), c.id === countyId))}
    </select></label>
    <label>${t("dashboard-ngo-fields")} <select name="field">
      <option value="">${t("dashboard-all-fields")}</option>
      ${fields.map((f) => option(f.id, nameIn(f, locale), f.id === fieldId))}
    </select></label>
    <label>${t("dashboard-filter-youth")} <select name="youth">
      ${choice("", t("dashboard-youth-any"), youth === undefined)}
      ${choice("yes", t("dashboard-youth-only"), youth === true)}
      ${choice("no", t("dashboard-youth-not"), youth === false)}
    </select></label>
    <label>${t("dashboard-filter-status")} <select name="status">
      ${STATUSES.map((s) => choice(s, t(`dashboard-status-${s}`), s === status))}
    </select></label>
    <button type="submit">${t("dashboard-filter")}</button>
  </form>
  ${directory.ngos.map((ngo) => card(v, ngo))}
  <p class="pages">
    ${directory.page > 0 ? html`<a href="${pageLink(directory.page - 1)}">${t("dashboard-page-previous")}</a>` : ""}
    ${t("dashboard-page", { page: directory.page + 1, pages: directory.pages })}
    ${directory.page + 1 < directory.pages ? html`<a href="${pageLink(directory.page + 1)}">${t("dashboard-page-next")}</a>` : ""}
  </p>
</section>`;
  return { kind: "page", body: dashboardPage(v, "dashboard-nav-ngos", content) };
}

/** As many pairs as /duplicates shows. */
const DUPLICATES_SHOWN = 10;

/** What an action just did, by the `done` of the page it leads back to. */
const DONE: Partial<Record<string, string>> = {
  approved: "dashboard-approved",
  rejected: "dashboard-rejected",
  merged: "dashboard-merged",
  dismissed: "duplicates-dismissed",
};

const pairFields = (pair: DuplicatePair) =>
  html`<input type="hidden" name="older" value="${pair.older.id}"><input type="hidden" name="newer" value="${pair.newer.id}">`;

/** Why two NGOs look like one, and which they are (the older first, which a merge keeps). */
function pairText(v: Visit, pair: DuplicatePair): Html {
  const { t, locale } = v.tr;
  const line = (ngo: NgoCard) =>
    html`<li><bdi>${ngo.name}</bdi> — ${nameIn(ngo.county, locale)} · ${t(`dashboard-status-${ngo.status}`)}</li>`;
  return html`<h3>${t(`duplicates-${pair.reason}`)}</h3><ol>${line(pair.older)}${line(pair.newer)}</ol>`;
}

/**
 * Merge or Not a duplicate, as /duplicates does: the same service calls (the
 * scope, the audit, the leader's message). A merge is asked to be confirmed
 * first, as the bot asks; the pair must still be one the official is shown.
 */
export async function resolveDuplicate(
  { services }: DashboardDeps,
  v: Visit,
  form: URLSearchParams,
  action: "merge" | "dismiss",
): Promise<Reply> {
  const older = form.get("older") ?? "";
  const newer = form.get("newer") ?? "";
  if (![older, newer].every((id) => /^\w{1,40}$/.test(id))) throw new DomainError("not-found");
  if (action === "dismiss") {
    await services.duplicates.dismiss(v.actor, older, newer);
    return { kind: "redirect", to: inProvince(v, "/dashboard/ngos?done=dismissed") };
  }
  if (form.get("confirmed") !== "yes") {
    const pair = (await services.duplicates.pairs(v.actor, v.province)).find((p) => p.older.id === older && p.newer.id === newer);
    if (!pair) throw new DomainError("not-found");
    const content = html`<article class="ngo pair">${pairText(v, pair)}
<p>${v.tr.t("dashboard-merge-confirm")}</p>
<form method="post" action="${inProvince(v, "/dashboard/ngos/merge")}"><input type="hidden" name="csrf" value="${v.session.csrf}">${pairFields(pair)}
  <input type="hidden" name="confirmed" value="yes"><button type="submit">${v.tr.t("button-yes-merge")}</button>
</form>
<p><a href="${inProvince(v, "/dashboard/ngos")}">${v.tr.t("dashboard-back")}</a></p></article>`;
    return { kind: "page", body: dashboardPage(v, "dashboard-nav-ngos", content) };
  }
  await services.duplicates.merge(v.actor, older, newer);
  return { kind: "redirect", to: inProvince(v, "/dashboard/ngos?done=merged") };
}

/**
 * Approve or Reject, as the bot's buttons do: the same service call (which
 * checks the scope, writes the audit and tells the leader), refused if the
 * NGO changed since the page showed it (its version) or someone reviewed it.
 */
export async function reviewNgo(
  { services }: DashboardDeps,
  v: Visit,
  form: URLSearchParams,
  action: "approve" | "reject",
): Promise<Reply> {
  const ngoId = form.get("ngo") ?? "";
  const version = Number(form.get("version"));
  if (!/^\w{1,40}$/.test(ngoId) || !Number.isInteger(version)) throw new DomainError("not-found");
  if (action === "approve") await services.ngos.approve(v.actor, ngoId, version);
  else {
    const reason = checkRejectionReason(form.get("reason") ?? "");
    if (!reason.ok) {
      return {
        kind: "page",
        status: 400,
        body: dashboardPage(
          v,
          "dashboard-nav-ngos",
          html`<p class="error">${v.tr.t(reason.error, reason.vars)}</p>
<p><a href="${inProvince(v, "/dashboard/ngos")}">${v.tr.t("dashboard-back")}</a></p>`,
        ),
      };
    }
    await services.ngos.reject(v.actor, ngoId, reason.value, version);
  }
  return { kind: "redirect", to: inProvince(v, `/dashboard/ngos?done=${action === "approve" ? "approved" : "rejected"}`) };
}
