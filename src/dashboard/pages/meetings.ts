import { attendanceSheet } from "../../bot/presenters/attendance.js";
import { formatDateTime, plainNumber } from "../../domain/calendar.js";
import { DomainError } from "../../domain/errors.js";
import type { MeetingView } from "../../domain/meetings/scheduling.js";
import { nameIn } from "../../domain/reference.js";
import { sheetsWorkbook, toCsv } from "../../reports/workbook.js";
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
  <h3><a href="/dashboard/meetings/view?meeting=${m.id}">${m.title}</a></h3>
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

/** The meeting asked for, by its opaque id; the services check that it is in the official's counties. */
function meetingAsked(v: Visit): string {
  const id = v.url.searchParams.get("meeting") ?? "";
  if (!/^\w{1,40}$/.test(id)) throw new DomainError("not-found");
  return id;
}

/**
 * One meeting: its answers and presence (everyone invited, as the attendance
 * export lists them, from /attendance's service), its agenda with the
 * outcomes recorded, and the attendance files.
 */
export async function meetingPage({ services }: DashboardDeps, v: Visit): Promise<Reply> {
  const { t, locale } = v.tr;
  const id = meetingAsked(v);
  const { meeting, rows, present } = await services.meetings.attendance(v.actor, id);
  const { items } = await services.meetings.agenda(v.actor, id);
  const { counts } = meeting;
  const sheet = attendanceSheet(v.tr, rows);
  const agenda = items.map(
    (item) => html`<li><strong>${nameIn(item.field, locale)}</strong>: ${item.text} — <bdi>${item.ngo.name}</bdi>
${item.outcome ? html`<br>${t(`outcome-${item.outcome}`)}${item.outcomeNote ? html`: ${item.outcomeNote}` : ""}` : ""}</li>`,
  );
  const content = html`<p><a href="/dashboard/meetings">${t("dashboard-nav-meetings")}</a></p>
<article class="ngo meeting">
  <h2>${meeting.title}</h2>
  <dl>
    <dt>${t("dashboard-ngo-county")}</dt><dd>${nameIn(meeting.county, locale)}</dd>
    <dt>${t("dashboard-meeting-when")}</dt><dd>${formatDateTime(meeting.startsAt, locale)}${meeting.status === "CANCELLED" ? ` · ${t("dashboard-meeting-cancelled")}` : ""}</dd>
    <dt>${t("dashboard-meeting-venue")}</dt><dd>${meeting.venue}</dd>
  </dl>
  <p>${t("dashboard-meeting-answers", { invited: counts.invited, yes: counts.yes, no: counts.no, unanswered: counts.unanswered, headcount: counts.headcount })}
  · ${t("dashboard-meeting-present", { present })}</p>
</article>
<section>
  <h2>${t("attendance-sheet")}</h2>
  <p class="toolbar">
    <a class="button" href="/dashboard/meetings/attendance.xlsx?meeting=${meeting.id}">${t("dashboard-excel")}</a>
    <a class="button" href="/dashboard/meetings/attendance.csv?meeting=${meeting.id}">${t("button-csv")}</a>
  </p>
  <div class="scroll"><table class="figures">
  <thead><tr>${sheet.header.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
  <tbody>${sheet.rows.map((row) => html`<tr>${row.map((cell) => html`<td>${typeof cell === "number" ? plainNumber(cell, locale) : cell}</td>`)}</tr>`)}</tbody>
  </table></div>
</section>
<section>
  <h2>${t("dashboard-meeting-agenda")}</h2>
  ${items.length ? html`<ol>${agenda}</ol>` : html`<p>${t("agenda-empty")}</p>`}
</section>`;
  return { kind: "page", body: dashboardPage(v, "dashboard-nav-meetings", content) };
}

/** The attendance file /attendance sends, Excel or CSV. */
export async function attendanceFile({ services }: DashboardDeps, v: Visit, format: "xlsx" | "csv"): Promise<Reply> {
  const { rows } = await services.meetings.attendance(v.actor, meetingAsked(v));
  const sheet = attendanceSheet(v.tr, rows);
  return format === "csv"
    ? { kind: "file", name: "attendance.csv", type: "text/csv; charset=utf-8", body: toCsv(sheet.header, sheet.rows) }
    : {
        kind: "file",
        name: "attendance.xlsx",
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        body: await sheetsWorkbook([sheet], v.tr.locale === "fa"),
      };
}
