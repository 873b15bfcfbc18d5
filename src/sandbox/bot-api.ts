/**
 * A fake Telegram Bot API server, the one implementation behind the tests and
 * the local sandbox (npm run sandbox), which shows its chats in a browser.
 *
 * Point grammY at it with `new Bot(token, { client: { apiRoot: fake.apiRoot } })`.
 * Everything lives in memory. Besides recording what the bot does, it imitates
 * the Telegram behaviour bots commonly trip over: length limits, "message is not
 * modified" on no-op edits, a second answer to one callback query, users who
 * blocked the bot, flood control (429 with retry_after) and long polling.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { BotCommand, BotCommandScope, Chat, File, Message, MessageId, Update, User, UserFromGetMe, WebhookInfo } from "grammy/types";

export interface FakeBotApiOptions {
  botUsername?: string;
  /** Most message sends allowed in any one-second window, over all chats. Unlimited when omitted. */
  globalPerSecond?: number;
  /** Most message sends allowed to one chat in any one-second window. Unlimited when omitted. */
  perChatPerSecond?: number;
}

/** One Bot API request, as received. */
export interface FakeCall {
  method: string;
  /** The parsed JSON body, or the form fields with each uploaded file replaced by `{ filename, size }`. */
  payload: Record<string, unknown>;
  /** `Date.now()` on arrival. */
  at: number;
  /** The error code answered, when the call was refused (429, 403, 400 ...). */
  errorCode?: number;
}

/** A file the bot uploaded. Its bytes are served under `{apiRoot}/file/bot{token}/{filePath}`. */
export interface FakeFile {
  filename: string;
  bytes: Buffer;
  fileId: string;
  fileUniqueId: string;
  filePath: string;
}

/** A message the bot produced. Edits and deletions change it in place. */
export interface FakeMessage {
  chatId: number;
  messageId: number;
  /** The Bot API method that produced it, e.g. "sendMessage". */
  method: string;
  /** Unix seconds. */
  date: number;
  text?: string;
  caption?: string;
  /** The text or caption as sent with parse_mode HTML, tags and all, for a client that shows formatting. */
  html?: string;
  /** reply_markup exactly as the bot sent it, inline keyboard or not. */
  // biome-ignore lint/suspicious/noExplicitAny: tests reach into whichever keyboard type they expect
  replyMarkup?: any;
  parseMode?: string;
  document?: FakeFile;
  photo?: FakeFile;
  edits: number;
  deleted: boolean;
}

export interface FakeCallbackAnswer {
  callbackQueryId: string;
  text?: string;
  showAlert?: boolean;
}

/** What changed, for a client following the chats live (the sandbox page). */
export type FakeBotApiEvent = { type: "message"; message: FakeMessage } | { type: "callback-answer"; answer: FakeCallbackAnswer };

export interface FakeCommandList {
  scope: BotCommandScope;
  languageCode?: string;
  commands: BotCommand[];
}

/** A file part of a multipart request. */
interface Upload {
  filename: string;
  bytes: Buffer;
}

/** What a method handler gets to work with. */
interface ApiRequest {
  payload: Record<string, unknown>;
  /** Uploaded files by the parameter they were attached to, e.g. "document". */
  uploads: Map<string, Upload>;
  /** Aborted when the client goes away, e.g. when grammY cancels a long poll. */
  closed: AbortSignal;
}

type Handler = (request: ApiRequest) => unknown;

/** Methods that deliver a message to a chat. */
const SEND_METHODS = new Set(["sendMessage", "copyMessage", "sendPhoto", "sendDocument"]);

/** The content that copyMessage carries over from the original message. */
type CopyableContent = Pick<FakeMessage, "text" | "caption" | "html" | "parseMode" | "document" | "photo">;

/** An error answered the way Telegram does: `{ ok: false, error_code, description, parameters? }`. */
class TelegramError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: { retry_after: number },
  ) {
    super(description);
  }
}

const badRequest = (what: string) => new TelegramError(400, `Bad Request: ${what}`);

const MAX_TEXT_LENGTH = 4096;
const MAX_CAPTION_LENGTH = 1024;
const MAX_CALLBACK_DATA_BYTES = 64;
const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";
/** Object-typed parameters, which arrive JSON-encoded when the request is multipart/form-data. */
const JSON_FIELDS = new Set([
  "reply_markup",
  "reply_parameters",
  "link_preview_options",
  "entities",
  "caption_entities",
  "commands",
  "scope",
  "menu_button",
  "allowed_updates",
]);

export class FakeBotApi {
  readonly botInfo: UserFromGetMe;
  readonly calls: FakeCall[] = [];
  readonly sent: FakeMessage[] = [];
  readonly callbackAnswers: FakeCallbackAnswer[] = [];
  /** The command lists currently set, one per scope and language. */
  readonly commands: FakeCommandList[] = [];
  /** How many sends were refused with 429 by flood control. */
  rejected429 = 0;

