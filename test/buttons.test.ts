import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

describe("every press is answered exactly once", () => {
  it("when a press fails after it was answered, then the person still hears that something went wrong, as a message", async () => {
    const person = h.user({ language: "en" });
    await person.send("/start");
    // Cancel under a confirmation that is gone: the press is answered, then editing the message fails.
    const pressed = await person.pressData("action:cancel", 999_999);
    expect(lastText(pressed.messages)).toBe("Something went wrong on our side. Please try again shortly.");
    expect(answersTo(pressed.queryId)).toEqual(["ok"]);
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
