import type { Update } from "grammy/types";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ChatOrderedUpdates } from "../src/chat-ordered-updates.js";
import { createDb } from "../src/data/prisma.js";
import { createLogger } from "../src/logger.js";
import { databaseUrl, type Harness, newTelegramId, startApp } from "./support/harness.js";
import { lastText, registeredNgo, registerUpToSummary, unique, waitUntil } from "./support/journeys.js";
import { webhookEnv, webhookPerson } from "./support/webhook.js";

describe("bot replicas in webhook mode", () => {
  let first: Harness;
  let second: Harness;

  beforeAll(async () => {
    first = await startApp({ env: webhookEnv });
    // The second replica: another app on the same Postgres, Redis (prefix) and Bot API, taking webhooks only.
    second = await startApp({ env: { ...webhookEnv, REDIS_PREFIX: first.config.redisPrefix }, roles: ["bot"], fake: first.fake });
  });
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });

  it("when one person's registration steps go to replica 1, 2, 1, 2 without waiting for answers, then every step is answered in order and the NGO is stored as typed", async () => {
    const id = newTelegramId();
    const person = webhookPerson(id);
    const reader = first.user({ id });
    const name = `Replica Relay ${unique()}`;
    const number = unique();
    const replicas = [first, second];
    const severalProvinces = (await first.app.services.reference.provinces()).length > 1;
    const typed = [
      "/register",
      name,
      number,
      "Governor's office",
      ...(severalProvinces ? ["Zanjan"] : []),
      "Abhar",
      "Youth, Environment",
      "1398",
      "25",
    ];
    // Each post returns once its replica has queued the update, before any answer: the next one follows at once.
    const statuses = [];
    for (const [i, text] of typed.entries()) statuses.push(await person.send(replicas[i % 2] as Harness, text));
    expect(statuses.every((status) => status === 200)).toBe(true);

    await waitUntil(() => reader.messages().some((m) => m.text === "Is it a youth NGO?"));
    const youth = reader.last();
    const yes = youth.replyMarkup?.inline_keyboard?.flat().find((b: { text: string }) => b.text.includes("Yes"));
    expect(await person.press(second, yes.callback_data, youth.messageId)).toBe(200);
    expect(await person.send(first, "0912 123 4567")).toBe(200);
    expect(await person.send(second, "We plant trees with young volunteers in Abhar.")).toBe(200);

    await waitUntil(() => reader.messages().some((m) => m.text?.startsWith("Please check your NGO's details")));
    const summary = reader.last();
    const confirm = summary.replyMarkup?.inline_keyboard?.flat().find((b: { text: string }) => b.text.includes("Confirm"));
    expect(await person.press(first, confirm.callback_data, summary.messageId)).toBe(200);
    await waitUntil(() => reader.messages().some((m) => m.text?.startsWith("Thank you!")));

    // Every question once, in the order of the steps: no step was handled before the one before it.
    const prompts = [
      "What is the NGO's full name?",
      "What is its national registration number?",
      "Which authority registered it?",
      ...(severalProvinces ? ["Which province?"] : []),
      "In which county is the NGO based?",
      "In which fields does it work?",
      "In which year was it founded?",
      "How many members does it have?",
      "Is it a youth NGO?",
      "Your phone number",
      "Describe the NGO's work",
      "Please check your NGO's details",
      "Thank you!",
    ];
    const asked = reader
      .messages()
      .map((m) => prompts.find((prompt) => m.text?.startsWith(prompt)))
      .filter(Boolean);
    expect(asked).toEqual(prompts);

    const stored = await first.app.services.ngos.ledBy(BigInt(id));
    expect(stored).toMatchObject({
      name,
      registrationNumber: number,
      countyId: await first.countyId("Abhar"),
      foundedYear: 1398,
      memberCount: 25,
      isYouth: true,
      contactPhone: "+989121234567",
      status: "PENDING",
    });
    expect(stored?.fields.map((f) => f.nameEn).sort()).toEqual(["Environment", "Youth"]);
  });
});

