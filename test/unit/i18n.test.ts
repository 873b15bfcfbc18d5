import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n.js";

describe("translations, with each language's match kept", () => {
  it("when a text is asked for in each language, again and again, then each language gets its own", () => {
    const i18n = createI18n();
    const inEach = () => (["fa", "az", "en", "fa"] as const).map((locale) => i18n.t(locale, "button-attend"));
    const expected = ["✅ شرکت می‌کنم", "✅ İştirak edəcəyəm", "✅ I will attend", "✅ شرکت می‌کنم"];
    expect(inEach()).toEqual(expected);
    expect(inEach()).toEqual(expected);
  });

  it("when a language the bot does not have is asked for, then the text is Persian, the first time and after", () => {
    const i18n = createI18n();
    expect(i18n.t("de", "button-attend")).toBe("✅ شرکت می‌کنم");
    expect(i18n.t("de", "button-attend")).toBe("✅ شرکت می‌کنم");
    expect(i18n.t("en", "button-attend")).toBe("✅ I will attend");
  });
});
