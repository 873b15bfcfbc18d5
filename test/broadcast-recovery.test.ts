import { spawn } from "node:child_process";
import { once } from "node:events";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { tell } from "../src/domain/outbox.js";
import { sendJobId } from "../src/jobs/broadcasts.js";
import { DELIVERY_QUEUE } from "../src/jobs/delivery.js";
import { BroadcastProvince, EVERYONE } from "./support/broadcasting.js";
import { databaseUrl, type Harness } from "./support/harness.js";
import { waitUntil } from "./support/journeys.js";

/**
 * Broadcasts interrupted while they send (paused, their jobs lost, their
 * worker killed, Redis emptied) and brought to their end with nobody missed
 * and nobody twice. They go at Telegram's rate, so that each is still sending
 * when it is interrupted, in a province of the test's own
 * (support/broadcasting.ts).
 */

/** The apps' clock, moved by a test to the end of a stall window rather than waiting it out; the wall clock otherwise. */
let now: Date | undefined;
const w = new BroadcastProvince({
  // Telegram's global rate, which keeps each broadcast sending when it is interrupted. No limit per chat: each
  // recipient gets one message, and the official's conversation would wait a second per press for nothing
  // (broadcast-flood.test.ts is the file about Telegram's limits, that one too).
  limits: { globalPerSecond: 30 },
  // An hour: only a moved clock makes a broadcast stalled here, never a slow machine.
  env: { BROADCAST_STALL_MS: String(3_600_000) },
  clock: () => now ?? new Date(),
});

beforeAll(() => w.setUp());
afterAll(() => w.tearDown());

describe("pause and resume", () => {
  it("when a running broadcast is paused, nothing more is sent; when resumed, it finishes with nobody twice", async () => {
    const official = w.h.user({ id: w.provincialId, language: "en" });
    const before = w.copies();
    const { id } = await w.compose(official, "All NGOs: the House of NGOs opens.", {
      audience: "Leaders and members",
      filter: "All verified NGOs",
    });
    await waitUntil(async () => (await w.db.broadcastDelivery.count({ where: { broadcastId: id, status: "SENT" } })) >= 30);
    await official.press("Pause");
    expect((await w.db.broadcast.findUniqueOrThrow({ where: { id } })).status).toBe("PAUSED");
    await w.h.settled(); // sends already under way finish, the waiting ones are dropped
    const paused = await w.db.broadcastDelivery.count({ where: { broadcastId: id, status: "SENT" } });
    expect(await w.db.broadcastDelivery.count({ where: { broadcastId: id, status: "SENT" } })).toBe(paused);
    expect(paused).toBeLessThan(w.people.east.length + w.people.west.length - 5);

    await official.press("Resume");
    await w.waitForStatus(id, "DONE");
    const after = w.copies();
    const everyone = [...w.people.east, ...w.people.west].filter((p) => !w.people.east.slice(6, 8).includes(p));
    expect(everyone.filter((p) => (after.get(p) ?? 0) - (before.get(p) ?? 0) !== 1)).toEqual([]);
  });
});

describe("recovery", () => {
  it("when a running broadcast's jobs are lost, then the workers queue its pending deliveries again and it finishes", async () => {
    // Its recipients' jobs never reach Redis.
    const { id, pending, before } = await w.startedWithoutJobs("West leaders: the forms are out.");
    expect(pending).toHaveLength(w.people.westLeaders.length);
    // Nothing is recorded for a whole stall window: the workers' clock stands at its end. (A delivery recorded from
    // then on is newer than the window's start: once one is, the broadcast is not taken for stalled again.)
    now = new Date(Date.now() + w.h.config.broadcastStallMs);
    try {
      await w.waitForStatus(id, "DONE");
    } finally {
      now = undefined;
    }
    const after = w.copies();
    expect(w.people.westLeaders.map((p) => (after.get(p) ?? 0) - (before.get(p) ?? 0))).toEqual(w.people.westLeaders.map(() => 1));
  });
});

