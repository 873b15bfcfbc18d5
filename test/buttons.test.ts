import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasAbsurdNumber } from "../src/bot/middleware/forged-presses.js";
import { type Harness, newTelegramId, startApp } from "./support/harness.js";
import { lastText } from "./support/journeys.js";

let h: Harness;
const logs: string[] = [];
const adminId = newTelegramId();
const FLOOD_LIMIT = 12;

beforeAll(async () => {
  h = await startApp({
    admins: [adminId],
    logs,
    roles: ["bot"],
    env: { RATE_LIMIT_MAX: String(FLOOD_LIMIT), RATE_LIMIT_WINDOW_SECONDS: "60" },
  });
});
afterAll(() => h?.stop());

/** How each of the bot's answers to one press went: "ok", or the error code Telegram refused it with. */
const answersTo = (queryId: string) =>
  h.fake.calls.filter((c) => c.method === "answerCallbackQuery" && c.payload.callback_query_id === queryId).map((c) => c.errorCode ?? "ok");

const errorsLogged = () => logs.filter((line) => JSON.parse(line).level >= 50);

describe("every press is answered exactly once", () => {
  it("when a press fails after it was answered, then the person still hears that something went wrong, as a message", async () => {
    const person = h.user({ language: "en" });
    await person.send("/start");
    // Cancel under a confirmation that is gone: the press is answered, then editing the message fails.
    const pressed = await person.pressData("action:cancel", 999_999);
    expect(lastText(pressed.messages)).toBe("Something went wrong on our side. Please try again shortly.");
    expect(answersTo(pressed.queryId)).toEqual(["ok"]);
  });

  it("when buttons are forged with numbers no record can have, then each gets the stale-button answer and no error is logged", async () => {
    const admin = h.user({ id: adminId, language: "en" }); // a superadmin passes every role check, so the numbers are used
    await admin.send("/start");
    logs.length = 0;
    const forged = [
      "dir:c:2147483648:0", // a county id beyond Postgres' integer
      "dir:f:99999999999:0", // a field id likewise
      "officials:revoke-yes:99999999999999999999999", // a person id beyond bigint
      "members:pick:9223372036854775808",
      "mt:present:cm0meeting:18446744073709551616",
      "dir:all:99999999999999999999", // a page number beyond any
      "dir:c:-1:0", // negative
      "dir:c:abc:0", // not a number
    ];
    for (const data of forged) {
      const pressed = await admin.pressData(data);
      expect(pressed.answer, data).toBe("This button is no longer active.");
      expect(answersTo(pressed.queryId), data).toEqual(["ok"]);
    }
    expect(errorsLogged()).toEqual([]);
  });

  it("when a person keeps pressing past the flood limit, then every press is answered once, the first one over the limit saying to slow down", async () => {
    const flooder = h.user({ language: "en" });
    await flooder.send("/start");
    const presses = [];
    for (let i = 0; i < FLOOD_LIMIT + 3; i++) presses.push(await flooder.pressData("menu:help"));
    // /start and the first 11 presses are within the limit; the rest are stopped before any handler.
    expect(presses.map((p) => p.answer ?? "")).toEqual([
      ...Array(FLOOD_LIMIT - 1).fill(""),
      "You are sending messages too fast. Please wait a few seconds.",
      "",
      "",
      "",
    ]);
    expect(presses.map((p) => answersTo(p.queryId))).toEqual(presses.map(() => ["ok"]));
    expect(presses.slice(FLOOD_LIMIT - 1).flatMap((p) => p.messages)).toEqual([]);
  });

  it("when a button is pressed in a group, then the press is answered once, saying the bot works in private chats", async () => {
    const person = h.user({ language: "en" });
    const queryId = `group-press-${person.id}`;
    await h.app.bot.handleUpdate({
      update_id: 9_100_000 + (person.id % 100_000),
      callback_query: {
        id: queryId,
        from: { id: person.id, is_bot: false, first_name: "G", language_code: "en" },
        chat_instance: "group",
        data: "menu:help",
        message: { message_id: 1, date: 0, chat: { id: -1_000_000 - person.id, type: "group", title: "NGO chat" }, text: "menu" },
      },
    });
    expect(h.fake.callbackAnswers.filter((a) => a.callbackQueryId === queryId).map((a) => a.text)).toEqual([
      "I work only in private chats. Please write to me directly.",
    ]);
    expect(answersTo(queryId)).toEqual(["ok"]);
  });
});

describe("numbers in button data", () => {
  it("when a part of the data is a number beyond any id, then it is absurd; ids, pages, quarters and tokens are not", () => {
    expect(hasAbsurdNumber("officials:revoke-yes:9007199254740992")).toBe(true);
    expect(hasAbsurdNumber("kpi:v:1405.99999999999999999999")).toBe(true);
    expect(hasAbsurdNumber("members:pick:9007199254740991")).toBe(false);
    expect(hasAbsurdNumber("kpi:v:1405.2")).toBe(false);
    expect(hasAbsurdNumber("dir:q:Ab3_x-9z:0")).toBe(false);
    expect(hasAbsurdNumber("join:cm12345678901234567890abc")).toBe(false);
  });
});
