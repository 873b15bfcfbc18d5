import type { County, Field } from "@prisma/client";
import { describe, expect, it } from "vitest";
import type { Translator } from "../../src/bot/format.js";
import { attendanceSheet } from "../../src/bot/presenters/attendance.js";
import { notDeliveredTable } from "../../src/bot/presenters/broadcasts.js";
import { coverageTable } from "../../src/bot/presenters/coverage.js";
import { provinceComparisonRows, provinceComparisonSheetRows } from "../../src/bot/presenters/kpi-provinces.js";
import type { Locale } from "../../src/domain/shared/locale.js";
import { createI18n } from "../../src/i18n.js";

const i18n = createI18n();
const tr = (locale: Locale): Translator => ({ t: (key, vars) => i18n.t(locale, key, vars), locale });
const county = (id: number, name: string) => ({ id, provinceId: 1, nameEn: name, nameFa: `${name} (fa)`, nameAz: name }) as County;
const field = (id: number, name: string) => ({ id, nameEn: name, nameFa: `${name} (fa)`, nameAz: name, sortOrder: id }) as Field;
const person = (firstName: string, lastName: string | null, username: string | null) => ({ firstName, lastName, username });

describe("the attendance export", () => {
  const rows = [
    {
      person: person("Sara", "Ahmadi", "sara"),
      ngo: { name: "Green Abhar" },
      isLeader: true,
      answer: "YES" as const,
      headcount: 4,
      presentAt: new Date("2026-12-11T07:05:00Z"),
    },
    { person: person("Reza", null, null), ngo: { name: "Green Abhar" }, isLeader: false, answer: null, headcount: null, presentAt: null },
  ];

  it("when invitees are exported, then each is a row of name, username, NGO, role, answer, headcount and time present in Tehran", () => {
    expect(attendanceSheet(tr("en"), rows)).toEqual({
      name: "Attendance",
      header: ["Name", "Username", "NGO", "Role", "Answer", "People (leader's answer)", "Present"],
      rows: [
        ["Sara Ahmadi", "@sara", "Green Abhar", "Leader", "Attending", 4, "11 December 2026, 10:35"],
        ["Reza", "", "Green Abhar", "Member", "", null, ""],
      ],
    });
  });

  it("when the reader reads Persian, then the sheet, headers, roles and dates are Persian", () => {
    const sheet = attendanceSheet(tr("fa"), rows);
    expect(sheet.name).toBe("حضور و غیاب");
    expect(sheet.rows[0]?.[3]).toBe("مدیر");
    expect(sheet.rows[0]?.[6]).toBe("۲۰ آذر ۱۴۰۵، ۱۰:۳۵");
  });
});

describe("the export of a broadcast's undelivered messages", () => {
  it("when recipients were not reached, then each row names them, their messenger and id there, their county, why, and the person's id even when they left", () => {
    const zanjan = county(1, "Zanjan");
    const onTelegram = { ...person("Sara", "Ahmadi", "sara"), messenger: "TELEGRAM" as const, externalId: 42n };
    const onBale = { ...person("Omid", "Rahimi", "omid"), messenger: "BALE" as const, externalId: 42n };
    const table = notDeliveredTable(tr("en"), [
      { personId: 42n, person: onTelegram, county: zanjan, status: "UNREACHABLE", error: null },
      { personId: 2n ** 52n, person: onBale, county: zanjan, status: "UNREACHABLE", error: null },
      { personId: 43n, person: null, county: zanjan, status: "FAILED", error: "Bad Request: chat not found" },
    ]);
    expect(table).toEqual({
      header: ["Name", "Username", "Messenger", "User id on the messenger", "County", "Status", "Error"],
      rows: [
        ["Sara Ahmadi", "@sara", "Telegram", "42", "Zanjan", "Unreachable (blocked the bot)", null],
        ["Omid Rahimi", "@omid", "Bale", "42", "Zanjan", "Unreachable (blocked the bot)", null],
        ["", "", "", "43", "Zanjan", "Failed", "Bad Request: chat not found"],
      ],
    });
  });
});

describe("the coverage export", () => {
  const coverage = {
    counties: [county(1, "Zanjan"), county(2, "Abhar")],
    fields: [field(10, "Health"), field(11, "Youth")],
    counts: [
      [3, 0],
      [1, 5],
    ],
    youth: [1, 0],
  };

  it("when coverage is exported, then fields are the rows, counties the columns, and the counts stay in place", () => {
    expect(coverageTable(tr("en"), coverage)).toEqual({
      sheet: "Coverage",
      corner: "Field of activity",
      rowLabels: ["Health", "Youth"],
      columnLabels: ["Zanjan", "Abhar"],
      values: coverage.counts,
      rtl: false,
    });
  });

  it("when the reader reads Persian, then the labels are Persian and the sheet runs right to left", () => {
    const table = coverageTable(tr("fa"), coverage);
    expect([table.rowLabels, table.columnLabels, table.rtl]).toEqual([["Health (fa)", "Youth (fa)"], ["Zanjan (fa)", "Abhar (fa)"], true]);
  });
});

describe("the comparison of provinces", () => {
  const figures = {
    counties: 4,
    countiesMeetingTarget: 3,
    held: 5,
    upcoming: 1,
    ngosInvited: 8,
    ngosAccepted: 6,
    ngosPresent: 2,
    peoplePresent: 3,
    agendaRaised: 3,
    agendaResolved: 1,
    agendaFollowUp: 1,
    agendaReferred: 0,
    needsInvited: 0,
    needsAnswered: 0,
  };
  const zanjan = { province: { id: 1, code: "zanjan", nameEn: "Zanjan", nameFa: "زنجان", nameAz: "Zəncan" }, ...figures };
  const ardabil = {
    province: { id: 2, code: "ardabil", nameEn: "Ardabil", nameFa: "اردبیل", nameAz: "Ərdəbil" },
    ...figures,
    counties: 1,
    countiesMeetingTarget: 1,
  };

  it("when provinces are exported, then each is a row of figures, meetings required one per county, rates in percent", () => {
    expect(provinceComparisonSheetRows(tr("en"), [zanjan, ardabil])).toEqual([
      ["Zanjan", 4, 3, 4, 5, 1, 8, 2, 25, 3, 1, 33.3, 0, 0, null],
      ["Ardabil", 1, 1, 1, 5, 1, 8, 2, 25, 3, 1, 33.3, 0, 0, null],
    ]);
  });

  it("when provinces are drawn, then a province is green only when every county met the target, in the reader's language", () => {
    const rows = provinceComparisonRows(tr("fa"), [zanjan, ardabil]);
    expect(rows.map((r) => r.tones)).toEqual([
      [null, "bad"],
      [null, "good"],
    ]);
    expect(rows[0]?.cells.slice(0, 3).map((cell) => cell.replace(/[\u2066-\u2069]/g, ""))).toEqual(["زنجان", "۳ از ۴", "۵ از ۴"]);
  });
});