  private readonly handlers: Map<string, Handler>;
  private readonly blocked = new Set<number>();
  /** Uploaded files by file_id. */
  private readonly files = new Map<string, FakeFile>();
  /** Last message_id used per chat, shared by the bot's messages and the users'. */
  private readonly lastMessageIds = new Map<number, number>();
  /**
   * Users' messages by `chatId:messageId`: the message itself when it came in
   * through pushUpdate, null when only its id was handed out by nextUserMessageId.
   */
  private readonly userMessages = new Map<string, Message | null>();
  /** Updates not yet confirmed by a getUpdates offset. */
  private updates: Update[] = [];
  private nextUpdateId = 1;
  /** Wake-up calls of the getUpdates requests currently waiting for an update. */
  private readonly pollers = new Set<() => void>();
  /** Sends counted by flood control during the last second. */
  private recentSends: Array<{ chatId: number; at: number }> = [];
  private webhookUrl = "";
  private readonly listeners = new Set<(event: FakeBotApiEvent) => void>();
  private stopping = false;
  private readonly inFlight = new Set<Promise<void>>();

  private constructor(
    private readonly server: Server,
    readonly apiRoot: string,
    private options: FakeBotApiOptions,
  ) {
    this.botInfo = {
      id: 7000000001,
      is_bot: true,
      first_name: "Samanyar",
      username: options.botUsername ?? "samanyar_test_bot",
      can_join_groups: false,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
      has_topics_enabled: false,
      allows_users_to_create_topics: false,
      can_manage_bots: false,
      supports_join_request_queries: false,
    };
    const handlers: Record<string, Handler> = {
      getMe: () => this.botInfo,
      getUpdates: (request) => this.getUpdates(request),
      setWebhook: ({ payload }) => this.setWebhook(stringParam(payload.url) ?? "", payload),
      deleteWebhook: ({ payload }) => this.setWebhook("", payload),
      getWebhookInfo: () =>
        ({
          url: this.webhookUrl,
          has_custom_certificate: false,
          pending_update_count: this.updates.length,
        }) satisfies WebhookInfo,
      close: () => true,
      logOut: () => true,
      setMyDescription: () => true,
      setMyShortDescription: () => true,
      setChatMenuButton: () => true,
      setMyCommands: ({ payload }) => this.setMyCommands(payload),
      deleteMyCommands: ({ payload }) => {
        this.storeCommands(payload, undefined);
        return true;
      },
      getMyCommands: ({ payload }) => this.commandsFor(scopeParam(payload.scope), stringParam(payload.language_code)) ?? [],
      sendChatAction: ({ payload }) => {
        this.assertReachable(chatIdParam(payload.chat_id));
        return true;
      },
      sendMessage: ({ payload }) => this.sendMessage(payload),
      sendPhoto: (request) => this.sendMedia("sendPhoto", "photo", request),
      sendDocument: (request) => this.sendMedia("sendDocument", "document", request),
      copyMessage: ({ payload }) => this.copyMessage(payload),
      editMessageText: ({ payload }) => this.editMessageText(payload),
      editMessageCaption: ({ payload }) => this.editMessageCaption(payload),
      editMessageReplyMarkup: ({ payload }) => this.editMessageReplyMarkup(payload),
      deleteMessage: ({ payload }) => this.deleteMessage(payload),
      answerCallbackQuery: ({ payload }) => this.answerCallbackQuery(payload),
      getFile: ({ payload }) => this.getFile(payload),
    };
    // Bot API method names are case-insensitive.
    this.handlers = new Map(Object.entries(handlers).map(([name, handler]) => [name.toLowerCase(), handler]));
    server.on("request", (req: IncomingMessage, res: ServerResponse) => {
      const handling = this.handle(req, res)
        .catch((error: unknown) =>
          sendJson(res, 500, {
            ok: false,
            error_code: 500,
            description: `Internal Server Error: ${String(error)}`,
          }),
        )
        .finally(() => this.inFlight.delete(handling));
      this.inFlight.add(handling);
    });
  }

