/**
 * Renews the sample pictures in docs/ (`npm run docs:pictures`) with the bot's own drawing code
 * and sample figures for Zanjan's counties: the KPI table in Persian and in English, and the
 * training-needs chart in Persian and in English (where the round has a Persian title).
 * Look at them after renewing: they are what an official receives.
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { Translator } from "../../src/bot/format.js";
import { kpiPicture } from "../../src/bot/kpi-report.js";
import { reportChart } from "../../src/bot/needs-report.js";
import { REFERENCE_DATA_FILE } from "../../src/data/seed.js";
import type { KpiReport } from "../../src/domain/kpi.js";
import type { NeedsReport } from "../../src/domain/needs/aggregation.js";
import type { Locale } from "../../src/domain/shared/locale.js";
import { createI18n } from "../../src/i18n.js";

type Names = { fa: string; en: string; az: string };
const reference = JSON.parse(readFileSync(REFERENCE_DATA_FILE, "utf8")) as {
  provinces: { code: string; counties: { name: Names }[] }[];
  trainingTopics: { pillar: string; name: Names }[];
};
const named = (name: Names, id: number) => ({ id, nameFa: name.fa, nameEn: name.en, nameAz: name.az });
const counties = (reference.provinces.find((p) => p.code === "zanjan")?.counties ?? []).map((c, i) => named(c.name, i + 1));
const topics = reference.trainingTopics.map((t, i) => ({ ...named(t.name, i + 1), pillar: t.pillar }));
const i18n = createI18n();
const translator = (locale: Locale): Translator => ({ t: (key, vars) => i18n.t(locale, key, vars), locale });

/** Summer 1405 (22 June to 22 September 2026), with two counties that missed their meeting. */
function kpiReport(): KpiReport {
  const rows = counties.map((county, i) => {
    const invited = 30 - 3 * i;
    const present = Math.round(invited * (0.6 - i * 0.02));
    return {
      county,
      held: i === 2 || i === 5 ? 0 : 1,
      upcoming: 0,
      ngosInvited: invited,
      ngosAccepted: invited - 8 + i,
      ngosPresent: present,
      peoplePresent: present * 2,
      agendaRaised: 12 - i,
      agendaResolved: 6 - (i % 3),
      agendaFollowUp: 2,
      agendaReferred: 1,
      needsInvited: 20,
      needsAnswered: 15 - i,
    };
  });
  const sum = (key: keyof (typeof rows)[number]) => rows.reduce((total, row) => total + Number(row[key]), 0);
  const totals = {
    ...Object.fromEntries(
      Object.keys(rows[0] ?? {})
        .filter((k) => k !== "county")
        .map((k) => [k, sum(k as never)]),
    ),
    counties: rows.length,
    countiesMeetingTarget: rows.filter((r) => r.held > 0).length,
  };
  return {
    quarter: { year: 1405, quarter: 2 },
    start: new Date("2026-06-21T20:30:00Z"),
    end: new Date("2026-09-22T20:30:00Z"),
    counties: rows,
    totals,
    meetings: [],
  } as unknown as KpiReport;
}

/** Autumn 1405's training-needs round: demand for the first eight topics, split by county. */
function needsReport(): NeedsReport {
  const demand = topics.slice(0, 8).map((topic, t) => ({
    topic,
    demandByCounty: counties.map((_, c) => Math.max(0, 9 - t - ((c * 3 + t) % 5))),
  }));
  return {
    round: { title: "نیازسنجی آموزشی پاییز ۱۴۰۵" },
    counties,
    invited: counties.map(() => 30),
    answered: counties.map((_, c) => 26 - 2 * c),
    topics: demand.sort((a, b) => b.demandByCounty.reduce((x, y) => x + y) - a.demandByCounty.reduce((x, y) => x + y)),
  } as unknown as NeedsReport;
}

const pictures: [string, Buffer][] = [
  ["docs/kpi-table.png", kpiPicture(translator("fa"), kpiReport())],
  ["docs/kpi-table-en.png", kpiPicture(translator("en"), kpiReport())],
  ["docs/training-needs-chart.png", reportChart(translator("fa"), needsReport())],
  ["docs/training-needs-chart-en.png", reportChart(translator("en"), needsReport())],
];
for (const [file, png] of pictures) {
  writeFileSync(file, png);
  console.log(file);
}
