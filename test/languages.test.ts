import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDate } from "../src/domain/calendar.js";
import { LOCALES_DIR } from "../src/i18n.js";
import { type Harness, startApp } from "./support/harness.js";

let h: Harness;
const logs: string[] = [];
beforeAll(async () => {
  h = await startApp({ logs });
});
afterAll(() => h?.stop());

const LANGUAGES = ["az", "en", "fa"];
const featureFilesOf = (language: string) => readdirSync(`${LOCALES_DIR}/${language}`).sort();
const keysOf = (language: string, file: string) =>
  readFileSync(`${LOCALES_DIR}/${language}/${file}`, "utf8")
    .split("\n")
    .map((line) => /^([a-zA-Z][\w-]*)\s*=/.exec(line)?.[1])
    .filter((key): key is string => Boolean(key));
const allKeysOf = (language: string) => featureFilesOf(language).flatMap((file) => keysOf(language, file));

describe("languages", () => {
  it("when the locale files are compared, then fa, az and en have the same feature files, each with exactly the same keys", () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual(LANGUAGES);
    const files = featureFilesOf("en");
    expect(files.every((file) => file.endsWith(".ftl"))).toBe(true);
    for (const language of LANGUAGES) {
      expect(featureFilesOf(language), language).toEqual(files);
      for (const file of files) expect(keysOf(language, file).sort(), `${language}/${file}`).toEqual(keysOf("en", file).sort());
      // The files of a language make one bundle: a key in two of them would silently override the other.
      expect(new Set(allKeysOf(language)).size, language).toBe(allKeysOf(language).length);
    }
    expect(allKeysOf("en").length).toBeGreaterThan(100);
  });

  it("when the code asks for a message key, then every locale has it", () => {
    const source = readdirSync("src", { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile() && f.name.endsWith(".ts"))
      .map((f) => readFileSync(`${f.parentPath}/${f.name}`, "utf8"))
      .join("\n");
    const used = new Set([...source.matchAll(/\bt\("([a-z0-9-]+)"/g)].map((m) => m[1]));
    const known = new Set(allKeysOf("fa"));
    expect([...used].filter((key) => key && !known.has(key))).toEqual([]);
  });

  it("when a person has chosen no language, then Telegram's language is used, and Persian when Telegram's is not offered", async () => {
    const az = h.user({ language: "az" });
    expect((await az.send("/start")).at(-1)?.text).toContain("Salam");
    const de = h.user({ language: "de" });
    expect((await de.send("/start")).at(-1)?.text).toContain("سلام");
  });

  it("when a person picks a language with /language, then it is saved and used from then on, also in their command menu", async () => {
    const person = h.user({ language: "fa" });
    await person.send("/language");
    await person.press("English");
    expect(person.messages().map((m) => m.text)).toContain("From now on I will speak English with you.");
    // The same button once more, from a second device still showing it: the edit changes nothing.
    const languageMessage = person.messages().find((m) => m.text === "From now on I will speak English with you.");
    const again = await person.pressData("language:en", languageMessage?.messageId);
    expect(again.answer).toBeUndefined();
    expect(again.messages).toEqual([]);
    expect(logs.filter((line) => line.includes("update failed"))).toEqual([]);
    expect((await h.app.services.people.find(BigInt(person.id)))?.person.locale).toBe("en");
    expect((await person.send("/help")).at(-1)?.text).toContain("/register — Register an NGO");
    await expect.poll(() => h.fake.commandsFor({ type: "chat", chat_id: person.id })?.[0]?.description).toBe("Main menu");
  });

  it("when the bot starts, then the default command menu is published in each language, Persian without a language code", () => {
    const scope = { type: "all_private_chats" };
    expect(h.fake.commandsFor(scope, "en")?.map((c) => c.command)).toEqual([
      "start",
      "help",
      "register",
      "profile",
      "leave",
      "language",
      "settings",
      "cancel",
    ]);
    expect(h.fake.commandsFor(scope, "az")?.[0]?.description).toBe("Əsas menyu");
    expect(h.fake.commandsFor(scope)?.[0]?.description).toBe(h.fake.commandsFor(scope, "fa")?.[0]?.description);
  });

  it("when a date is shown, then fa and az read it in the Solar Hijri calendar (fa with Persian digits) and en in the Gregorian", () => {
    const date = new Date("2026-03-21T08:00:00Z"); // Nowruz 1405
    expect(formatDate(date, "fa")).toBe("۱ فروردین ۱۴۰۵");
    expect(formatDate(date, "az")).toMatch(/^1 \S+ 1405$/);
    expect(formatDate(date, "en")).toBe("21 March 2026");
  });
});