  /** Starts a fake on a random port of 127.0.0.1. Flood control is off unless limits are given. */
  static async start(options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", resolve);
    });
    const { port } = server.address() as AddressInfo;
    return new FakeBotApi(server, `http://127.0.0.1:${port}`, options);
  }

  /** Answers pending long polls with [], waits for requests in progress, then closes the server. */
  async stop(): Promise<void> {
    if (!this.server.listening) return;
    this.stopping = true;
    for (const wake of [...this.pollers]) wake();
    await Promise.allSettled([...this.inFlight]);
    const closed = new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
    // grammY keeps connections alive; they would hold close() open.
    this.server.closeAllConnections();
    await closed;
  }

  /** The bot's messages in a chat that were not deleted, oldest first. */
  messagesTo(chatId: number): FakeMessage[] {
    return this.sent.filter((message) => message.chatId === chatId && !message.deleted);
  }

  lastMessageTo(chatId: number): FakeMessage | undefined {
    return this.messagesTo(chatId).at(-1);
  }

  /** Calls `listener` on every message the bot sends, edits or deletes, and every callback answer; returns the unsubscribe. */
  subscribe(listener: (event: FakeBotApiEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: FakeBotApiEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  /** A file the bot sent or a user uploaded, by its file_id. */
  file(fileId: string): FakeFile | undefined {
    return this.files.get(fileId);
  }

  /**
   * The command menu a person sees in their private chat, resolved as Telegram
   * does: their chat's scope, then all private chats, then the default; at each
   * step the list for their language before the one for all languages.
   */
  commandsVisibleTo(chatId: number, languageCode?: string): BotCommand[] {
    const scopes: BotCommandScope[] = [{ type: "chat", chat_id: chatId }, { type: "all_private_chats" }, { type: "default" }];
    for (const scope of scopes) {
      const found = (languageCode && this.commandsFor(scope, languageCode)) || this.commandsFor(scope);
      if (found) return found;
    }
    return [];
  }

  /** The command list set for exactly this scope and language, if any. */
  commandsFor(scope: object, languageCode?: string): BotCommand[] | undefined {
    const key = commandsKey(scope, languageCode);
    return this.commands.find((entry) => commandsKey(entry.scope, entry.languageCode) === key)?.commands;
  }

  /**
   * Makes sends (and chat actions) to the chat answer 403, as when a user blocked
   * the bot or a group removed it.
   */
  block(chatId: number): void {
    this.blocked.add(chatId);
  }

  unblock(chatId: number): void {
    this.blocked.delete(chatId);
  }

  /**
   * The message_id for a message a user sends to the chat. Telegram numbers a
   * private chat's messages in one sequence, whoever sent them, so ids for
   * incoming messages must come from the same counter as the bot's.
   */
  nextUserMessageId(chatId: number): number {
    const messageId = this.nextMessageId(chatId);
    this.userMessages.set(messageKey(chatId, messageId), null);
    return messageId;
  }

  /** Changes the flood limits from now on (e.g. tighter than the bot's own rate, to provoke 429s). */
  setLimits(limits: Pick<FakeBotApiOptions, "globalPerSecond" | "perChatPerSecond">): void {
    this.options = { ...this.options, ...limits };
  }

  /** Remembers a message a user sent (delivered to the bot directly), so the bot can copy it. */
  rememberUserMessage(message: Message): void {
    this.userMessages.set(messageKey(message.chat.id, message.message_id), message);
  }

  /** A file a user sends (a photo or document), known by its file_id from then on. */
  userFile(kind: "photo" | "document", bytes: Buffer, filename: string): FakeFile {
    return this.storeFile(kind, { filename, bytes });
  }

  /**
   * Holds every message send from now on without answering, as a stalled
   * network would, until release(). A request whose client goes away meanwhile
   * (a killed process) is dropped undelivered.
   */
  holdSends(): void {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.hold = { released, release };
  }

  releaseSends(): void {
    this.hold?.release();
    this.hold = null;
  }

  /** Answers the next message sends to the chat with these error codes, one each (e.g. 500 for a Telegram hiccup, 400 for a refusal). */
  failNextSends(chatId: number, ...codes: number[]): void {
    this.failures.set(chatId, [...(this.failures.get(chatId) ?? []), ...codes]);
  }

  private readonly failures = new Map<number, number[]>();

  /** Sends waiting in holdSends(). */
  heldCount = 0;
  private hold: { released: Promise<void>; release: () => void } | null = null;

  /** Queues an update for getUpdates, numbering it, and wakes a waiting long poll. */
  pushUpdate(update: Omit<Update, "update_id">): Update {
    const numbered: Update = { update_id: this.nextUpdateId++, ...update };
    const message = update.message;
    if (message) {
      const chatId = message.chat.id;
      this.userMessages.set(messageKey(chatId, message.message_id), message);
      // Keep the shared counter ahead of ids a test made up on its own.
      if (message.message_id > (this.lastMessageIds.get(chatId) ?? 0)) {
        this.lastMessageIds.set(chatId, message.message_id);
      }
    }
    this.updates.push(numbered);
    for (const wake of [...this.pollers]) wake();
    return numbered;
  }

  // --- HTTP ---

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? "/", this.apiRoot);
    const download = /^\/file\/bot[^/]+\/(.+)$/.exec(pathname);
    if (download) {
      this.serveFile(decodeURIComponent(download[1] ?? ""), res);
      return;
    }
    const route = /^\/bot[^/]+\/([^/]+)$/.exec(pathname);
    if (!route) {
      sendJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
      return;
    }
    const method = route[1] ?? "";
    let call: FakeCall | undefined;
    const closed = new AbortController();
    res.on("close", () => closed.abort());
    try {
      const { payload, uploads } = parseParameters(req.headers["content-type"], await readBody(req));
      if (this.hold && SEND_METHODS.has(method)) {
        this.heldCount++;
        await Promise.race([this.hold.released, new Promise((resolve) => closed.signal.addEventListener("abort", resolve))]);
        this.heldCount--;
        // The client went away while the request was held (its process was killed): nothing was delivered.
        if (closed.signal.aborted) return;
      }
      call = { method, payload, at: Date.now() };
      this.calls.push(call);
      const failure = SEND_METHODS.has(method) ? this.failures.get(Number(payload.chat_id))?.shift() : undefined;
      if (failure) throw new TelegramError(failure, failure >= 500 ? "Internal Server Error" : "Bad Request: message can't be copied");
      const handler = this.handlers.get(method.toLowerCase());
      if (!handler) throw new TelegramError(404, "Not Found: method not found");
      const result = await handler({ payload, uploads, closed: closed.signal });
      sendJson(res, 200, { ok: true, result });
    } catch (error) {
      if (!(error instanceof TelegramError)) throw error;
      if (call) call.errorCode = error.code;
      sendJson(res, error.code, {
        ok: false,
        error_code: error.code,
        description: error.description,
        ...(error.parameters && { parameters: error.parameters }),
      });
    }
  }

  private serveFile(filePath: string, res: ServerResponse): void {
    const file = [...this.files.values()].find((candidate) => candidate.filePath === filePath);
    if (!file) {
      sendJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
      return;
    }
    res.writeHead(200, {
      "content-type": "application/octet-stream",
      "content-length": file.bytes.length,
    });
    res.end(file.bytes);
  }

  // --- Updates ---

  private async getUpdates({ payload, closed }: ApiRequest): Promise<Update[]> {
    if (this.webhookUrl) {
      throw new TelegramError(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    }
    // Asking from offset N confirms every update before N: Telegram forgets them for good.
    // (Negative offsets, which count from the end of the queue, are not imitated.)
    const offset = intParam(payload.offset);
    if (offset !== undefined) {
      this.updates = this.updates.filter((update) => update.update_id >= offset);
    }
    const limit = Math.min(Math.max(intParam(payload.limit) ?? 100, 1), 100);
    const timeout = intParam(payload.timeout) ?? 0;
    if (this.updates.length === 0 && timeout > 0 && !this.stopping) {
      await this.waitForUpdate(timeout * 1000, closed);
    }
    return this.updates.slice(0, limit);
  }

  /** Resolves when an update is pushed, the fake stops, the client leaves, or the time is up. */
  private waitForUpdate(timeoutMs: number, closed: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.pollers.delete(wake);
        closed.removeEventListener("abort", wake);
        resolve();
      };
      const timer = setTimeout(wake, timeoutMs);
      this.pollers.add(wake);
      closed.addEventListener("abort", wake);
    });
  }

  /**
   * setWebhook and deleteWebhook. The fake never delivers to a webhook; a set one
   * only makes getUpdates fail, as on Telegram.
   */
  private setWebhook(url: string, payload: Record<string, unknown>): true {
    this.webhookUrl = url;
    if (boolParam(payload.drop_pending_updates)) this.updates = [];
    return true;
  }

  // --- Sending ---

  private sendMessage(payload: Record<string, unknown>): Message {
    const chatId = this.beginSend(payload);
    const text = checkText(visibleText(stringParam(payload.text), stringParam(payload.parse_mode)));
    checkReplyMarkup(payload.reply_markup);
    return this.toTelegram(
      this.record(chatId, "sendMessage", {
        text,
        html: htmlOf(stringParam(payload.text), stringParam(payload.parse_mode)),
        parseMode: stringParam(payload.parse_mode),
        replyMarkup: payload.reply_markup,
      }),
    );
  }

  private sendMedia(method: string, kind: "photo" | "document", { payload, uploads }: ApiRequest): Message {
    const chatId = this.beginSend(payload);
    const caption = checkCaption(stringParam(payload.caption));
    checkReplyMarkup(payload.reply_markup);
    const file = this.mediaFile(kind, payload, uploads);
    return this.toTelegram(
      this.record(chatId, method, {
        caption,
        html: htmlOf(caption, stringParam(payload.parse_mode)),
        parseMode: stringParam(payload.parse_mode),
        replyMarkup: payload.reply_markup,
        ...(kind === "photo" ? { photo: file } : { document: file }),
      }),
    );
  }

  /** The file to send: a fresh upload, or a file_id of an earlier one. */
  private mediaFile(kind: "photo" | "document", payload: Record<string, unknown>, uploads: Map<string, Upload>): FakeFile {
    const upload = uploads.get(kind);
    if (upload) return this.storeFile(kind, upload);
    const fileId = stringParam(payload[kind]);
    if (!fileId) throw badRequest(`there is no ${kind} in the request`);
    // Also what Telegram says for URLs it cannot fetch; the fake fetches none.
    const known = this.files.get(fileId);
    if (!known) throw badRequest("wrong file identifier/HTTP URL specified");
    return known;
  }

  private copyMessage(payload: Record<string, unknown>): MessageId {
    const chatId = this.beginSend(payload);
    const source = this.copySource(intParam(payload.from_chat_id), intParam(payload.message_id));
    checkReplyMarkup(payload.reply_markup);
    // A new caption replaces the original one; text messages have none to replace.
    const recaptioned = source.text === undefined && payload.caption !== undefined;
    const copy = this.record(chatId, "copyMessage", {
      ...source,
      caption: recaptioned ? checkCaption(stringParam(payload.caption)) : source.caption,
      html: recaptioned ? htmlOf(stringParam(payload.caption), stringParam(payload.parse_mode)) : source.html,
      parseMode: recaptioned ? stringParam(payload.parse_mode) : source.parseMode,
      replyMarkup: payload.reply_markup,
    });
    return { message_id: copy.messageId };
  }

  /**
   * The content of a message to copy: one of the bot's own, or a user's message
   * that came in through pushUpdate. Media of a user's message can only be
   * carried over when its file_id is one the fake knows.
   */
  private copySource(chatId: number | undefined, messageId: number | undefined): CopyableContent {
    if (chatId === undefined || messageId === undefined) {
      throw badRequest("message to copy not found");
    }
    const own = this.findSent(chatId, messageId);
    if (own) {
      const { text, caption, html, parseMode, document, photo } = own;
      return { text, caption, html, parseMode, document, photo };
    }
    const incoming = this.userMessages.get(messageKey(chatId, messageId));
    if (!incoming) throw badRequest("message to copy not found");
    return {
      text: incoming.text,
      caption: incoming.caption,
      document: incoming.document && this.files.get(incoming.document.file_id),
      photo: incoming.photo && this.files.get(incoming.photo.at(-1)?.file_id ?? ""),
    };
  }

  /** What Telegram checks before a message goes out: a valid chat, flood control, not blocked. */
  private beginSend(payload: Record<string, unknown>): number {
    const chatId = chatIdParam(payload.chat_id);
    this.enforceFloodControl(chatId);
    this.assertReachable(chatId);
    return chatId;
  }

  private assertReachable(chatId: number): void {
    if (!this.blocked.has(chatId)) return;
    throw new TelegramError(403, chatId < 0 ? "Forbidden: bot was kicked from the group chat" : "Forbidden: bot was blocked by the user");
  }

  /**
   * Flood control over a sliding one-second window. Telegram's real limits are
   * fuzzier; this makes them deterministic enough to test a bot's back-off.
   */
  private enforceFloodControl(chatId: number): void {
    const { globalPerSecond, perChatPerSecond } = this.options;
    if (globalPerSecond === undefined && perChatPerSecond === undefined) return;
    const now = Date.now();
    this.recentSends = this.recentSends.filter((send) => send.at > now - 1000);
    const toChat = this.recentSends.filter((send) => send.chatId === chatId).length;
    if (
      (globalPerSecond !== undefined && this.recentSends.length >= globalPerSecond) ||
      (perChatPerSecond !== undefined && toChat >= perChatPerSecond)
    ) {
      this.rejected429++;
      // Every counted send leaves the window within a second, so one second always suffices.
      throw new TelegramError(429, "Too Many Requests: retry after 1", { retry_after: 1 });
    }
    this.recentSends.push({ chatId, at: now });
  }

  private record(
    chatId: number,
    method: string,
    content: Omit<FakeMessage, "chatId" | "messageId" | "method" | "date" | "edits" | "deleted">,
  ): FakeMessage {
    const message: FakeMessage = {
      chatId,
      messageId: this.nextMessageId(chatId),
      method,
      date: unixNow(),
      ...withoutUndefined(content),
      edits: 0,
      deleted: false,
    };
    this.sent.push(message);
    this.emit({ type: "message", message });
    return message;
  }

  private storeFile(kind: "photo" | "document", upload: Upload): FakeFile {
    const number = this.files.size + 1;
    const extension = kind === "photo" ? ".jpg" : (/\.[A-Za-z0-9]+$/.exec(upload.filename)?.[0] ?? "");
    const file: FakeFile = {
      ...upload,
      fileId: `fake_${kind}_${number}`,
      fileUniqueId: `fake_unique_${number}`,
      // Telegram's own layout, e.g. "documents/file_3.pdf".
      filePath: `${kind}s/file_${number}${extension}`,
    };
    this.files.set(file.fileId, file);
    return file;
  }

  private nextMessageId(chatId: number): number {
    const messageId = (this.lastMessageIds.get(chatId) ?? 0) + 1;
    this.lastMessageIds.set(chatId, messageId);
    return messageId;
  }

  // --- Editing and deleting ---

  private editMessageText(payload: Record<string, unknown>): Message {
    const message = this.messageToEdit(payload);
    if (message.text === undefined) throw badRequest("there is no text in the message to edit");
    const parseMode = stringParam(payload.parse_mode);
    const text = checkText(visibleText(stringParam(payload.text), parseMode));
    checkReplyMarkup(payload.reply_markup);
    // Telegram compares the parsed text and entities; text plus parse_mode is the closest stand-in.
    if (text === message.text && parseMode === message.parseMode && sameJson(payload.reply_markup, message.replyMarkup)) {
      throw badRequest(NOT_MODIFIED);
    }
    message.text = text;
    this.applyEdit(message, parseMode, payload.reply_markup, stringParam(payload.text));
    return this.toTelegram(message, true);
  }

  private editMessageCaption(payload: Record<string, unknown>): Message {
    const message = this.messageToEdit(payload);
    if (!message.document && !message.photo) {
      throw badRequest("there is no caption in the message to edit");
    }
    const caption = checkCaption(stringParam(payload.caption));
    const parseMode = stringParam(payload.parse_mode);
    checkReplyMarkup(payload.reply_markup);
    if (caption === message.caption && parseMode === message.parseMode && sameJson(payload.reply_markup, message.replyMarkup)) {
      throw badRequest(NOT_MODIFIED);
    }
    // Leaving the caption out removes it.
    if (caption === undefined) delete message.caption;
    else message.caption = caption;
    this.applyEdit(message, parseMode, payload.reply_markup, caption);
    return this.toTelegram(message, true);
  }

  private editMessageReplyMarkup(payload: Record<string, unknown>): Message {
    const message = this.messageToEdit(payload);
    checkReplyMarkup(payload.reply_markup);
    if (sameJson(payload.reply_markup, message.replyMarkup)) throw badRequest(NOT_MODIFIED);
    this.applyEdit(message, message.parseMode, payload.reply_markup, message.html);
    return this.toTelegram(message, true);
  }

  /**
   * Finishes an edit. Leaving reply_markup out of an edit removes the message's
   * inline keyboard, as it does on Telegram.
   */
  private applyEdit(message: FakeMessage, parseMode: string | undefined, replyMarkup: unknown, source: string | undefined): void {
    if (parseMode === undefined) delete message.parseMode;
    else message.parseMode = parseMode;
    const html = htmlOf(source, parseMode);
    if (html === undefined) delete message.html;
    else message.html = html;
    if (replyMarkup === undefined) delete message.replyMarkup;
    else message.replyMarkup = replyMarkup;
    message.edits++;
    this.emit({ type: "message", message });
  }

  /** Only the bot's own messages, addressed by chat_id and message_id, can be edited. */
  private messageToEdit(payload: Record<string, unknown>): FakeMessage {
    const chatId = intParam(payload.chat_id);
    const messageId = intParam(payload.message_id);
    if (chatId === undefined || messageId === undefined) {
      throw badRequest("message to edit not found");
    }
    const message = this.findSent(chatId, messageId);
    if (message) return message;
    if (this.userMessages.has(messageKey(chatId, messageId))) {
      throw badRequest("message can't be edited");
    }
    throw badRequest("message to edit not found");
  }

  /** Deletes one of the bot's messages, or a user's message (bots may delete those in private chats). */
  private deleteMessage(payload: Record<string, unknown>): true {
    const chatId = intParam(payload.chat_id) ?? 0;
    const messageId = intParam(payload.message_id) ?? 0;
    const own = this.findSent(chatId, messageId);
    if (own) {
      own.deleted = true;
      this.emit({ type: "message", message: own });
    } else if (!this.userMessages.delete(messageKey(chatId, messageId))) {
      throw badRequest("message to delete not found");
    }
    return true;
  }

  private findSent(chatId: number, messageId: number): FakeMessage | undefined {
    return this.sent.find((message) => message.chatId === chatId && message.messageId === messageId && !message.deleted);
  }

  // --- Everything else ---

  private answerCallbackQuery(payload: Record<string, unknown>): true {
    const callbackQueryId = stringParam(payload.callback_query_id);
    // Telegram takes one answer per callback query and refuses any other.
    if (!callbackQueryId || this.callbackAnswers.some((answer) => answer.callbackQueryId === callbackQueryId)) {
      throw badRequest("query is too old and response timeout expired or query ID is invalid");
    }
    const answer = withoutUndefined({ callbackQueryId, text: stringParam(payload.text), showAlert: boolParam(payload.show_alert) });
    this.callbackAnswers.push(answer);
    this.emit({ type: "callback-answer", answer });
    return true;
  }

  private setMyCommands(payload: Record<string, unknown>): true {
    // Telegram treats a missing list as an empty one, and an empty list as deleting it.
    const list = payload.commands ?? [];
    if (!Array.isArray(list)) throw badRequest("commands must be an array");
    const commands = list.map((item: unknown): BotCommand => {
      const fields = isRecord(item) ? item : {};
      const command = stringParam(fields.command) ?? "";
      const description = stringParam(fields.description) ?? "";
      if (!/^[a-z0-9_]{1,32}$/.test(command)) throw badRequest("BOT_COMMAND_INVALID");
      if (description.length < 1 || description.length > 256) {
        throw badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
      }
      return { command, description };
    });
    this.storeCommands(payload, commands.length > 0 ? commands : undefined);
    return true;
  }

  /** Sets (or, given undefined, removes) the list for the payload's scope and language_code. */
  private storeCommands(payload: Record<string, unknown>, commands: BotCommand[] | undefined): void {
    const scope = scopeParam(payload.scope);
    // An empty language_code means "all languages", the same as leaving it out.
    const languageCode = stringParam(payload.language_code) || undefined;
    const key = commandsKey(scope, languageCode);
    const index = this.commands.findIndex((entry) => commandsKey(entry.scope, entry.languageCode) === key);
    if (index !== -1) this.commands.splice(index, 1);
    if (commands) this.commands.push(withoutUndefined({ scope, languageCode, commands }));
  }

  private getFile(payload: Record<string, unknown>): File {
    const file = this.files.get(stringParam(payload.file_id) ?? "");
    if (!file) throw badRequest("invalid file_id");
    return {
      file_id: file.fileId,
      file_unique_id: file.fileUniqueId,
      file_size: file.bytes.length,
      file_path: file.filePath,
    };
  }

  /** The Message object Telegram would return for a message the bot produced. */
  private toTelegram(message: FakeMessage, edited = false): Message {
    const { id, is_bot, first_name, username } = this.botInfo;
    // In messages, `from` carries only the plain User fields, not getMe's extras.
    const from: User = { id, is_bot, first_name, username };
    const result: Message = {
      message_id: message.messageId,
      date: message.date,
      chat: chatFor(message.chatId),
      from,
    };
    if (edited) result.edit_date = unixNow();
    if (message.text !== undefined) result.text = message.text;
    if (message.caption !== undefined) result.caption = message.caption;
    if (message.document) {
      result.document = {
        file_id: message.document.fileId,
        file_unique_id: message.document.fileUniqueId,
        file_name: message.document.filename,
        file_size: message.document.bytes.length,
      };
    }
    if (message.photo) {
      // Telegram returns several sizes; one is enough here, and its dimensions are not decoded.
      result.photo = [
        {
          file_id: message.photo.fileId,
          file_unique_id: message.photo.fileUniqueId,
          width: 512,
          height: 512,
          file_size: message.photo.bytes.length,
        },
      ];
    }
    // Only inline keyboards belong to a message; reply keyboards are not echoed back.
    if (Array.isArray(message.replyMarkup?.inline_keyboard)) {
      result.reply_markup = message.replyMarkup;
    }
    return result;
  }
}

