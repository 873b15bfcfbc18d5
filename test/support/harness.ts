import { Writable } from "node:stream";
import { Queue } from "bullmq";
import type { Message, Update } from "grammy/types";
import { inject } from "vitest";
import { type App, createApp, type Role } from "../../src/app.js";
import { type Config, loadConfig } from "../../src/config.js";
import { createDb } from "../../src/data/prisma.js";
import type { OfficialGrant, OfficialView } from "../../src/domain/officials.js";
import type { Actor } from "../../src/domain/shared/actor.js";
import { LOCALES, type Locale } from "../../src/domain/shared/locale.js";
import { createI18n } from "../../src/i18n.js";
import { createLogger } from "../../src/logger.js";
import { connectRedis, type RedisClient } from "../../src/redis.js";
import { FakeBotApi, type FakeMessage } from "../../src/sandbox/bot-api.js";
import { waitUntil } from "./journeys.js";

/**
 * Runs the real application (bot and delivery worker, built by createApp as
 * main.ts builds it) against the fake Bot API, with real Postgres and Redis.
 * Tests speak to it as Telegram users do: messages, button presses, contacts.
 */

let updateId = 1;
let instance = 0;
/** Telegram ids unique to this test file's process, so parallel files never share people. */
let nextId = 100_000 + (process.pid % 10_000) * 10_000 + Math.floor(Math.random() * 5_000);
export const newTelegramId = () => nextId++;

/** This test file's own database (test/support/database.ts copies it from the run's template). */
export function databaseUrl(): string {
  const url = process.env.SAMANYAR_TEST_DATABASE_URL;
  if (!url) throw new Error("no test database: run the file in a vitest project with test/support/database.ts as a setup file");
  return url;
}

export type Harness = {
  app: App;
  /** Telegram's Bot API. */
  fake: FakeBotApi;
  /** Bale's, when the app runs on Bale too (`startApp({ bale: true })`). */
  bale: FakeBotApi | undefined;
  /** The Bot API of each province's bot (`startApp({ provinceBots })`), by the bot's key ("telegram:<province>"). */
  provinceBots: ReadonlyMap<string, FakeBotApi>;
  config: Config;
  /**
   * Someone on Telegram, or on Bale (`messenger: "bale"`), who by default sends no language_code there and types
   * commands without bot_command entities, as Bale is reported to.
   */
  user(options?: {
    id?: number;
    firstName?: string;
    lastName?: string;
    language?: string;
    messenger?: "telegram" | "bale";
    /** Someone talking to a province's Telegram bot (its key, "telegram:<province>") instead of the country's. */
    bot?: string;
  }): TestUser;
  /** Someone known to the bot, with their current roles, as services expect an actor. */
  actor(telegramId: number): Promise<Actor>;
  /** The id of a seeded county, by its English name. */
  countyId(nameEn: string): Promise<number>;
  /**
   * A superadmin (`by`, else the first of `admins`) appoints `official`, who has talked to the bot, and the
   * "You are now an official" notice reaches them before this resolves: otherwise it could arrive later and be
   * taken for the reply to the official's next command. An app without workers leaves the notice in the outbox
   * for the first worker that comes.
   */
  appoint(official: TestUser, grant: OfficialGrant, options?: { by?: number }): Promise<OfficialView>;
  /**
   * Waits until the workers owe nothing: no outbox row waits for them and their delivery queue has
   * nothing waiting, delayed (a retry) or running. After it, nothing more arrives unless something new happens.
   */
  settled(timeoutMs?: number): Promise<void>;
  /**
   * Runs the workers' periodic task `name` (see app.ts) now, as its scheduler would (a job on the schedules queue,
   * taken by one of the workers), and waits until it has run. Tests run the tasks they depend on: their scheduler's
   * tick is a minute (production's default), too long to wait for.
   */
  runTask(name: string): Promise<void>;
  stop(): Promise<void>;
};

