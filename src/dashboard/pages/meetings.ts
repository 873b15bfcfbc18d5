import { formatDateTime } from "../../domain/calendar.js";
import type { MeetingView } from "../../domain/meetings/scheduling.js";
import { nameIn } from "../../domain/reference.js";
import { html } from "../html.js";
import type { DashboardDeps, Reply, Visit } from "../server.js";
import { dashboardPage } from "./layout.js";

/**
 * Meetings: the area's meetings to come and the latest past ones (the lists
 * /meetings reads, so the scope is the bot's), each with its answers so far.
 */
export async function meetingsPage({ services, clock }: DashboardDeps, v: Visit): Promise<Reply> {
  const { t, locale } = v.tr;
  const now = clock();
  const upcoming = await services.meetings.upcoming(v.actor, now);
  const past = (await services.meetings.recent(v.actor)).filter((m) => m.startsAt <= now);
  const counts = new Map(await Promise.all([...upcoming, ...past].map(async (m) => [m.id, await services.meetings.counts(m.id)] as const)));
  const item = (m: MeetingView) => {
    const c = counts.get(m.id);
    return html`<article class="ngo meeting">
  <h3>${m.title}</h3>
  <dl>
    <dt>${t("dashboard-ngo-county")}</dt><dd>${nameIn(m.county, locale)}</dd>
    <dt>${t("dashboard-meeting-when")}</dt><dd>${formatDateTime(m.startsAt, locale)}${m.status === "CANCELLED" ? ` · ${t("dashboard-meeting-cancelled")}` : ""}</dd>
    <dt>${t("dashboard-meeting-venue")}</dt><dd>${m.venue}</dd>
  </dl>
  ${c ? html`<p>${t("dashboard-meeting-answers", { invited: c.invited, yes: c.yes, no: c.no, unanswered: c.unanswered, headcount: c.headcount })}</p>` : ""}
</article>`;
  };
  const content = html`<section><h2>${t("dashboard-meetings-upcoming", { count: upcoming.length })}</h2>
${upcoming.length ? upcoming.map(item) : html`<p>${t("dashboard-meetings-none")}</p>`}</section>
<section><h2>${t("dashboard-meetings-past", { count: past.length })}</h2>
${past.length ? past.map(item) : html`<p>${t("dashboard-meetings-none")}</p>`}</section>`;
  return { kind: "page", body: dashboardPage(v, "dashboard-nav-meetings", content) };
}