describe("a worker killed in the middle of a broadcast", () => {
  /** A worker in a process of its own, as deployed (`npm run start:worker`), so that it can really be killed. */
  const spawnWorker = (prefix: string) =>
    spawn(process.execPath, ["--import", "tsx", "src/main.ts", "worker"], {
      env: {
        ...process.env,
        ...w.env,
        BOT_TOKEN: w.h.config.messengers[0]?.token,
        DATABASE_URL: databaseUrl(),
        REDIS_URL: inject("redisUrl"),
        REDIS_PREFIX: prefix,
        BOT_API_ROOT: w.fake.apiRoot,
        HTTP_PORT: "0",
        LOG_LEVEL: "error",
        SEND_RATE_PER_SECOND: "20",
      },
      stdio: ["ignore", "ignore", "inherit"],
    });

  it("when another worker takes over, then the broadcast finishes with nobody twice and nobody missed", async () => {
    const prefix = w.h.config.redisPrefix;
    await w.restart({ roles: ["bot"], env: { REDIS_PREFIX: prefix } });
    const child = spawnWorker(prefix);
    let second: Harness | undefined;
    try {
      const official = w.h.user({ id: w.provincialId, language: "en" });
      const before = w.copies();
      const { id } = await w.compose(official, "Everyone: new office hours.", {
        audience: "Leaders and members",
        filter: "All verified NGOs",
      });
      await waitUntil(async () => (await w.db.broadcastDelivery.count({ where: { broadcastId: id, status: "SENT" } })) >= 40, 30_000);
      // Sends in flight when the process dies never reach Telegram: the fake holds them, then drops them with the connection.
      w.fake.holdSends();
      await waitUntil(() => w.fake.heldCount > 0);
      // What Telegram took before the hold is recorded first: a worker dying between Telegram's answer and the
      // record is the one case no Bot API call can make safe (see README).
      const taken = () => [...w.copies()].filter(([person, n]) => n > (before.get(person) ?? 0)).length;
      await waitUntil(async () => (await w.db.broadcastDelivery.count({ where: { broadcastId: id, status: "SENT" } })) === taken());
      child.kill("SIGKILL");
      await once(child, "exit");
      await waitUntil(() => w.fake.heldCount === 0); // the fake has seen every held connection close
      w.fake.releaseSends();
      const left = await w.db.broadcastDelivery.count({ where: { broadcastId: id, status: "PENDING" } });
      expect(left).toBeGreaterThan(0);

      second = await w.start({ roles: ["worker"], env: { REDIS_PREFIX: prefix } });
      await w.waitForStatus(id, "DONE");
      const after = w.copies();
      const recipients = (await w.db.broadcastDelivery.findMany({ where: { broadcastId: id } })).map((d) => Number(d.personId));
      expect(recipients.length).toBeGreaterThan(EVERYONE - 6); // all but the few who blocked the bot
      expect(recipients.filter((p) => (after.get(p) ?? 0) - (before.get(p) ?? 0) !== 1)).toEqual([]);
      expect(await w.db.broadcastDelivery.count({ where: { broadcastId: id, status: { not: "SENT" } } })).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      await second?.stop();
    }
  });
});