export async function startApp(
  options: {
    admins?: number[];
    roles?: Role[];
    env?: Record<string, string> /** receives warnings and errors the app logs */;
    logs?: string[];
    /** A Bot API to share with another instance (e.g. a second worker); one of its own by default. */
    fake?: FakeBotApi;
    /** The date the quarterly check takes as today. */
    clock?: () => Date;
    /** Send rates beyond what the environment may hold, put over it on every messenger (e.g. FAST_SENDS). */
    config?: SendRates;
    /** Runs a Bale bot too, against a Bale-mode fake of its own; `baleAdmins` are superadmins there. */
    bale?: boolean;
    baleAdmins?: number[];
    /** Runs a Telegram bot for each of these provinces (by code) too, each against a fake Bot API of its own. */
    provinceBots?: string[];
  } = {},
): Promise<Harness> {
  const fake = options.fake ?? (await FakeBotApi.start());
  const bale = options.bale ? await FakeBotApi.start({ messenger: "bale", botUsername: "samanyar_bale_bot" }) : undefined;
  const provinceBots = new Map<string, FakeBotApi>();
  for (const province of options.provinceBots ?? []) {
    provinceBots.set(`telegram:${province}`, await FakeBotApi.start({ botUsername: `samanyar_${province}_bot` }));
  }
  const base = testConfig(fake.apiRoot, options.admins ?? [], {
    ...(bale
      ? {
          BALE_BOT_TOKEN: "987654321:TEST-token-for-the-fake-bale-api",
          BALE_API_ROOT: bale.apiRoot,
          BALE_ADMIN_IDS: (options.baleAdmins ?? []).join(","),
        }
      : {}),
    ...(options.provinceBots
      ? {
          BOTS: JSON.stringify(
            (options.provinceBots ?? []).map((province, i) => ({
              province,
              token: `${2000 + i}:TEST-token-for-the-bot-of-${province}`,
              apiRoot: provinceBots.get(`telegram:${province}`)?.apiRoot,
            })),
          ),
        }
      : {}),
    ...options.env,
  });
  const config: Config = {
    ...base,
    ...options.config,
    messengers: base.messengers.map((m) => ({ ...m, ...options.config })),
    bots: base.bots.map((b) => ({ ...b, ...options.config })),
  };
  const app = createApp(config, {
    roles: options.roles ?? ["bot", "worker"],
    logger: testLogger(options.logs),
    polling: false,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  await app.start();
  const inspector = workInspector(config);
  const runsWorkers = (options.roles ?? ["worker"]).includes("worker");
  const actor = async (telegramId: number): Promise<Actor> => {
    const found = await app.services.people.find(BigInt(telegramId));
    if (!found) throw new Error(`${telegramId} has not talked to the bot`);
    return { id: found.person.id, roles: found.roles };
  };
  return {
    app,
    fake,
    bale,
    provinceBots,
    config,
    user: (o = {}) => {
      const id = o.id ?? newTelegramId();
      if (o.bot !== undefined) {
        const api = provinceBots.get(o.bot);
        if (!api) throw new Error(`start the app with { provinceBots } naming the province of ${o.bot}`);
        return new TestUser(app, api, id, o.firstName ?? "Test", o.language ?? "fa", o.lastName, "telegram", o.bot);
      }
      if (o.messenger !== "bale") return new TestUser(app, fake, id, o.firstName ?? "Test", o.language ?? "fa", o.lastName);
      if (!bale) throw new Error("start the app with { bale: true } for people on Bale");
      return new TestUser(app, bale, id, o.firstName ?? "Test", o.language, o.lastName, "bale");
    },
    actor,
    async countyId(nameEn) {
      const county = (await app.services.reference.counties()).find((c) => c.nameEn === nameEn);
      if (!county) throw new Error(`no county ${nameEn}`);
      return county.id;
    },
    async appoint(official, grant, { by = options.admins?.[0] } = {}) {
      if (by === undefined) throw new Error("nobody to appoint officials: start the app with admins, or say who appoints (by)");
      const person = await app.services.people.findOn(official.messenger === "bale" ? "BALE" : "TELEGRAM", BigInt(official.id));
      if (!person) throw new Error(`${official.id} has not talked to the bot on ${official.messenger}`);
      const notices = () => official.messages().filter(isAppointmentNotice).length;
      const before = notices();
      const view = await app.services.officials.grant(await actor(by), person.person.id, grant);
      if (runsWorkers) await official.waitFor(() => notices() > before);
      return view;
    },
    async settled(timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (let owed = await inspector.owed(); Object.keys(owed).length > 0; owed = await inspector.owed()) {
        if (Date.now() > deadline) throw new Error(`the workers still owe, after ${timeoutMs} ms: ${JSON.stringify(owed)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async runTask(name) {
      await inspector.run(name);
    },
    async stop() {
      await app.stop();
      await inspector.close();
      if (!options.fake) await fake.stop();
      await bale?.stop();
      for (const api of provinceBots.values()) await api.stop();
    },
  };
}

/** The notice a person gets when they are appointed an official, in their language, as they read it. */
export function appointmentNotice(locale: Locale): string {
  appointmentNotices ??= new Map(LOCALES.map((each) => [each, readable(createI18n().t(each, "official-granted"))]));
  return appointmentNotices.get(locale) ?? "";
}
let appointmentNotices: ReadonlyMap<Locale, string> | undefined;
const isAppointmentNotice = (message: FakeMessage) => LOCALES.some((locale) => message.text === appointmentNotice(locale));

/** Reads, from Postgres and the app's own Redis queues, what its workers still have to do and what they did. */
function workInspector(config: Config) {
  let opened: { db: ReturnType<typeof createDb>; redis: RedisClient; delivery: Queue; schedules: Queue } | undefined;
  const open = () => {
    if (!opened) {
      const redis = connectRedis(config, { maxRetriesPerRequest: null });
      const prefix = config.queuePrefix;
      opened = {
        db: createDb(config.databaseUrl, { poolSize: config.databasePoolSize }),
        redis,
        delivery: new Queue("delivery", { connection: redis, prefix }),
        schedules: new Queue("schedules", { connection: redis, prefix }),
      };
    }
    return opened;
  };
  return {
    /** What is still to do, by kind (outbox rows, jobs by state); empty when nothing is. */
    async owed(): Promise<Record<string, number>> {
      const { db, delivery } = open();
      const outbox = await db.outbox.count({ where: { OR: [{ dispatchedAt: null }, { dispatchedTo: config.queuePrefix }] } });
      const jobs = await delivery.getJobCounts("waiting", "prioritized", "active", "delayed", "waiting-children");
      return Object.fromEntries(Object.entries({ outbox, ...jobs }).filter(([, count]) => count > 0));
    },
    /** Queues a run of the periodic task `name` and waits for a worker to finish it; fails with it. */
    async run(name: string): Promise<void> {
      const job = await open().schedules.add(name, {}, { removeOnComplete: { count: 100 }, removeOnFail: { count: 500 } });
      const id = job.id ?? "";
      let state = "";
      await waitUntil(async () => {
        state = await open().schedules.getJobState(id);
        return state === "completed" || state === "failed";
      });
      if (state === "failed") throw new Error(`the periodic task ${name} failed: ${(await open().schedules.getJob(id))?.failedReason}`);
    },
    async close() {
      if (!opened) return;
      await opened.delivery.close();
      await opened.schedules.close();
      await opened.redis.quit();
      await opened.db.$disconnect();
    },
  };
}

function testLogger(lines: string[] | undefined) {
  if (!lines) return createLogger("silent");
  const sink = new Writable({
    write: (chunk, _encoding, done) => {
      lines.push(String(chunk));
      done();
    },
  });
  return createLogger("warn", sink);
}

/**
 * Sends far faster than Telegram allows (the environment stops at its 30 a second), for tests where
 * the rate is not the point: a broadcast to a hundred people takes a fraction of a second instead of
 * four. The fake Bot API must then have no flood limits (its default).
 */
type SendRates = Partial<Pick<Config, "sendRatePerSecond" | "broadcastRatePerSecond">>;
export const FAST_SENDS: SendRates = { sendRatePerSecond: 300, broadcastRatePerSecond: 300 };

export function testConfig(apiRoot: string, admins: number[], env: Record<string, string> = {}): Config {
  return loadConfig({
    BOT_TOKEN: "123456789:TEST-token-for-the-fake-bot-api",
    DATABASE_URL: databaseUrl(),
    REDIS_URL: inject("redisUrl"),
    REDIS_PREFIX: `${inject("redisPrefix")}-${process.pid}-${instance++}`,
    ADMIN_IDS: admins.join(","),
    BOT_API_ROOT: apiRoot,
    HTTP_PORT: "0",
    LOG_LEVEL: "silent",
    // Scripted users are fast; the flood test sets its own limit.
    RATE_LIMIT_MAX: "1000",
    // Each connection is a new Postgres backend that reads its catalogs and plans its statements afresh, and tests
    // start many short-lived apps: with 10 a connection, eight journey files cost Postgres a third more CPU (19.5–23.6
    // against 14.4–15.1 s) and took 10% longer. Three keep a test's few concurrent queries from waiting long.
    DATABASE_POOL_SIZE: "3",
    // New outbox rows wake the workers (LISTEN/NOTIFY): a poll that found one would be a notification lost.
    OUTBOX_INTERVAL_MS: "60000",
    // A send that failed for a passing reason (a 5xx, a file another delivery is still uploading) is tried again soon:
    // tests wait for the retry, not for production's 2 s. Six tries still span about 8 s.
    DELIVERY_RETRY_MS: "250",
    // Running broadcasts' status messages and the sweep for stalled ones: two jobs and their queries every 3 s of every
    // app's life otherwise. Tests that watch a broadcast's status ask for it (test/support/broadcasting.ts).
    BROADCAST_STATUS_INTERVAL_MS: "60000",
    // Only on 29 February, never a day the quarterly check nudges on: tests that want it set their own.
    QUARTERLY_CHECK_CRON: "0 9 29 2 *",
    ...env,
  });
}

export class TestUser {
  constructor(
    readonly app: App,
    readonly fake: FakeBotApi,
    readonly id: number,
    readonly firstName: string,
    readonly language: string | undefined,
    readonly lastName?: string,
    readonly messenger: "telegram" | "bale" = "telegram",
    /** The bot this person talks to: their messenger's bot of the whole country unless a province's is named. */
    readonly botKey: string = messenger,
  ) {}

  private get from() {
    const lastName = this.lastName === undefined ? {} : { last_name: this.lastName };
    const language = this.language === undefined ? {} : { language_code: this.language };
    return { id: this.id, is_bot: false as const, first_name: this.firstName, ...lastName, ...language };
  }

  /** The bot this person talks to. */
  private get bot() {
    const bot = this.app.bots.get(this.botKey);
    if (!bot) throw new Error(`the app runs no bot ${this.botKey}`);
    return bot;
  }

  private get chat() {
    return { id: this.id, type: "private" as const, first_name: this.firstName };
  }

  /**
   * Everything the bot has sent to this person (edits applied), oldest first, as the person reads it:
   * without the invisible isolation marks (see `asRead`). `sent()` has them.
   */
  messages(): FakeMessage[] {
    return this.sent().map(asRead);
  }

  /** The messages exactly as the Bot API received them, isolation marks and all. */
  sent(): FakeMessage[] {
    return this.fake.messagesTo(this.id);
  }

  /** A message seen earlier as it is now, edits applied: `messages()` and `waitFor` give copies, which do not change. */
  current(message: FakeMessage): FakeMessage | undefined {
    return this.messages().find((m) => m.messageId === message.messageId);
  }

  last(): FakeMessage {
    const message = this.fake.lastMessageTo(this.id);
    if (!message) throw new Error(`the bot has sent nothing to ${this.id}`);
    return asRead(message);
  }

  /** Sends text (a /command gets its entity as Telegram adds it, not on Bale) and returns the bot's new messages. */
  send(text: string, extra: Partial<Message> = {}): Promise<FakeMessage[]> {
    const command = this.messenger === "telegram" && /^\/\w+/.exec(text);
    return this.message({
      text,
      ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
      ...extra,
    } as Partial<Message>);
  }

  /** Sends a photo with a caption, as a file the fake Bot API knows. */
  sendPhoto(bytes: Buffer, caption: string): Promise<FakeMessage[]> {
    const file = this.fake.userFile("photo", bytes, "photo.jpg");
    return this.message({
      photo: [{ file_id: file.fileId, file_unique_id: file.fileUniqueId, width: 100, height: 100 }],
      caption,
    } as Partial<Message>);
  }

  shareContact(phone: string, ownerId: number = this.id): Promise<FakeMessage[]> {
    return this.message({ contact: { phone_number: phone, first_name: this.firstName, user_id: ownerId } } as Partial<Message>);
  }

  /** Sends any kind of message (sticker, photo, forward...) given its distinguishing fields. */
  async message(fields: Partial<Message>): Promise<FakeMessage[]> {
    const message = {
      message_id: this.fake.nextUserMessageId(this.id),
      date: Math.floor(Date.now() / 1000),
      chat: this.chat,
      from: this.from,
      ...fields,
    } as Message;
    this.fake.rememberUserMessage(message);
    return this.deliver({ message } as Omit<Update, "update_id">);
  }

  /**
   * Presses the newest inline button labelled `label` (exactly, or else containing it);
   * returns the bot's new messages and the toast it answered with.
   */
  async press(label: string): ReturnType<TestUser["pressData"]> {
    const messages = this.messages();
    for (let i = messages.length - 1; i >= 0; i--) {
      const message = messages[i];
      const buttons: { text: string; callback_data?: string }[] = (message?.replyMarkup?.inline_keyboard ?? []).flat();
      const button =
        buttons.find((b) => b.text === label && b.callback_data) ?? buttons.find((b) => b.text.includes(label) && b.callback_data);
      if (message && button?.callback_data) return this.pressData(button.callback_data, message.messageId);
    }
    throw new Error(`no button "${label}" in the chat of ${this.id}; last message: ${this.fake.lastMessageTo(this.id)?.text}`);
  }

  /** Sends a callback query with the given data, as a (possibly forged) button would; `queryId` names the press. */
  async pressData(
    data: string,
    messageId = this.last().messageId,
  ): Promise<{ messages: FakeMessage[]; answer: string | undefined; queryId: string }> {
    const queryId = `${this.id}-${updateId}`;
    const original = this.messages().find((m) => m.messageId === messageId);
    const messages = await this.deliver({
      callback_query: {
        id: queryId,
        from: this.from,
        chat_instance: String(this.id),
        data,
        message: { message_id: messageId, date: original?.date ?? 0, chat: this.chat, text: original?.text ?? "" } as Message,
      },
    } as Omit<Update, "update_id">);
    const answer = this.fake.callbackAnswers.find((a) => a.callbackQueryId === queryId);
    return { messages, answer: answer?.text === undefined ? undefined : readable(answer.text), queryId };
  }

  private async deliver(update: Omit<Update, "update_id">): Promise<FakeMessage[]> {
    const before = new Set(this.messages().map((m) => m.messageId));
    await this.bot.handleUpdate({ update_id: updateId++, ...update } as Update);
    return this.messages().filter((m) => !before.has(m.messageId));
  }

  /** Waits for a message from the delivery worker (notifications arrive asynchronously). */
  async waitFor(predicate: (message: FakeMessage) => boolean, timeoutMs = 10_000): Promise<FakeMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages().find(predicate);
      if (found) return found;
      if (Date.now() > deadline) {
        throw new Error(
          `no matching message for ${this.id} within ${timeoutMs} ms; got: ${JSON.stringify(this.messages().map((m) => m.text))}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/** Directional isolates (LRI, RLI, FSI, PDI): they change the order text is shown in, and are not seen. */
const ISOLATES = /[\u2066-\u2069]/g;

/** Text as a person reads it: the isolation marks around values are invisible. */
export const readable = (text: string) => text.replace(ISOLATES, "");

/**
 * A message as the person reads it: text, caption and button labels without isolation marks, so a
 * test can look for "Green Earth was approved" whatever isolates the value; tests of direction read `sent()`.
 */
function asRead(message: FakeMessage): FakeMessage {
  const labels = (rows: { text?: string }[][]) =>
    rows.map((row) => row.map((button) => (button.text === undefined ? button : { ...button, text: readable(button.text) })));
  const markup = message.replyMarkup && { ...message.replyMarkup };
  for (const kind of ["inline_keyboard", "keyboard"]) if (Array.isArray(markup?.[kind])) markup[kind] = labels(markup[kind]);
  return {
    ...message,
    ...(message.text === undefined ? {} : { text: readable(message.text) }),
    ...(message.caption === undefined ? {} : { caption: readable(message.caption) }),
    ...(message.html === undefined ? {} : { html: readable(message.html) }),
    ...(markup ? { replyMarkup: markup } : {}),
  };
}

/** All of a message's inline button labels, row by row. */
export function buttonsOf(message: FakeMessage | undefined): string[] {
  return ((message?.replyMarkup?.inline_keyboard ?? []) as { text: string }[][]).flat().map((b) => b.text);
}
