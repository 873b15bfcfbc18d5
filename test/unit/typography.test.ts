import { InlineKeyboard } from "grammy";
import { describe, expect, it } from "vitest";
import { isolate, joinList, joinNames, ltr, phoneNumber, readerDigits, username } from "../../src/bot/format.js";
import { stepButtons } from "../../src/bot/keyboards/steps.js";
import { formatDateTime } from "../../src/domain/calendar.js";
import { createI18n } from "../../src/i18n.js";
import { isolatedRuns, paragraphDirection } from "../support/bidi.js";

const FSI = "\u2068";
const LRI = "\u2066";
const PDI = "\u2069";
const i18n = createI18n();
/** A message as Telegram shows it: HTML tags are formatting, not text. */
const shownText = (html: string) => html.replace(/<[^>]+>/g, "");

describe("values set into text of the other direction", () => {
  it("when an Azerbaijani sentence starts with a Persian NGO name, then the name is isolated and the sentence still reads left to right", () => {
    const text = i18n.t("az", "meeting-invited", { name: "سمن سبز ابهر" });
    expect(text).toBe(`<b>${FSI}سمن سبز ابهر${PDI}</b> vasitəsilə dəvət olunmusunuz:`);
    expect(paragraphDirection(shownText(text))).toBe("ltr");
  });

  it("when a Persian sentence holds an English title, then the title is isolated and the sentence still reads right to left", () => {
    const text = i18n.t("fa", "agenda-title", { title: "Drinking water in summer" });
    expect(isolatedRuns(text)).toContain("Drinking water in summer");
    expect(paragraphDirection(shownText(text))).toBe("rtl");
  });

  it("when a value is set into text in code, then it is isolated the way Fluent isolates a variable", () => {
    expect(isolate("Green Earth")).toBe(`${FSI}Green Earth${PDI}`);
    expect(paragraphDirection(`${isolate("سمن سبز")} — Abhar`)).toBe("ltr");
  });
});

describe("phone numbers, usernames and digits", () => {
  it("when a phone number is shown, then it reads left to right, escaped, inside a Left-to-Right Isolate", () => {
    expect(phoneNumber("+989120000001")).toBe(`${LRI}+989120000001${PDI}`);
    expect(ltr("a<b")).toBe(`${LRI}a<b${PDI}`);
    expect(username("reza_k")).toBe(`${LRI}@reza_k${PDI}`);
  });

  it("when a registration number stored with Latin digits is shown to a Persian reader, then its digits are Persian", () => {
    expect(readerDigits("12/345-ب", "fa")).toBe("۱۲/۳۴۵-ب");
    expect(readerDigits("12/345", "en")).toBe("12/345");
    expect(readerDigits("12/345", "az")).toBe("12/345");
  });
});

describe("lists and date-times as each language writes them", () => {
  it("when Persian items are joined, then they read «الف، ب و ج» with no comma before «و», each item isolated", () => {
    const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, "");
    expect(plain(joinList(["الف", "ب", "ج"], "fa"))).toBe("الف، ب و ج");
    expect(plain(joinList(["جوانان", "فرهنگ و هنر"], "fa"))).toBe("جوانان و فرهنگ و هنر");
    expect(isolatedRuns(joinList(["جوانان", "فرهنگ و هنر"], "fa"))).toEqual(["جوانان", "فرهنگ و هنر"]);
    expect(plain(joinList(["a", "b", "c"], "az"))).toBe("a, b və c");
    expect(plain(joinList(["a", "b", "c"], "en"))).toBe("a, b, and c");
    expect(joinList(["تنها"], "fa")).toBe(`${FSI}تنها${PDI}`);
    expect(joinList([], "fa")).toBe("");
  });

  it('when fields of activity are listed, then they are set apart by «،» or a semicolon, never by «و» or "and", so two read as two', () => {
    const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, "");
    expect(plain(joinNames(["جوانان", "فرهنگ و هنر"], "fa"))).toBe("جوانان، فرهنگ و هنر");
    expect(isolatedRuns(joinNames(["جوانان", "فرهنگ و هنر"], "fa"))).toEqual(["جوانان", "فرهنگ و هنر"]);
    expect(plain(joinNames(["Youth", "Culture and art"], "en"))).toBe("Youth; Culture and art");
    expect(plain(joinNames(["Gənclər", "Mədəniyyət və incəsənət"], "az"))).toBe("Gənclər; Mədəniyyət və incəsənət");
  });

  it("when a date and time is shown to a Persian reader, then they are separated by the Persian comma", () => {
    const moment = new Date("2026-12-01T17:50:00Z");
    expect(formatDateTime(moment, "fa")).toBe("۱۰ آذر ۱۴۰۵، ۲۱:۲۰");
    expect(formatDateTime(moment, "az")).toBe("10 Azər 1405, 21:20");
    expect(formatDateTime(moment, "en")).toBe("1 December 2026, 21:20");
  });
});

describe("arrows that follow the reading direction", () => {
  const row = (keyboard: InlineKeyboard) => keyboard.inline_keyboard[0]?.map((b) => [b.text, "callback_data" in b ? b.callback_data : ""]);

  it("when a Persian reader turns pages, then the earlier page is on the right pointing right and the later on the left pointing left", () => {
    expect(row(stepButtons(new InlineKeyboard(), "fa", { back: { data: "p:0" }, forward: { data: "p:2" } }))).toEqual([
      ["«", "p:2"],
      ["»", "p:0"],
    ]);
    expect(
      row(stepButtons(new InlineKeyboard(), "fa", { back: { data: "q:1", label: "فصل قبل" }, forward: { data: "q:3", label: "فصل بعد" } })),
    ).toEqual([
      ["فصل بعد ◀", "q:3"],
      ["▶ فصل قبل", "q:1"],
    ]);
  });

  it("when an English or Azerbaijani reader turns pages, then earlier is on the left pointing left", () => {
    for (const locale of ["en", "az"] as const) {
      expect(row(stepButtons(new InlineKeyboard(), locale, { back: { data: "p:0" }, forward: { data: "p:2" } }))).toEqual([
        ["«", "p:0"],
        ["»", "p:2"],
      ]);
    }
    expect(row(stepButtons(new InlineKeyboard(), "en", { back: { data: "q:1", label: "Earlier quarter" } }))).toEqual([
      ["◀ Earlier quarter", "q:1"],
    ]);
  });
});