describe("Redis losing its data", () => {
  /** Apps on a Redis prefix of their own, which the test can empty without touching other tests' keys. */
  const prefix = () => `${inject("redisPrefix")}-lost-${process.pid}`;
  const lostEnv = () => ({ REDIS_PREFIX: prefix(), REDIS_CHECK_INTERVAL_MS: "100" });
  async function emptyRedis() {
    const redis = new Redis(inject("redisUrl"));
    const keys = await redis.keys(`${prefix()}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    return keys.length;
  }
  /** Every recipient of the broadcast got exactly one copy since `before`, and all are recorded as sent. */
  async function expectEachOnce(id: string, before: Map<number, number>) {
    const after = w.copies();
    const recipients = (await w.db.broadcastDelivery.findMany({ where: { broadcastId: id } })).map((d) => Number(d.personId));
    expect(recipients.length).toBeGreaterThan(EVERYONE - 6); // all but the few who blocked the bot
    expect(recipients.filter((p) => (after.get(p) ?? 0) - (before.get(p) ?? 0) !== 1)).toEqual([]);
    expect(await w.db.broadcastDelivery.count({ where: { broadcastId: id, status: { not: "SENT" } } })).toBe(0);
  }

  it("when Redis loses everything in the middle of a broadcast, then the workers notice without a restart, and it finishes with nobody missed and nobody twice", async () => {
    await w.restart({ env: lostEnv() });
    const official = w.h.user({ id: w.provincialId, language: "en" });
    const before = w.copies();
    const { id } = await w.compose(official, "Everyone: the office moves.", {
      audience: "Leaders and members",
      filter: "All verified NGOs",
    });
    await waitUntil(async () => (await w.db.broadcastDelivery.count({ where: { broadcastId: id, status: "SENT" } })) >= 30);
    expect(await emptyRedis()).toBeGreaterThan(0);
    await w.waitForStatus(id, "DONE");
    await expectEachOnce(id, before);
  });

  it("when Redis loses everything while a message is being sent, then the job queued again for it waits for that send, and the person gets it once", async () => {
    await w.restart({ env: lostEnv() });
    const official = w.h.user({ id: w.provincialId, language: "en" });
    const before = w.copies();
    const slow = w.people.west[0] as number; // the recipient whose message is under way when Redis loses everything
    w.fake.holdSends([slow]);
    const redis = new Redis(inject("redisUrl"));
    const queue = new Queue(DELIVERY_QUEUE, { connection: redis, prefix: prefix() });
    try {
      const { id } = await w.compose(official, "Everyone: the library closes early.", {
        audience: "Leaders and members",
        filter: "All verified NGOs",
      });
      await waitUntil(() => w.fake.heldCount === 1);
      const { generation } = await w.db.broadcast.findUniqueOrThrow({ where: { id } });
      expect(await emptyRedis()).toBeGreaterThan(0);
      // The workers queue every pending delivery again as the next generation, the one under way too: its new job
      // either waits for the first job's claim or (without claims) sends a second copy, which the fake holds as well.
      await waitUntil(async () => (await w.db.broadcast.findUniqueOrThrow({ where: { id } })).generation > generation);
      const { generation: next } = await w.db.broadcast.findUniqueOrThrow({ where: { id } });
      const again = sendJobId(id, next, BigInt(slow));
      await waitUntil(async () => w.fake.heldCount > 1 || (await queue.getJobState(again)) === "delayed");
      expect(w.fake.heldCount).toBe(1);
      // The first job keeps its claim for as long as its send lasts, in the new generation too: the claim the new job
      // found is renewed past the moment it would have lapsed, and the new job still waits.
      const claimedUntil = async () =>
        (
          await w.db.broadcastDelivery.findUniqueOrThrow({ where: { broadcastId_personId: { broadcastId: id, personId: BigInt(slow) } } })
        ).claimedUntil?.getTime() ?? 0;
      const lapse = (await claimedUntil()) + Number(w.env.JOB_LOCK_MS);
      await waitUntil(async () => w.fake.heldCount > 1 || (await claimedUntil()) > lapse);
      expect(w.fake.heldCount).toBe(1);
      w.fake.releaseSends();
      await w.waitForStatus(id, "DONE");
      await expectEachOnce(id, before);
    } finally {
      w.fake.releaseSends();
      await queue.close();
      await redis.quit();
    }
  });

  it("when Redis loses everything while a notification is being sent, then the job queued again for it waits for that send, and the person gets it once", async () => {
    await w.restart({ env: lostEnv() });
    const person = w.people.west[1] as number;
    const before = w.fake.messagesTo(person).length;
    w.fake.holdSends([person]);
    const redis = new Redis(inject("redisUrl"));
    const queue = new Queue(DELIVERY_QUEUE, { connection: redis, prefix: prefix() });
    try {
      await w.db.$transaction((tx) => tell(tx, [BigInt(person)], { kind: "official-granted" }));
      await waitUntil(() => w.fake.heldCount === 1);
      const { id } = await w.db.outbox.findFirstOrThrow({ where: { personId: BigInt(person) } });
      expect(await emptyRedis()).toBeGreaterThan(0);
      // The workers queue the undelivered row again, as a new job of the same id: it waits for the first job's claim.
      const again = `outbox.${id}`;
      await waitUntil(async () => w.fake.heldCount > 1 || (await queue.getJobState(again)) === "delayed");
      expect(w.fake.heldCount).toBe(1);
      // The first job's claim is renewed while its send lasts: past the moment the claim the new job found would lapse.
      const claimedUntil = async () => (await w.db.outbox.findUniqueOrThrow({ where: { id } })).claimedUntil?.getTime() ?? 0;
      const lapse = (await claimedUntil()) + Number(w.env.JOB_LOCK_MS);
      await waitUntil(async () => w.fake.heldCount > 1 || (await claimedUntil()) > lapse);
      expect(w.fake.heldCount).toBe(1);
      w.fake.releaseSends();
      await waitUntil(async () => (await w.db.outbox.count({ where: { id } })) === 0);
      await waitUntil(async () => ["completed", "unknown"].includes(await queue.getJobState(again)));
      expect(w.fake.messagesTo(person).length - before).toBe(1);
    } finally {
      w.fake.releaseSends();
      await queue.close();
      await redis.quit();
    }
  });

  it("when no worker runs at Confirm and Redis then loses everything, then the broadcast is stored once and each recipient gets it once when a worker starts", async () => {
    await w.restart({ roles: ["bot"], env: lostEnv() });
    const official = w.h.user({ id: w.provincialId, language: "en" });
    const before = w.copies();
    const { id } = await w.compose(official, "Everyone: forms are due Friday.", {
      audience: "Leaders and members",
      filter: "All verified NGOs",
    });
    expect(await w.db.broadcast.count({ where: { label: { startsWith: "Everyone: forms are due" } } })).toBe(1);
    expect(await w.db.outbox.count({ where: { personId: null } })).toBeGreaterThan(0); // the intent to start it, in Postgres
    await emptyRedis();
    const worker = await w.start({ roles: ["worker"], env: lostEnv() });
    try {
      await w.waitForStatus(id, "DONE");
      await expectEachOnce(id, before);
    } finally {
      await worker.stop();
    }
  });
});
