import { InlineKeyboard } from "grammy";
import { dayOfDeadline, formatDate, plainNumber } from "../domain/calendar.js";
import { type NeedsReport, suggestions } from "../domain/needs/aggregation.js";
import { FORMATS, TIMES, WEEK_DAYS } from "../domain/needs/validators.js";
import { nameIn } from "../domain/reference.js";
import { renderStackedBars } from "../reports/bar-chart.js";
import { type Cell, sheetsWorkbook, toCsv } from "../reports/workbook.js";
import { needs as buttons } from "./callback-data/needs.js";
import { escapeHtml, fitToMessage, isolate, joinList, joinNames, percent, type Translator } from "./format.js";

/** The parts of a round's report an official can switch between in one message. */
export const NEEDS_VIEWS = ["overview", "county", "field", "when", "other", "plan"] as const;
export type NeedsView = (typeof NEEDS_VIEWS)[number];
export const isNeedsView = (value: unknown): value is NeedsView => (NEEDS_VIEWS as readonly unknown[]).includes(value);

const TOP_TOPICS = 10;
const CHART_TOPICS = 12;

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function header(tr: Translator, report: NeedsReport, now: Date): string {
  const { t, locale } = tr;
  const { round } = report;
  const open = !round.closedAt && round.deadline > now;
  const status = open
    ? t("needs-status-open", { deadline: formatDate(dayOfDeadline(round.deadline), locale) })
    : t("needs-status-closed", { date: formatDate(round.closedAt ?? dayOfDeadline(round.deadline), locale) });
  const invited = sum(report.invited);
  const answered = sum(report.answered);
  return [
    `📚 <b>${isolate(escapeHtml(round.title))}</b>`,
    status,
    t("needs-response", { answered, invited, rate: percent(answered, invited, tr) }),
  ].join("\n");
}

function topicLine(tr: Translator, name: string, d: { demand: number; ngos: number; people: number }): string {
  return tr.t("needs-topic-line", { topic: escapeHtml(name), demand: d.demand, ngos: d.ngos, people: d.people });
}

/** One view of the report as an HTML message. */
export function reportText(tr: Translator, report: NeedsReport, view: NeedsView, now: Date): string {
  const { t, locale } = tr;
  const lines: string[] = [];
  switch (view) {
    case "overview":
      for (const [i, county] of report.counties.entries()) {
        const invited = report.invited[i] ?? 0;
        const answered = report.answered[i] ?? 0;
        lines.push(t("needs-county-response", { county: nameIn(county, locale), answered, invited, rate: percent(answered, invited, tr) }));
      }
      lines.push("", t("needs-topics-heading"));
      if (report.topics.length === 0) lines.push(t("needs-no-answers"));
      report.topics.slice(0, TOP_TOPICS).forEach((d, i) => {
        lines.push(`${plainNumber(i + 1, locale)}. ${topicLine(tr, nameIn(d.topic, locale), d)}`);
      });
      break;
    case "county":
      for (const [i, county] of report.counties.entries()) {
        const top = report.topics
          .map((d) => ({ topic: d.topic, demand: d.demandByCounty[i] ?? 0, people: d.peopleByCounty[i] ?? 0 }))
          .filter((d) => d.demand > 0)
          .sort((a, b) => b.demand - a.demand || b.people - a.people)
          .slice(0, 3);
        lines.push(`<b>${isolate(escapeHtml(nameIn(county, locale)))}</b>`);
        if (top.length === 0) lines.push(t("needs-no-answers"));
        for (const d of top)
          lines.push(`• ${t("needs-county-topic", { topic: escapeHtml(nameIn(d.topic, locale)), demand: d.demand, people: d.people })}`);
        lines.push("");
      }
      break;
    case "field":
      if (report.byField.length === 0) lines.push(t("needs-no-answers"));
      for (const { field, topics } of report.byField) {
        lines.push(`<b>${isolate(escapeHtml(nameIn(field, locale)))}</b>`);
        for (const d of topics.slice(0, 3)) lines.push(`• ${topicLine(tr, nameIn(d.topic, locale), d)}`);
        lines.push("");
      }
      break;
    case "when": {
      const answered = sum(report.answered);
      lines.push(`<b>${t("needs-formats-heading")}</b>`);
      for (const format of FORMATS) lines.push(`• ${t(`format-${format}`)}: ${plainNumber(report.formats[format], locale)}`);
      lines.push("", `<b>${t("needs-days-heading")}</b>`);
      for (const day of WEEK_DAYS) lines.push(`• ${t(`weekday-${day}`)}: ${plainNumber(report.days[day] ?? 0, locale)}`);
      lines.push("", `<b>${t("needs-times-heading")}</b>`);
      for (const time of TIMES) lines.push(`• ${t(`time-${time}`)}: ${plainNumber(report.times[time], locale)}`);
      lines.push("", t("needs-out-of", { answered }));
      break;
    }
    case "other": {
      const needs = report.answers.filter((a) => a.otherNeed);
      lines.push(`<b>${t("needs-other-heading")}</b>`);
      if (needs.length === 0) lines.push(t("needs-no-other"));
      for (const a of needs) {
        lines.push(
          `• ${isolate(escapeHtml(a.otherNeed ?? ""))} — ${isolate(escapeHtml(a.ngoName))} (${isolate(escapeHtml(nameIn(a.county, locale)))})`,
        );
      }
      break;
    }
    case "plan":
      lines.push(t("needs-plan-intro"));
      if (report.topics.length === 0) lines.push(t("needs-no-answers"));
      for (const s of suggestions(report)) {
        const where = s.counties.map((c) =>
          t("needs-plan-county", { county: escapeHtml(nameIn(c.county, locale)), demand: c.demand, people: c.people }),
        );
        lines.push(`• <b>${isolate(escapeHtml(nameIn(s.topic, locale)))}</b>: ${joinList(where, locale)}`);
      }
      break;
  }
  return `${header(tr, report, now)}\n\n${fitToMessage(lines, tr, "report-more-in-excel").join("\n").trim()}`;
}

