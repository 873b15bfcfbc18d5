import { describe, expect, it } from "vitest";
import { checkFoundedYear, checkName, checkRegistrationNumber } from "../src/domain/ngo-rules.js";
import { cleanInput, latinDigits, normaliseName, normalisePhone, normaliseRegistrationNumber } from "../src/domain/text.js";

describe("what people type", () => {
  it("when digits come in Persian, Arabic-Indic or Latin script, then they read the same", () => {
    expect(latinDigits("۱۴۰۵/۰۹/۲۰ ١٤٠٥ 1405")).toBe("1405/09/20 1405 1405");
  });

  it("when Arabic ي/ك, tatweel or odd spaces are typed, then the Persian forms are stored", () => {
    expect(cleanInput("  انجمن  ياري ككـودكان ")).toBe("انجمن یاری ککودکان");
  });

  it("when names differ by ZWNJ, diacritics, punctuation, case or letter variants, then their keys are equal", () => {
    const key = normaliseName("سمن یار");
    for (const variant of ["سمن‌یار", "سمن يار", "سَمَن یار!", "  سمن   یار  "]) expect(normaliseName(variant)).toBe(key);
    expect(normaliseName("Green  Abhar.")).toBe(normaliseName("green abhar"));
    expect(normaliseName("سمنیار")).not.toBe(key);
  });

  it("when a registration number is typed with separators or Persian digits, then it compares by its characters", () => {
    expect(normaliseRegistrationNumber("۱۲-۳۴ ۵")).toBe("12345");
    expect(normaliseRegistrationNumber("ab/12")).toBe("AB12");
  });

  it("when an Iranian mobile is shared in any common form, then one form is kept", () => {
    for (const phone of ["09121234567", "+989121234567", "989121234567", "۰۹۱۲۱۲۳۴۵۶۷"])
      expect(normalisePhone(phone)).toBe("+989121234567");
  });

  it("when answers are checked, then valid ones pass cleaned and others are refused with a reason", () => {
    expect(checkName(" انجمن  ياري ")).toEqual({ ok: true, value: "انجمن یاری" });
    expect(checkName("!!!")).toMatchObject({ ok: false, error: "invalid-name" });
    expect(checkRegistrationNumber("abc")).toMatchObject({ ok: false, error: "invalid-registration-number" });
    expect(checkFoundedYear("۱۴۰۶", 1405, "en")).toMatchObject({ ok: false, error: "invalid-year", vars: { min: "1300", max: "1405" } });
    expect(checkFoundedYear("1405", 1405, "fa")).toEqual({ ok: true, value: 1405 });
  });
});
