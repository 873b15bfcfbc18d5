import { backLabel, forwardLabel } from "../../bot/keyboards/steps.js";
import { attendanceSheet } from "../../bot/presenters/attendance.js";
import { formatDate, formatDateTime, formatTime, plainNumber, tehranDate } from "../../domain/calendar.js";
import { DomainError } from "../../domain/errors.js";
import type { MeetingView } from "../../domain/meetings/scheduling.js";
import { monthBounds, monthGrid, monthOf, monthTitle, type SolarHijriMonth, shiftMonth, weekdayNames } from "../../domain/month-grid.js";
import { nameIn } from "../../domain/reference.js";
import { sheetsWorkbook, toCsv } from "../../reports/workbook.js";
import { Html, html } from "../html.js";
import type { DashboardDeps, Reply, Visit } from "../server.js";
import { dashboardPage, inProvince } from "./layout.js";

/** The month the page was asked for (?month=1405-09), or this month in Tehran. */
function monthAsked(v: Visit, now: Date): SolarHijriMonth {
  const match = /^(\d{4})-(\d{1,2})$/.exec(v.url.searchParams.get("month") ?? "");
  const [jy, jm] = [Number(match?.[1]), Number(match?.[2])];
  return match && jy >= 1300 && jy <= 1500 && jm >= 1 && jm <= 12 ? { jy, jm } : monthOf(now);
}

const monthKey = ({ jy, jm }: SolarHijriMonth) => `${jy}-${String(jm).padStart(2, "0")}`;

/**
 * A month of the area's meetings as a wall calendar: Solar Hijri months in
 * every language (the office's calendar, whose seasons are the KPI quarters,
 * and the one dates are typed in), weeks from Saturday, each day linking its
 * meetings' pages; English adds the Gregorian dates the month spans.
 */
async function monthCalendar({ services }: DashboardDeps, v: Visit, now: Date): Promise<Html> {
  const { t, locale } = v.tr;
  const month = monthAsked(v, now);
  const { start, end } = monthBounds(month);
  const meetings = await services.meetings.startingBetween(v.actor, start, end, v.province);
  const today = tehranDate(now);
  const onDay = new Map<number, MeetingView[]>();
  for (const m of meetings) {
    const { jd } = tehranDate(m.startsAt);
    onDay.set(jd, [...(onDay.get(jd) ?? []), m]);
  }
  const cell = (day: { jy: number; jm: number; jd: number } | null) => {
    if (!day) return html`<td class="day empty"></td>`;
    const isToday = day.jy === today.jy && day.jm === today.jm && day.jd === today.jd;
    const items = (onDay.get(day.jd) ?? []).map(
      (m) =>
        html`<li${m.status === "CANCELLED" ? new Html(' class="cancelled"') : ""}><a href="${inProvince(v, `/dashboard/meetings/view?meeting=${m.id}`)}">${formatTime(m.startsAt, locale)} <bdi>${m.title}</bdi></a>${
          m.status === "CANCELLED" ? ` · ${t("dashboard-meeting-cancelled")}` : ""
        }</li>`,
    );
    return html`<td class="day${isToday ? " today" : ""}"><span class="day-number"${isToday ? html` title="${t("dashboard-calendar-today")}"` : ""}>${plainNumber(day.jd, locale)}</span>${items.length ? html`<ul>${items}</ul>` : ""}</td>`;
  };
  const gregorian =
    locale === "en"
      ? html`<p>${t("kpi-period", { from: formatDate(start, locale), to: formatDate(new Date(end.getTime() - 1), locale) })}</p>`
      : "";
  return html`<section class="calendar">
<h2>${t("dashboard-calendar")}</h2>
<p class="toolbar">
  <a class="button" href="${inProvince(v, `/dashboard/meetings?month=${monthKey(shiftMonth(month, -1))}`)}">${backLabel(t("dashboard-month-previous"), locale)}</a>
  <strong class="month">${monthTitle(month, locale)}</strong>
  <a class="button" href="${inProvince(v, `/dashboard/meetings?month=${monthKey(shiftMonth(month, 1))}`)}">${forwardLabel(t("dashboard-month-next"), locale)}</a>
</p>
${gregorian}
<div class="scroll"><table class="month-grid">
<thead><tr>${weekdayNames(locale).map((name) => html`<th scope="col">${name}</th>`)}</tr></thead>
<tbody>${monthGrid(month).map((week) => html`<tr>${week.map(cell)}</tr>`)}</tbody>
</table></div>
</section>`;
}

/**
 * Meetings: a month's calendar, then the area's meetings to come and the
 * latest past ones (the lists /meetings reads, so the scope is the bot's),
 * each with its answers so far.
 */
export async function meetingsPage(deps: DashboardDeps, v: Visit): Promise<Reply> {
  const { services, clock } = deps;
  const { t, locale } = v.tr;
  const now = clock();
  const calendar = await monthCalendar(deps, v, now);
  const upcoming = await services.meetings.upcoming(v.actor, now, v.province);
  const past = (await services.meetings.recent(v.actor, v.province)).filter((m) => m.startsAt <= now);
  const counts = new Map(await Promise.all([...upcoming, ...past].map(async (m) => [m.id, await services.meetings.counts(m.id)] as const)));
  const item = (m: MeetingView) => {
    const c = counts.get(m.id);
    return html`<article class="ngo meeting">
  <h3><a href="${inProvince(v, `/dashboard/meetings/view?meeting=${m.id}`)}">${m.title}</a></h3>
  <dl>
    <dt>${t("dashboard-ngo-county")}</dt><dd>${nameIn(m.county, locale)}</dd>
    <dt>${t("dashboard-meeting-when")}</dt><dd>${formatDateTime(m.startsAt, locale)}${m.status === "CANCELLED" ? ` · ${t("dashboard-meeting-cancelled")}` : ""}</dd>
    <dt>${t("dashboard-meeting-venue")}</dt><dd>${m.venue}</dd>
  </dl>
  ${c ? html`<p>${t("dashboard-meeting-answers", { invited: c.invited, yes: c.yes, no: c.no, unanswered: c.unanswered, headcount: c.headcount })}</p>` : ""}
</article>`;
  };
  const content = html`${calendar}
<section><h2>${t("dashboard-meetings-upcoming", { count: upcoming.length })}</h2>
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
  const content = html`<p><a href="${inProvince(v, "/dashboard/meetings")}">${t("dashboard-nav-meetings")}</a></p>
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
    <a class="button" href="${inProvince(v, `/dashboard/meetings/attendance.xlsx?meeting=${meeting.id}`)}">${t("dashboard-excel")}</a>
    <a class="button" href="${inProvince(v, `/dashboard/meetings/attendance.csv?meeting=${meeting.id}`)}">${t("button-csv")}</a>
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
