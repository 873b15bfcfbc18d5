import { GrammyError, HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { fitItems, fitList, fitToMessage } from "../../src/bot/format.js";
import { sendEach } from "../../src/bot/send-each.js";
import { checkDescription, checkFoundedYear, checkName, checkRegistrationNumber } from "../../src/domain/ngo-rules.js";
import { cleanPersonName } from "../../src/domain/people.js";
import {
  cleanInput,
  cleanText,
  clip,
  latinDigits,
  normaliseName,
  normalisePhone,
  normaliseRegistrationNumber,
  stripInvisible,
} from "../../src/domain/text.js";
import { createLogger } from "../../src/logger.js";

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

describe("invisible characters", () => {
  const invisible = [
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200e",
    "\u200f",
    "\u061c",
  ];
  const zeroWidth = ["\u200b", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u0000", "\u0007"];

  it("when a text carries bidi controls, marks, zero-width or control characters, then they are removed and the ZWNJ kept", () => {
    const hidden = [...invisible, ...zeroWidth].join("");
    expect(stripInvisible(`Gre${hidden}en\u200cEarth`)).toBe("Green\u200cEarth");
    expect(stripInvisible("line one\nline\ttwo")).toBe("line one\nline\ttwo");
    expect(cleanInput("\u202eGreen\u200b Earth\u2069")).toBe("Green Earth");
    expect(cleanInput("سمن\u200cیار")).toBe("سمن\u200cیار");
  });

  it("when a name hides invisible characters, then it compares equal to the name without them", () => {
    expect(normaliseName("Green\u2066 Earth\u200b")).toBe(normaliseName("Green Earth"));
    expect(normaliseName("سمن\u200dیار")).toBe(normaliseName("سمنیار"));
    expect(checkName("\u202eGreen Earth")).toEqual({ ok: true, value: "Green Earth" });
  });

  it("when free text of several lines is cleaned, then its line breaks stay and invisible characters go", () => {
    expect(cleanText(" We plant\u202e trees.\r\nIn\t\tAbhar. ")).toBe("We plant trees.\nIn Abhar.");
    expect(checkDescription("\u2067".repeat(20))).toMatchObject({ ok: false, error: "invalid-too-short" });
  });

  it("when a Telegram name comes with invisible characters or longer than Telegram allows, then it is cleaned and cut to 64", () => {
    expect(cleanPersonName("\u202eAli\u200b  Rezaei ")).toBe("Ali Rezaei");
    expect(cleanPersonName("x".repeat(100))).toHaveLength(64);
  });
});

describe("lengths", () => {
  it("when a registration number is longer than 30 characters, then it is refused as too long even if its digits are few", () => {
    expect(checkRegistrationNumber(`12-${"-".repeat(4000)}3`)).toMatchObject({ ok: false, error: "invalid-too-long", vars: { max: 30 } });
    expect(checkRegistrationNumber("1".repeat(4004))).toMatchObject({ ok: false, error: "invalid-too-long" });
    expect(checkRegistrationNumber("12/345-678")).toEqual({ ok: true, value: "12/345-678" });
  });

  it("when a stored text is longer than its limit, then it is cut with an ellipsis and never splits an emoji", () => {
    expect(clip("abcdef", 6)).toBe("abcdef");
    expect(clip("abcdefg", 6)).toBe("abcde…");
    expect(clip("abcd😀xyz", 6)).toBe("abcd…");
  });
});

describe("fitting a list into a message", () => {
  const more = (n: number) => `+${n}`;
  const tr = { t: (key: string, vars?: Record<string, unknown>) => `${key}:${vars?.count}`, locale: "en" as const };

  it("when every item fits, then all are kept and no note is added", () => {
    expect(fitItems(["aa", "bb", "cc"], 8, more)).toEqual(["aa", "bb", "cc"]);
  });

  it("when items overflow, then those that fit are kept with room for the note, and the note counts the rest", () => {
    // "aa\nbb\n+2" is 8 characters; "aa\nbb\ncc\n+1" would be 11.
    expect(fitItems(["aa", "bb", "cc", "dd"], 9, more)).toEqual(["aa", "bb", "+2"]);
    for (let budget = 2; budget < 20; budget++) {
      const fitted = fitItems(["aa", "bb", "cc", "dd", "ee"], budget, more).join("\n");
      expect(fitted.length <= budget || fitted === "+5").toBe(true);
    }
  });

  it("when the first item alone is too long, then only the note is left", () => {
    expect(fitItems(["x".repeat(50), "b"], 10, more)).toEqual(["+2"]);
  });

  it("when a limit on the count is given, then no more items than that are shown", () => {
    expect(fitItems(["a", "b", "c", "d"], 100, more, { separator: ", ", limit: 2 })).toEqual(["a", "b", "+2"]);
    expect(fitItems(["a", "b"], 100, more, { limit: 2 })).toEqual(["a", "b"]);
  });

  it("when lines or names are fitted into a message, then the note comes from the translations", () => {
    const lines = Array.from({ length: 100 }, (_, i) => `${i} ${"x".repeat(60)}`);
    const fitted = fitToMessage(lines, tr as never);
    expect(fitted.join("\n").length).toBeLessThanOrEqual(3600);
    expect(fitted.at(-1)).toBe(`list-more:${100 - fitted.length + 1}`);
    const fsi = (text: string) => `\u2068${text}\u2069`;
    expect(fitList(["Ann", "Bob", "Cy"], 100, tr as never, 2)).toBe(`${fsi("Ann")}, ${fsi("Bob")}, and ${fsi("list-more-inline:1")}`);
  });
});

describe("one message per record", () => {
  const refused = new GrammyError(
    "refused",
    { ok: false, error_code: 400, description: "Bad Request: message is too long" },
    "sendMessage",
    {},
  );
  const logger = createLogger("silent");

  it("when Telegram refuses one record's message or it fails to render, then the others still go out and the failures are counted", async () => {
    const sent: string[] = [];
    const send = async (record: string) => {
      if (record === "too long") throw refused;
      if (record === "broken") throw new TypeError("cannot render");
      sent.push(record);
    };
    expect(await sendEach(["a", "too long", "b", "broken", "c"], send, logger)).toBe(2);
    expect(sent).toEqual(["a", "b", "c"]);
  });

  it("when the network fails, then the list stops and the error goes on", async () => {
    const down = new HttpError("network down", new Error("ECONNRESET"));
    await expect(sendEach(["a"], () => Promise.reject(down), logger)).rejects.toBe(down);
  });
});