// --- Helpers ---

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  // The client may be gone already, e.g. a long poll that grammY cancelled.
  if (res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads the method's parameters from a JSON or multipart/form-data body. */
function parseParameters(
  contentType: string | undefined,
  body: Buffer,
): { payload: Record<string, unknown>; uploads: Map<string, Upload> } {
  if (contentType?.startsWith("multipart/form-data")) return parseFormData(contentType, body);
  if (body.length === 0) return { payload: {}, uploads: new Map() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    throw badRequest("can't parse JSON body");
  }
  if (!isRecord(parsed)) throw badRequest("parameters must be a JSON object");
  return { payload: parsed, uploads: new Map() };
}

/**
 * Form fields become parameters, with object-typed ones JSON-decoded. A file is
 * sent as its own part, and the parameter refers to it as "attach://<part name>".
 */
function parseFormData(contentType: string, body: Buffer): { payload: Record<string, unknown>; uploads: Map<string, Upload> } {
  const { fields, files } = parseMultipart(contentType, body);
  const payload: Record<string, unknown> = {};
  const uploads = new Map<string, Upload>();
  for (const [name, value] of fields) {
    const attached = value.startsWith("attach://") ? files.get(value.slice("attach://".length)) : undefined;
    if (attached) {
      uploads.set(name, attached);
      payload[name] = { filename: attached.filename, size: attached.bytes.length };
    } else {
      payload[name] = JSON_FIELDS.has(name) ? parseJsonField(value) : value;
    }
  }
  return { payload, uploads };
}

function parseJsonField(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/**
 * Splits a multipart/form-data body into text fields and files. Written by hand
 * because grammY's encoding (`content-disposition:form-data;name="x";filename=y`,
 * without spaces and with the filename unquoted) is accepted by Telegram but
 * rejected by Node 20's `Request.formData()`.
 */
function parseMultipart(contentType: string, body: Buffer): { fields: Array<[string, string]>; files: Map<string, Upload> } {
  const boundaryMatch = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = boundaryMatch?.[1] ?? boundaryMatch?.[2];
  if (!boundary) throw badRequest("multipart boundary is missing");
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  // A leading CRLF makes the first delimiter look like all the others.
  const data = Buffer.concat([Buffer.from("\r\n"), body]);
  const fields: Array<[string, string]> = [];
  const files = new Map<string, Upload>();
  let position = data.indexOf(delimiter);
  while (position !== -1) {
    const afterDelimiter = position + delimiter.length;
    // "--" right after a delimiter closes the body.
    if (data.toString("latin1", afterDelimiter, afterDelimiter + 2) === "--") break;
    const next = data.indexOf(delimiter, afterDelimiter);
    if (next === -1) throw badRequest("multipart body is not terminated");
    const part = data.subarray(afterDelimiter + 2, next); // + 2 skips the delimiter's CRLF
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd === -1) throw badRequest("multipart part has no headers");
    const headers = part.toString("utf8", 0, headerEnd);
    const content = part.subarray(headerEnd + 4);
    const disposition = /^content-disposition:(.*)$/im.exec(headers)?.[1] ?? "";
    const name = /;\s*name="([^"]*)"/i.exec(disposition)?.[1] ?? "";
    // grammY leaves the filename unquoted as the last attribute, so take the rest of the line.
    const filename = /;\s*filename="([^"]*)"/i.exec(disposition)?.[1] ?? /;\s*filename=(.*)$/i.exec(disposition)?.[1];
    if (filename === undefined) fields.push([name, content.toString("utf8")]);
    else files.set(name, { filename, bytes: Buffer.from(content) });
    position = next;
  }
  return { fields, files };
}

