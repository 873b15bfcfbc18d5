import { Bot, GrammyError, InlineKeyboard, InputFile } from "grammy";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FakeBotApi, type FakeBotApiOptions } from "../../src/sandbox/bot-api.js";

const CHAT = 42;
const running: FakeBotApi[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((fake) => fake.stop()));
});

async function setUp(options?: FakeBotApiOptions) {
  const fake = await FakeBotApi.start(options);
  running.push(fake);
  const bot = new Bot("123:test", { client: { apiRoot: fake.apiRoot } });
  return { fake, bot };
}

/** A text message from the user of CHAT, numbered as Telegram numbers a private chat's messages. */
function userText(fake: FakeBotApi, text: string) {
  return {
    message_id: fake.nextUserMessageId(CHAT),
    date: Math.floor(Date.now() / 1000),
    chat: { id: CHAT, type: "private" as const, first_name: "User" },
    from: { id: CHAT, is_bot: false as const, first_name: "User" },
    text,
  };
}

/** Resolves with the error a call rejected with, failing the test if it succeeded. */
async function rejection(call: Promise<unknown>): Promise<GrammyError> {
  const error = await call.then(
    () => expect.fail("expected the call to be rejected"),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(GrammyError);
  return error as GrammyError;
}

describe("FakeBotApi", () => {
  it("when the bot initialises, then getMe answers with the fake's bot", async () => {
    const { fake, bot } = await setUp({ botUsername: "other_bot" });

    await bot.init();

    expect(bot.botInfo).toEqual(fake.botInfo);
    expect(bot.botInfo).toMatchObject({ id: 7000000001, username: "other_bot", is_bot: true });
  });

  it("when the bot sends a message and edits it, then both are recorded and answered like Telegram", async () => {
    const { fake, bot } = await setUp();
    const keyboard = new InlineKeyboard().text("Go", "go");

    const sent = await bot.api.sendMessage(CHAT, "Hello", {
      parse_mode: "HTML",
      reply_markup: keyboard,
    });
    const edited = await bot.api.editMessageText(CHAT, sent.message_id, "Bye", {
      reply_markup: keyboard,
    });

    expect(sent).toMatchObject({
      message_id: 1,
      chat: { id: CHAT, type: "private", first_name: "User" },
      from: { id: fake.botInfo.id, is_bot: true },
      text: "Hello",
      reply_markup: { inline_keyboard: [[{ text: "Go", callback_data: "go" }]] },
    });
    expect(edited).toMatchObject({ message_id: 1, text: "Bye", edit_date: expect.any(Number) });
    expect(fake.lastMessageTo(CHAT)).toMatchObject({
      method: "sendMessage",
      text: "Bye",
      edits: 1,
      deleted: false,
      replyMarkup: { inline_keyboard: [[{ text: "Go", callback_data: "go" }]] },
    });
    expect(fake.calls.map((call) => call.method)).toEqual(["sendMessage", "editMessageText"]);
  });

  it("when an edit changes nothing, then Telegram's 'message is not modified' comes back", async () => {
    const { bot } = await setUp();
    const sent = await bot.api.sendMessage(CHAT, "Same");

    const error = await rejection(bot.api.editMessageText(CHAT, sent.message_id, "Same"));

    expect(error.error_code).toBe(400);
    expect(error.description).toMatch(/^Bad Request: message is not modified/);
  });

  it("when an edit leaves reply_markup out, then the inline keyboard is removed", async () => {
    const { fake, bot } = await setUp();
    const sent = await bot.api.sendMessage(CHAT, "Pick", {
      reply_markup: new InlineKeyboard().text("A", "a"),
    });

    const edited = await bot.api.editMessageText(CHAT, sent.message_id, "Picked");

    expect(edited).not.toHaveProperty("reply_markup");
    expect(fake.lastMessageTo(CHAT)).not.toHaveProperty("replyMarkup");
  });

  it("when a message is deleted, then messagesTo no longer lists it, and editing or deleting it again is refused", async () => {
    const { fake, bot } = await setUp();
    const first = await bot.api.sendMessage(CHAT, "one");
    await bot.api.sendMessage(CHAT, "two");

    await bot.api.deleteMessage(CHAT, first.message_id);

    expect(fake.messagesTo(CHAT).map((message) => message.text)).toEqual(["two"]);
    expect(fake.sent[0]?.deleted).toBe(true);
    await expect(bot.api.editMessageText(CHAT, first.message_id, "one again")).rejects.toThrow("message to edit not found");
    await expect(bot.api.deleteMessage(CHAT, first.message_id)).rejects.toThrow("message to delete not found");
  });

  it("when a text has 4097 characters, then 400 'message is too long' comes back and nothing is sent", async () => {
    const { fake, bot } = await setUp();

    const error = await rejection(bot.api.sendMessage(CHAT, "x".repeat(4097)));

    expect(error.error_code).toBe(400);
    expect(error.description).toBe("Bad Request: message is too long");
    expect(fake.sent).toEqual([]);
    await expect(bot.api.sendMessage(CHAT, "x".repeat(4096))).resolves.toBeDefined();
  });

  it("when callback_data is over 64 bytes, then 400 BUTTON_DATA_INVALID comes back", async () => {
    const { bot } = await setUp();
    // 33 two-byte characters: 33 characters, 66 bytes
    const keyboard = new InlineKeyboard().text("Too long", "ж".repeat(33));

    const error = await rejection(bot.api.sendMessage(CHAT, "Hi", { reply_markup: keyboard }));

    expect(error.description).toBe("Bad Request: BUTTON_DATA_INVALID");
  });

  it("when the user blocked the bot, then sending answers 403 until unblocked", async () => {
    const { fake, bot } = await setUp();
    fake.block(CHAT);

    const error = await rejection(bot.api.sendMessage(CHAT, "Hello?"));

    expect(error.error_code).toBe(403);
    expect(error.description).toBe("Forbidden: bot was blocked by the user");
    fake.unblock(CHAT);
    await expect(bot.api.sendMessage(CHAT, "Hello again")).resolves.toBeDefined();
  });

  it("when sends to one chat exceed perChatPerSecond, then 429 with retry_after comes back", async () => {
    const { fake, bot } = await setUp({ perChatPerSecond: 1 });
    await bot.api.sendMessage(CHAT, "first");

    const error = await rejection(bot.api.sendMessage(CHAT, "second"));

    expect(error.error_code).toBe(429);
    expect(error.description).toMatch(/^Too Many Requests: retry after \d+$/);
    expect(error.parameters.retry_after).toBeGreaterThanOrEqual(1);
    expect(fake.rejected429).toBe(1);
    expect(fake.messagesTo(CHAT)).toHaveLength(1);
    // Other chats have their own allowance.
    await expect(bot.api.sendMessage(CHAT + 1, "elsewhere")).resolves.toBeDefined();
  });

  it("when sends to all chats exceed globalPerSecond, then 429 comes back and the refused call is marked so", async () => {
    const { fake, bot } = await setUp({ globalPerSecond: 2 });
    await bot.api.sendMessage(CHAT, "one");
    await bot.api.sendMessage(CHAT + 1, "two");

    const error = await rejection(bot.api.sendMessage(CHAT + 2, "three"));

    expect(error.error_code).toBe(429);
    expect(fake.calls.filter((c) => c.method === "sendMessage").map((c) => c.errorCode)).toEqual([undefined, undefined, 429]);
    expect(fake.messagesTo(CHAT + 2)).toHaveLength(0);
  });

  it("when paid broadcast sends (allow_paid_broadcast) go past globalPerSecond, then they are taken up to paidPerSecond, and free sends are still limited", async () => {
    const { fake, bot } = await setUp({ globalPerSecond: 1, paidPerSecond: 3 });
    await bot.api.sendMessage(CHAT, "free");
    for (let i = 1; i <= 3; i++) await bot.api.sendMessage(CHAT + i, "paid", { allow_paid_broadcast: true });

    expect((await rejection(bot.api.sendMessage(CHAT + 4, "paid", { allow_paid_broadcast: true }))).error_code).toBe(429);
    expect((await rejection(bot.api.sendMessage(CHAT + 5, "free"))).error_code).toBe(429);
    expect(fake.rejected429).toBe(2);
  });

  it("when the next send is flooded for its chat, then that chat is refused for retry_after and other chats are not", async () => {
    const { fake, bot } = await setUp();
    fake.floodNextSend(30);

    const error = await rejection(bot.api.sendMessage(CHAT, "first"));

    expect(error.error_code).toBe(429);
    expect(error.parameters.retry_after).toBe(30);
    expect((await rejection(bot.api.sendMessage(CHAT, "again"))).parameters.retry_after).toBeGreaterThanOrEqual(29);
    await expect(bot.api.sendMessage(CHAT + 1, "elsewhere")).resolves.toBeDefined();
    expect(fake.messagesTo(CHAT)).toHaveLength(0);
  });

  it("when sends are held and the client goes away, then the held message is never delivered", async () => {
    const { fake } = await setUp();
    fake.holdSends();
    const controller = new AbortController();
    const request = fetch(`${fake.apiRoot}/bot123:test/sendMessage`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ chat_id: CHAT, text: "lost" }),
      signal: controller.signal,
    }).catch(() => undefined);
    await vi.waitFor(() => expect(fake.heldCount).toBe(1));
    controller.abort();
    await request;
    await vi.waitFor(() => expect(fake.heldCount).toBe(0));
    fake.releaseSends();
    expect(fake.messagesTo(CHAT)).toHaveLength(0);
  });

  it("when sends to one chat are held, then other chats' sends pass, and the held one arrives on release", async () => {
    const { fake, bot } = await setUp();
    fake.holdSends([CHAT]);
    const held = bot.api.sendMessage(CHAT, "held");
    await vi.waitFor(() => expect(fake.heldCount).toBe(1));
    await bot.api.sendMessage(CHAT + 1, "passes");
    expect(fake.messagesTo(CHAT + 1)).toHaveLength(1);
    expect(fake.messagesTo(CHAT)).toHaveLength(0);
    fake.releaseSends();
    await held;
    expect(fake.messagesTo(CHAT).map((m) => m.text)).toEqual(["held"]);
  });

  it("when the bot uploads a document from a Buffer, then its bytes are recorded and downloadable", async () => {
    const { fake, bot } = await setUp();
    const bytes = Buffer.from([0, 1, 2, 254, 255, 13, 10, 45, 45]);

    const sent = await bot.api.sendDocument(CHAT, new InputFile(bytes, "report.bin"), {
      caption: "Monthly report",
      reply_markup: new InlineKeyboard().text("OK", "ok"),
    });

    const recorded = fake.lastMessageTo(CHAT);
    expect(recorded).toMatchObject({
      method: "sendDocument",
      caption: "Monthly report",
      document: { filename: "report.bin", bytes },
      replyMarkup: { inline_keyboard: [[{ text: "OK", callback_data: "ok" }]] },
    });
    expect(fake.calls.at(-1)?.payload).toMatchObject({
      chat_id: String(CHAT),
      caption: "Monthly report",
      document: { filename: "report.bin", size: bytes.length },
    });
    expect(sent.document).toMatchObject({ file_name: "report.bin", file_size: bytes.length });

    const file = await bot.api.getFile(sent.document?.file_id ?? "");
    const download = await fetch(`${fake.apiRoot}/file/bot123:test/${file.file_path}`);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);
  });

  it("when a photo's caption is edited, then the caption changes and editMessageText is refused", async () => {
    const { fake, bot } = await setUp();
    const sent = await bot.api.sendPhoto(CHAT, new InputFile(Buffer.from("jpeg"), "cat.jpg"), {
      caption: "Cat",
    });

    await bot.api.editMessageCaption(CHAT, sent.message_id, { caption: "Two cats" });
    const error = await rejection(bot.api.editMessageText(CHAT, sent.message_id, "text"));

    expect(sent.photo?.[0]).toMatchObject({ file_size: 4 });
    expect(fake.lastMessageTo(CHAT)).toMatchObject({
      method: "sendPhoto",
      caption: "Two cats",
      edits: 1,
      photo: { filename: "cat.jpg" },
    });
    expect(error.description).toBe("Bad Request: there is no text in the message to edit");
  });

  it("when the bot copies a user's message and its own document, then the copies carry their content", async () => {
    const { fake, bot } = await setUp();
    const { message } = fake.pushUpdate({
      message: userText(fake, "please forward"),
    });
    const document = await bot.api.sendDocument(CHAT, new InputFile(Buffer.from("pdf"), "a.pdf"));
    const admin = -1001;

    const copiedText = await bot.api.copyMessage(admin, CHAT, message?.message_id ?? 0);
    await bot.api.copyMessage(admin, CHAT, document.message_id, { caption: "From user" });

    expect(copiedText).toEqual({ message_id: 1 });
    expect(fake.messagesTo(admin)).toMatchObject([
      { method: "copyMessage", text: "please forward" },
      { method: "copyMessage", caption: "From user", document: { filename: "a.pdf" } },
    ]);
    const missing = await rejection(bot.api.copyMessage(admin, CHAT, 99));
    expect(missing.description).toBe("Bad Request: message to copy not found");
  });

  it("when the bot answers a callback query, then the answer is recorded", async () => {
    const { fake, bot } = await setUp();

    await bot.api.answerCallbackQuery("query-1", { text: "Saved", show_alert: true });
    await bot.api.answerCallbackQuery("query-2");

    expect(fake.callbackAnswers).toEqual([{ callbackQueryId: "query-1", text: "Saved", showAlert: true }, { callbackQueryId: "query-2" }]);
  });

  it("when the bot answers a callback query a second time, then Telegram's 400 comes back and the first answer stands", async () => {
    const { fake, bot } = await setUp();
    await bot.api.answerCallbackQuery("query-1", { text: "First" });

    const error = await rejection(bot.api.answerCallbackQuery("query-1", { text: "Second", show_alert: true }));

    expect(error.error_code).toBe(400);
    expect(error.description).toBe("Bad Request: query is too old and response timeout expired or query ID is invalid");
    expect(fake.callbackAnswers).toEqual([{ callbackQueryId: "query-1", text: "First" }]);
  });

  it("when an unknown method is called, then 404 'method not found' comes back", async () => {
    const { bot } = await setUp();

    const error = await rejection(bot.api.raw.sendDice({ chat_id: CHAT }));

    expect(error.error_code).toBe(404);
    expect(error.description).toBe("Not Found: method not found");
  });

  it("when commands are set for a scope and language, then commandsFor returns them until deleted", async () => {
    const { fake, bot } = await setUp();
    const scope = { type: "chat", chat_id: CHAT } as const;
    const commands = [{ command: "start", description: "Start" }];

    await bot.api.setMyCommands(commands, { scope, language_code: "fa" });

    expect(fake.commandsFor(scope, "fa")).toEqual(commands);
    expect(fake.commandsFor(scope)).toBeUndefined();
    expect(fake.commandsFor({ type: "default" }, "fa")).toBeUndefined();
    expect(fake.commands).toEqual([{ scope, languageCode: "fa", commands }]);

    await bot.api.deleteMyCommands({ scope, language_code: "fa" });

    expect(fake.commandsFor(scope, "fa")).toBeUndefined();
    expect(fake.commands).toEqual([]);
  });

  it("when a person looks at their command menu, then the most specific list for their chat and language wins", async () => {
    const { fake, bot } = await setUp();
    const command = (name: string) => [{ command: name, description: name }];
    await bot.api.setMyCommands(command("everyone"));
    await bot.api.setMyCommands(command("persian"), { language_code: "fa" });
    await bot.api.setMyCommands(command("private"), { scope: { type: "all_private_chats" } });
    await bot.api.setMyCommands(command("mine"), { scope: { type: "chat", chat_id: CHAT } });
    await bot.api.setMyCommands(command("mine_fa"), { scope: { type: "chat", chat_id: CHAT }, language_code: "fa" });

    expect(fake.commandsVisibleTo(CHAT, "fa")).toEqual(command("mine_fa"));
    expect(fake.commandsVisibleTo(CHAT, "en")).toEqual(command("mine"));
    expect(fake.commandsVisibleTo(CHAT + 1, "fa")).toEqual(command("private"));
    await bot.api.deleteMyCommands({ scope: { type: "all_private_chats" } });
    expect(fake.commandsVisibleTo(CHAT + 1, "fa")).toEqual(command("persian"));
    expect(fake.commandsVisibleTo(CHAT + 1, "en")).toEqual(command("everyone"));
  });

  it("when the bot sends, edits and deletes, and answers a button, then subscribers hear each change with the HTML as sent", async () => {
    const { fake, bot } = await setUp();
    const events: string[] = [];
    const unsubscribe = fake.subscribe((event) =>
      events.push(
        event.type === "message"
          ? `${event.message.messageId}:${event.message.html ?? event.message.text}:${event.message.deleted ? "deleted" : event.message.edits}`
          : `answer:${event.answer.text}`,
      ),
    );
    const sent = await bot.api.sendMessage(CHAT, "<b>Hello</b> &amp; welcome", { parse_mode: "HTML" });
    await bot.api.editMessageText(CHAT, sent.message_id, "Plain now");
    await bot.api.answerCallbackQuery("query-1", { text: "Done" });
    await bot.api.deleteMessage(CHAT, sent.message_id);
    unsubscribe();
    await bot.api.sendMessage(CHAT, "Nobody listens");

    expect(events).toEqual([
      `${sent.message_id}:<b>Hello</b> &amp; welcome:0`,
      `${sent.message_id}:Plain now:1`,
      "answer:Done",
      `${sent.message_id}:Plain now:deleted`,
    ]);
    expect(fake.sent[0]?.text).toBe("Plain now");
  });

  it("when a pushed update arrives during a long poll, then getUpdates answers with it at once", async () => {
    const { fake, bot } = await setUp();
    const started = Date.now();

    const poll = bot.api.getUpdates({ timeout: 10 });
    setTimeout(
      () =>
        fake.pushUpdate({
          message: userText(fake, "hi"),
        }),
      50,
    );
    const updates = await poll;

    expect(Date.now() - started).toBeLessThan(5000);
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ update_id: 1, message: { message_id: 1, text: "hi" } });
    // Asking from the next offset confirms the update.
    await expect(bot.api.getUpdates({ offset: 2, timeout: 0 })).resolves.toEqual([]);
    // The bot's next message in that chat continues the same numbering.
    await expect(bot.api.sendMessage(CHAT, "hello")).resolves.toMatchObject({ message_id: 2 });
  });

  it("when the fake stops during a long poll, then the poll answers with no updates", async () => {
    const { fake, bot } = await setUp();

    const poll = bot.api.getUpdates({ timeout: 30 });
    await vi.waitFor(() => expect(fake.calls).toHaveLength(1));
    await fake.stop();

    await expect(poll).resolves.toEqual([]);
  });

  it("when a polling bot gets a pushed message, then its reply is recorded", async () => {
    const { fake, bot } = await setUp();
    bot.on("message:text", (ctx) => ctx.reply(`echo: ${ctx.msg.text}`));
    const polling = bot.start();

    fake.pushUpdate({
      message: userText(fake, "salam"),
    });
    await vi.waitFor(() => expect(fake.lastMessageTo(CHAT)?.text).toBe("echo: salam"));
    await bot.stop();
    await polling;

    expect(fake.lastMessageTo(CHAT)?.messageId).toBe(2);
  });
});
