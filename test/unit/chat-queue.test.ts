import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { chatOfUpdate } from "../../src/chat-ordered-updates.js";

describe("the chat a webhook update is queued under", () => {
  it("when updates are messages, presses or membership changes, then each is keyed by its chat, and a press without its message by the person", () => {
    const from = { id: 7, is_bot: false, first_name: "P" };
    const chat = { id: 42, type: "private", first_name: "P" };
    expect(chatOfUpdate({ update_id: 1, message: { message_id: 1, date: 0, chat, from, text: "hi" } } as Update)).toBe("42");
    expect(
      chatOfUpdate({
        update_id: 2,
        callback_query: { id: "q", from, chat_instance: "c", message: { message_id: 1, date: 0, chat } },
      } as Update),
    ).toBe("42");
    expect(chatOfUpdate({ update_id: 3, callback_query: { id: "q", from, chat_instance: "c", data: "x" } } as Update)).toBe("7");
    expect(chatOfUpdate({ update_id: 4, my_chat_member: { chat, from, date: 0 } } as unknown as Update)).toBe("42");
    expect(chatOfUpdate({ update_id: 5 } as Update)).toBe("none");
  });
});