/** Telegram rejects empty texts (whitespace counts as empty) and texts over 4096 characters. */
function checkText(text: string | undefined): string {
  if (text === undefined || text.trim() === "") throw badRequest("message text is empty");
  // Telegram counts after parsing entities, so HTML/Markdown tags would not count there.
  if (text.length > MAX_TEXT_LENGTH) throw badRequest("message is too long");
  return text;
}

function checkCaption(caption: string | undefined): string | undefined {
  if (caption !== undefined && caption.length > MAX_CAPTION_LENGTH) {
    throw badRequest("message caption is too long");
  }
  return caption;
}

/** Inline buttons' callback_data must be 1 to 64 bytes of UTF-8. */
function checkReplyMarkup(markup: unknown): void {
  if (!isRecord(markup) || !Array.isArray(markup.inline_keyboard)) return;
  for (const row of markup.inline_keyboard) {
    for (const button of Array.isArray(row) ? row : []) {
      // Telegram takes http(s) and tg: links only.
      const url = isRecord(button) ? button.url : undefined;
      if (url !== undefined && !(typeof url === "string" && /^(https?|tg):\/\//i.test(url))) throw badRequest("BUTTON_URL_INVALID");
      const data = isRecord(button) ? button.callback_data : undefined;
      if (typeof data !== "string") continue;
      const bytes = Buffer.byteLength(data, "utf8");
      if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) throw badRequest("BUTTON_DATA_INVALID");
    }
  }
}

function chatFor(chatId: number): Chat {
  return chatId < 0 ? { id: chatId, type: "group", title: "Group" } : { id: chatId, type: "private", first_name: "User" };
}

/** Numeric chat ids only: "@channelusername" targets are chats the fake does not know. */
function chatIdParam(value: unknown): number {
  if (value === undefined || value === "") throw badRequest("chat_id is empty");
  const chatId = intParam(value);
  if (chatId === undefined) throw badRequest("chat not found");
  return chatId;
}

/** An integer parameter: a number in JSON, a numeric string in form data. */
function intParam(value: unknown): number | undefined {
  const number = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
  return Number.isSafeInteger(number) ? number : undefined;
}

function stringParam(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  return typeof value === "number" ? String(value) : undefined;
}

function boolParam(value: unknown): boolean | undefined {
  if (value === true || value === "true") return true;
  return value === false || value === "false" ? false : undefined;
}

/** Command lists without a scope belong to the default scope. */
function scopeParam(value: unknown): BotCommandScope {
  return isRecord(value) ? (value as unknown as BotCommandScope) : { type: "default" };
}

function commandsKey(scope: object, languageCode: string | undefined): string {
  return `${canonicalJson(scope)}|${languageCode ?? ""}`;
}

function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** JSON with object keys sorted, so equal values compare equal whatever their key order. */
function canonicalJson(value: unknown): string | undefined {
  return JSON.stringify(value, (_key, inner: unknown) =>
    isRecord(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b))) : inner,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Drops undefined properties, so records hold only the optional fields that were given. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) as T;
}

function messageKey(chatId: number, messageId: number): string {
  return `${chatId}:${messageId}`;
}

function unixNow(): number {
  return Math.floor(Date.now() / 1000);
}

/**
 * Telegram stores the text a person sees: with parse_mode HTML the tags become
 * entities and the escapes characters, and the length limit applies to that.
 */
function visibleText(text: string | undefined, parseMode: string | undefined): string | undefined {
  if (text === undefined || parseMode !== "HTML") return text;
  return text
    .replace(/<[^>]+>/g, "")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&amp;", "&");
}

/** The source of a text or caption sent with parse_mode HTML; nothing for plain ones. */
function htmlOf(source: string | undefined, parseMode: string | undefined): string | undefined {
  return parseMode === "HTML" ? source : undefined;
}
