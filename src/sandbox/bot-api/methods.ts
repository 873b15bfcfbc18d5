/**
 * The Bot API methods the fake answers, over an in-memory Telegram: chats and
 * their messages, updates waiting for getUpdates, files, command lists and
 * callback answers. It imitates the Telegram behaviour bots commonly trip over:
 * length limits, "message is not modified" on no-op edits, a second answer to
 * one callback query, and long polling.
 */
import type { BotCommand, BotCommandScope, Chat, File, Message, MessageId, Update, User, UserFromGetMe, WebhookInfo } from "grammy/types";
import type { Faults } from "./faults.js";
import type { FloodControl } from "./flood.js";
import {
  type ApiRequest,
  badRequest,
  boolParam,
  chatIdParam,
  intParam,
  isRecord,
  stringParam,
  TelegramError,
  type Upload,
} from "./protocol.js";

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

type Handler = (request: ApiRequest) => unknown;

/** The content that copyMessage carries over from the original message. */
type CopyableContent = Pick<FakeMessage, "text" | "caption" | "html" | "parseMode" | "document" | "photo">;

const MAX_TEXT_LENGTH = 4096;
const MAX_CAPTION_LENGTH = 1024;
const MAX_CALLBACK_DATA_BYTES = 64;
const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

export class BotApiMethods {
  readonly botInfo: UserFromGetMe;
  readonly sent: FakeMessage[] = [];
  readonly callbackAnswers: FakeCallbackAnswer[] = [];
  /** The bot's messages by `chatId:messageId` and the answered callback query ids: looked up on every edit and answer. */
  private readonly sentByKey = new Map<string, FakeMessage>();
  private readonly answeredQueries = new Set<string>();
  /** The command lists currently set, one per scope and language. */
  readonly commands: FakeCommandList[] = [];

  private readonly handlers: Map<string, Handler>;
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
  private webhookUrl = "";
  private readonly listeners = new Set<(event: FakeBotApiEvent) => void>();
  private stopping = false;

  constructor(
    botUsername: string | undefined,
    protected readonly flood: FloodControl,
    protected readonly faults: Faults,
  ) {
    this.botInfo = {
      id: 7000000001,
      is_bot: true,
      first_name: "Samanyar",
      username: botUsername ?? "samanyar_test_bot",
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
        this.faults.assertReachable(chatIdParam(payload.chat_id));
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
  }

  /** Answers one method call. */
  protected dispatch(method: string, request: ApiRequest): unknown {
    const handler = this.handlers.get(method.toLowerCase());
    if (!handler) throw new TelegramError(404, "Not Found: method not found");
    return handler(request);
  }

  /** Answers pending long polls with [] from now on. */
  protected stopPolling(): void {
    this.stopping = true;
    for (const wake of [...this.pollers]) wake();
  }

  /** The bytes of a file by its file_path, as downloads ask for it. */
  protected fileAt(filePath: string): Buffer | undefined {
    return [...this.files.values()].find((candidate) => candidate.filePath === filePath)?.bytes;
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
   * The message_id for a message a user sends to the chat. Telegram numbers a
   * private chat's messages in one sequence, whoever sent them, so ids for
   * incoming messages must come from the same counter as the bot's.
   */
  nextUserMessageId(chatId: number): number {
    const messageId = this.nextMessageId(chatId);
    this.userMessages.set(messageKey(chatId, messageId), null);
    return messageId;
  }

  /** Remembers a message a user sent (delivered to the bot directly), so the bot can copy it. */
  rememberUserMessage(message: Message): void {
    this.userMessages.set(messageKey(message.chat.id, message.message_id), message);
  }

  /** A file a user sends (a photo or document), known by its file_id from then on. */
  userFile(kind: "photo" | "document", bytes: Buffer, filename: string): FakeFile {
    return this.storeFile(kind, { filename, bytes });
  }

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
    this.flood.admit(chatId, payload.allow_paid_broadcast === true);
    this.faults.assertReachable(chatId);
    return chatId;
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
    this.sentByKey.set(messageKey(chatId, message.messageId), message);
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
    const message = this.sentByKey.get(messageKey(chatId, messageId));
    return message?.deleted ? undefined : message;
  }

  // --- Everything else ---

  private answerCallbackQuery(payload: Record<string, unknown>): true {
    const callbackQueryId = stringParam(payload.callback_query_id);
    // Telegram takes one answer per callback query and refuses any other.
    if (!callbackQueryId || this.answeredQueries.has(callbackQueryId)) {
      throw badRequest("query is too old and response timeout expired or query ID is invalid");
    }
    const answer = withoutUndefined({ callbackQueryId, text: stringParam(payload.text), showAlert: boolParam(payload.show_alert) });
    this.answeredQueries.add(callbackQueryId);
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