describe("updates queued per chat in Redis", () => {
  const prefix = () => `${inject("redisPrefix")}-chat-queue-${process.pid}-${unique()}:`;
  const logger = createLogger("silent");
  const connections: Redis[] = [];
  const connect = (keyPrefix: string) => {
    const redis = new Redis(inject("redisUrl"), { keyPrefix });
    connections.push(redis);
    return redis;
  };
  afterAll(async () => {
    for (const redis of connections) await redis.quit();
  });

  const update = (updateId: number, chat: number) => ({ update_id: updateId, message: { chat: { id: chat } } }) as unknown as Update;
  /** A handler that takes its time (a few event-loop turns) and records when each update started and ended. */
  const recorder = (events: string[], replica: string) => async (u: Update) => {
    const chat = u.message?.chat.id;
    events.push(`start ${chat} ${u.update_id} ${replica}`);
    for (let i = 0; i < 1 + (u.update_id % 3); i++) await new Promise((resolve) => setImmediate(resolve));
    events.push(`end ${chat} ${u.update_id} ${replica}`);
  };

  it("when two replicas take the updates of three chats alternately while handling earlier ones, then each chat's updates run one at a time in update order, on both replicas", async () => {
    const keys = prefix();
    const events: string[] = [];
    const one = new ChatOrderedUpdates(connect(keys), new Map([["", recorder(events, "one")]]), logger);
    const two = new ChatOrderedUpdates(connect(keys), new Map([["", recorder(events, "two")]]), logger);
    const chats = [11, 12, 13];
    const sent = Array.from({ length: 60 }, (_, i) => update(i + 1, chats[i % 3] as number));
    // Alternately to the two replicas, as they arrive: each is queued, and the next arrives while earlier ones run.
    for (const [i, u] of sent.entries()) await (i % 2 === 0 ? one : two).accept("", u);
    await waitUntil(() => events.filter((e) => e.startsWith("end")).length === sent.length);
    await one.stop();
    await two.stop();

    for (const chat of chats) {
      const ofChat = events.filter((e) => e.split(" ")[1] === String(chat));
      const expected = sent.filter((u) => u.message?.chat.id === chat).map((u) => u.update_id);
      // start n, end n, start n+1, end n+1 …: never two at once, never out of order.
      expect(ofChat.map((e) => `${e.split(" ")[0]} ${e.split(" ")[2]}`)).toEqual(expected.flatMap((n) => [`start ${n}`, `end ${n}`]));
    }
    // Both replicas handled updates: a chat is not tied to one of them.
    expect(new Set(events.map((e) => e.split(" ")[3]))).toEqual(new Set(["one", "two"]));
  });

  it("when a replica stops with a chat's updates still queued, then another replica takes them up, in order", async () => {
    const keys = prefix();
    const events: string[] = [];
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The stopping replica is mid-update when it is told to stop: it finishes that one and frees the chat.
    const stopping = new ChatOrderedUpdates(
      connect(keys),
      new Map([
        [
          "",
          async (u: Update) => {
            events.push(`stopping ${u.update_id}`);
            await held;
          },
        ],
      ]),
      logger,
    );
    // It sweeps every 50 ms instead of every 2 s: the takeover is the point, not how soon it comes.
    const other = new ChatOrderedUpdates(connect(keys), new Map([["", recorder(events, "other")]]), logger, 50);
    other.start();
    await stopping.accept("", update(1, 21));
    await other.accept("", update(2, 21));
    await other.accept("", update(3, 21));
    await waitUntil(() => events.includes("stopping 1"));
    const stopped = stopping.stop();
    release();
    await stopped;
    await waitUntil(() => events.includes("end 21 3 other"));
    await other.stop();
    expect(events).toEqual(["stopping 1", "start 21 2 other", "end 21 2 other", "start 21 3 other", "end 21 3 other"]);
  });
});

describe("reports on a read replica", () => {
  it("when DATABASE_REPLICA_URL is set, then /kpi, /coverage and the directory read through it while registration and review write to the primary", async () => {
    // No streaming replica here: the "replica" is the same database through sessions that refuse every write, as a
    // hot standby does, and that name themselves so the test sees them.
    const replicaName = `samanyar-replica-${process.pid}`;
    const replicaUrl = `${databaseUrl()}?application_name=${replicaName}&options=${encodeURIComponent("-c default_transaction_read_only=on")}`;
    const adminId = newTelegramId();
    const h = await startApp({ admins: [adminId], env: { DATABASE_REPLICA_URL: replicaUrl } });
    const probe = createDb(databaseUrl());
    try {
      const admin = h.user({ id: adminId, language: "en" });
      await admin.send("/start");
      const word = `Replicated${unique()}`;
      await registeredNgo(h, adminId, h.user({ language: "en" }), { county: "Abhar", fields: ["Environment"], name: `Green ${word}` });

      // Reports that wrote would be refused by the read-only sessions, and the person told to try again.
      const tryAgain = "Something went wrong on our side. Please try again shortly.";
      const kpi = await admin.send("/kpi");
      const coverage = await admin.send("/coverage");
      expect([...kpi, ...coverage].map((m) => m.text ?? m.caption)).not.toContain(tryAgain);
      expect(kpi.length).toBeGreaterThan(0);
      expect(coverage.length).toBeGreaterThan(0);
      expect(lastText(await admin.send(`/directory ${word}`))).toBe("One NGO found (page 1 of 1). Press one to see its card.");

      const sessions = await probe.$queryRaw<{ pid: number }[]>`
        SELECT pid FROM pg_stat_activity WHERE application_name = ${replicaName} AND datname = current_database()`;
      expect(sessions.length).toBeGreaterThan(0);
    } finally {
      await probe.$disconnect();
      await h.stop();
    }
  });
});

describe("queues under a hash-tagged prefix, as Redis Cluster needs", () => {
  it("when QUEUE_PREFIX is {…}, then a registration's review request goes through queues whose keys all carry that tag, and none under the old prefix", async () => {
    // No Redis Cluster here: the single Redis shows where the keys go; on a cluster the tag puts them in one slot.
    const queuePrefix = `{${inject("redisPrefix")}-queues-${process.pid}}`;
    const adminId = newTelegramId();
    const h = await startApp({ admins: [adminId], env: { QUEUE_PREFIX: queuePrefix } });
    const redis = new Redis(inject("redisUrl"));
    try {
      const admin = h.user({ id: adminId, language: "en" });
      await admin.send("/start");
      const leader = h.user({ language: "en" });
      await registerUpToSummary(leader, { name: `Tagged Queues ${unique()}` });
      await leader.press("Confirm");
      await admin.waitFor((m) => m.text?.includes("awaits review") === true);
      await h.settled();

      const tagged = await redis.keys(`${queuePrefix}:*`);
      expect(tagged).toEqual(expect.arrayContaining([`${queuePrefix}:delivery:meta`, `${queuePrefix}:workers:redis-kept`]));
      expect(tagged.some((key) => key.startsWith(`${queuePrefix}:schedules:`))).toBe(true);
      expect(await redis.keys(`${h.config.redisPrefix}:delivery:*`)).toEqual([]);
    } finally {
      await h.stop();
      const keys = await redis.keys(`${queuePrefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    }
  });
});