/** Buttons to switch views, get the files, and close the round early when the reader may. */
export function reportKeyboard(tr: Translator, roundId: string, view: NeedsView, canClose: boolean): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  NEEDS_VIEWS.forEach((v, i) => {
    keyboard.text(`${v === view ? "• " : ""}${tr.t(`button-needs-${v}`)}`, buttons.view.build({ round: roundId, view: v }));
    if (i % 3 === 2) keyboard.row();
  });
  keyboard
    .text(tr.t("button-chart"), buttons.file.build({ round: roundId, format: "png" }))
    .text(tr.t("button-excel"), buttons.file.build({ round: roundId, format: "xlsx" }))
    .text(tr.t("button-csv"), buttons.file.build({ round: roundId, format: "csv" }));
  if (canClose) keyboard.row().text(tr.t("button-needs-close"), buttons.close.build({ round: roundId }));
  return keyboard;
}

/** Topics by demand, each bar split by county. */
export function reportChart(tr: Translator, report: NeedsReport): Buffer {
  const { t, locale } = tr;
  const topics = report.topics.slice(0, CHART_TOPICS);
  return renderStackedBars({
    title: t("needs-chart-title"),
    subtitle: t("needs-chart-subtitle", { title: report.round.title, answered: sum(report.answered), invited: sum(report.invited) }),
    rowLabels: topics.map((d) => nameIn(d.topic, locale)),
    seriesLabels: report.counties.map((c) => nameIn(c, locale)),
    values: topics.map((d) => d.demandByCounty),
    rtl: locale === "fa",
    format: (value) => plainNumber(value, locale),
  });
}

/** The raw answers, a row per topic an NGO chose. */
function answerRows(tr: Translator, report: NeedsReport): { header: string[]; rows: Cell[][] } {
  const { t, locale } = tr;
  const header = ["ngo", "county", "fields", "topic", "pillar", "priority", "format", "people", "days", "times", "other", "answered"].map(
    (c) => t(`needs-col-${c}`),
  );
  const rows = report.answers.flatMap((a) =>
    a.choices.map((c): Cell[] => [
      a.ngoName,
      nameIn(a.county, locale),
      joinNames(
        a.fields.map((f) => nameIn(f, locale)),
        locale,
      ),
      nameIn(c.topic, locale),
      t(`pillar-${c.topic.pillar}`),
      t(`priority-${c.priority}`),
      t(`format-${a.format}`),
      a.attendees,
      joinList(
        a.days.map((d) => t(`weekday-${d}`)),
        locale,
      ),
      joinList(
        a.times.map((x) => t(`time-${x}`)),
        locale,
      ),
      a.otherNeed,
      formatDate(a.answeredAt, locale),
    ]),
  );
  return { header, rows };
}

/** Three sheets: the raw answers, the demand per topic (and per county), and the response per county. */
export function reportWorkbook(tr: Translator, report: NeedsReport): Promise<Buffer> {
  const { t, locale } = tr;
  const raw = answerRows(tr, report);
  const counties = report.counties.map((c) => nameIn(c, locale));
  return sheetsWorkbook(
    [
      { name: t("needs-sheet-answers"), ...raw },
      {
        name: t("needs-sheet-demand"),
        header: [
          t("needs-col-topic"),
          t("needs-col-pillar"),
          t("needs-col-ngos"),
          t("needs-col-demand"),
          t("needs-col-people"),
          ...counties,
        ],
        rows: report.topics.map((d) => [
          nameIn(d.topic, locale),
          t(`pillar-${d.topic.pillar}`),
          d.ngos,
          d.demand,
          d.people,
          ...d.demandByCounty,
        ]),
      },
      {
        name: t("needs-sheet-response"),
        header: [t("needs-col-county"), t("needs-col-invited"), t("needs-col-answered"), t("needs-col-rate")],
        rows: report.counties.map((c, i) => {
          const invited = report.invited[i] ?? 0;
          const answered = report.answered[i] ?? 0;
          return [nameIn(c, locale), invited, answered, invited ? Math.round((answered / invited) * 1000) / 10 : null];
        }),
      },
    ],
    locale === "fa",
  );
}

/** The raw answers as CSV. */
export function reportCsv(tr: Translator, report: NeedsReport): Buffer {
  const { header, rows } = answerRows(tr, report);
  return toCsv(header, rows);
}
