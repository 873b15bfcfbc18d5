import { describe, expect, it } from "vitest";
import { gregorianAsSolarHijri, gregorianYearAsSolarHijri } from "../../src/domain/calendar.js";
import { readCheckInCode } from "../../src/domain/meetings/validators.js";
import { checkDeadline } from "../../src/domain/needs/validators.js";
import { checkFoundedYear } from "../../src/domain/ngo-rules.js";
import { matchByName, nameKey, parseIranianPhone } from "../../src/domain/text.js";

const counties = [
  { id: 1, names: ["زنجان", "Zəncan", "Zanjan"] },
  { id: 2, names: ["ابهر", "Əbhər", "Abhar"] },
  { id: 3, names: ["خرمدره", "Xürrəmdərə", "Khorramdarreh"] },
  { id: 4, names: ["ماهنشان", "Mahnişan", "Mahneshan"] },
  { id: 5, names: ["ایجرود", "İcrud", "Ijrud"] },
  { id: 6, names: ["سلطانیه", "Sultaniyyə", "Soltaniyeh"] },
];
const fields = [
  { id: 1, names: ["پیشگیری از آسیب‌های اجتماعی", "Sosial zərərlərin qarşısının alınması", "Social-harm prevention"] },
  { id: 2, names: ["فرهنگ و هنر", "Mədəniyyət və incəsənət", "Culture and art"] },
  { id: 3, names: ["میراث فرهنگی و گردشگری", "Mədəni irs və turizm", "Heritage and tourism"] },
];
const find = (typed: string, items = counties) => matchByName(typed, items, (c) => c.names)?.id;

describe("a county or field typed by name", () => {
  it("when a county is typed in Persian with Arabic letters, spaces or a ZWNJ, then it is found", () => {
    expect(find("زنجان")).toBe(1);
    expect(find("سلطانيه")).toBe(6); // Arabic ي
    expect(find("ماه نشان")).toBe(4);
    expect(find("ماه\u200cنشان")).toBe(4);
    expect(find("  خرم دره ")).toBe(3);
  });

  it("when a county is typed in Azerbaijani or English, with or without the special letters, then it is found", () => {
    expect(find("Əbhər")).toBe(2);
    expect(find("abhar")).toBe(2);
    expect(find("Icrud")).toBe(5);
    expect(find("icrud")).toBe(5);
    expect(find("XÜRRƏMDƏRƏ")).toBe(3);
    expect(find("Soltaniyeh.")).toBe(6);
  });

  it("when the beginning of one name only is typed, then that one is found; when it starts several or none, then none", () => {
    expect(find("Khorram")).toBe(3);
    expect(find("ab")).toBeUndefined(); // too short to be meant
    expect(find("Zanjanabad")).toBeUndefined();
    expect(find("")).toBeUndefined();
    expect(find("فرهنگ", fields)).toBe(2);
    expect(find("Mədəni", fields)).toBeUndefined(); // "Mədəniyyət və incəsənət" and "Mədəni irs və turizm"
  });

  it("when a field of activity is typed with its words in any spacing or a ZWNJ left out, then it is found", () => {
    expect(find("فرهنگ و هنر", fields)).toBe(2);
    expect(find("پیشگیری از آسیبهای اجتماعی", fields)).toBe(1);
    expect(find("social harm prevention", fields)).toBe(1);
    expect(find("Mədəni irs", fields)).toBe(3);
  });

  it("when names differ only by hamza, madda or accents, then their keys are equal", () => {
    expect(nameKey("آموزش")).toBe(nameKey("اموزش"));
    expect(nameKey("Zəncan")).toBe(nameKey("zencan"));
  });
});

describe("a phone number typed", () => {
  it("when an Iranian mobile is typed in any common form and digits, then it is kept in E.164", () => {
    for (const typed of [
      "09121234567",
      "0912 123 4567",
      "0912-123-4567",
      "+98 912 123 4567",
      "00989121234567",
      "989121234567",
      "9121234567",
      "۰۹۱۲ ۱۲۳ ۴۵۶۷",
      "٠٩١٢١٢٣٤٥٦٧",
      "(0912) 123.4567",
    ])
      expect(parseIranianPhone(typed), typed).toBe("+989121234567");
  });

  it("when a landline is typed with its area code, then it is kept in E.164", () => {
    expect(parseIranianPhone("024 3345 6789")).toBe("+982433456789");
    expect(parseIranianPhone("021-88776655")).toBe("+982188776655");
    expect(parseIranianPhone("+98 24 3345 6789")).toBe("+982433456789");
    expect(parseIranianPhone("۰۲۴-۳۳۴۵۶۷۸۹")).toBe("+982433456789");
  });

  it("when the number lacks its area code, has too few or too many digits, is foreign or is no number, then it is refused", () => {
    for (const typed of ["33456789", "0912123456", "091212345678", "+44 20 7946 0958", "my number is 0912", "", "0012345678"])
      expect(parseIranianPhone(typed), typed).toBeNull();
  });
});

describe("a Gregorian date where a Solar Hijri one is expected", () => {
  it("when a Gregorian date is typed, with or without a time and in any digits, then the same day in the Solar Hijri calendar is offered", () => {
    expect(gregorianAsSolarHijri("2026/12/08")).toBe("1405/09/17");
    expect(gregorianAsSolarHijri("2026-12-08 10:30")).toBe("1405/09/17 10:30");
    expect(gregorianAsSolarHijri("۲۰۲۶/۱۲/۸ ۹:۰۵")).toBe("1405/09/17 09:05");
    expect(gregorianAsSolarHijri("2027/03/21")).toBe("1406/01/01");
  });

  it("when the date is Solar Hijri, no real Gregorian day or no date, then nothing is offered", () => {
    expect(gregorianAsSolarHijri("1405/09/17 10:30")).toBeNull();
    expect(gregorianAsSolarHijri("2026/02/30")).toBeNull();
    expect(gregorianAsSolarHijri("next Tuesday")).toBeNull();
  });

  it("when a training-needs deadline is typed as a Gregorian date, then its Solar Hijri day is suggested", () => {
    expect(checkDeadline("2026/12/20", new Date("2026-12-02T00:00:00Z"), "en")).toEqual({
      ok: false,
      error: "invalid-gregorian-date",
      vars: { suggestion: "1405/09/29" },
      suggestion: "1405/09/29",
    });
  });

  it("when a Gregorian founding year is typed, then the Solar Hijri year beginning in it is suggested; a Solar Hijri year passes", () => {
    expect(gregorianYearAsSolarHijri(2019)).toBe(1398);
    expect(checkFoundedYear("2019", 1405, "fa")).toEqual({
      ok: false,
      error: "invalid-year-gregorian",
      vars: { year: "۲۰۱۹", suggestion: "1398" },
      suggestion: "1398",
    });
    expect(checkFoundedYear("۱۳۹۸", 1405, "fa")).toEqual({ ok: true, value: 1398 });
    expect(checkFoundedYear("2050", 1405, "en")).toMatchObject({ ok: false, error: "invalid-year" });
  });
});

describe("a check-in code typed", () => {
  it("when the code is typed in groups, with a dash or in Persian digits, then its six digits are read", () => {
    for (const typed of ["346311", "346 311", " 346-311 ", "۳۴۶ ۳۱۱", "٣٤٦٣١١", "34 63 11"])
      expect(readCheckInCode(typed), typed).toBe("346311");
  });

  it("when the text is not six digits, then it is no code", () => {
    for (const typed of ["34631", "3463111", "346 31a", "code 346311", "09121234567"]) expect(readCheckInCode(typed), typed).toBeNull();
  });
});
