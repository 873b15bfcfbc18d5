import { tracingChannel } from "node:diagnostics_channel";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tell } from "../src/domain/outbox.js";
import { BroadcastProvince } from "./support/broadcasting.js";
import { waitUntil } from "./support/journeys.js";

/**
 * Broadcasts against Telegram's flood control: a fake Bot API with its limits
 * (messages a second in all, a few a second per chat) and workers that
 * send at most 30 a second, in a province of the test's own
 * (support/broadcasting.ts).
 */

/**
 * The workers send at most 30 a second (SEND_RATE_PER_SECOND); the official's own conversation, which ends as the
 * broadcast starts, is the bot's and not the limiter's to count, so the fake leaves room for both. The test of the
 * whole bot's limit sets a lower one.
 */
const BOT_LIMIT = { globalPerSecond: 45 };
// Telegram allows short bursts to one chat; three a second keeps the officials' conversations quick.
const w = new BroadcastProvince({ limits: { ...BOT_LIMIT, perChatPerSecond: 3 } });

beforeAll(() => w.setUp());
afterAll(() => w.tearDown());

/** One script a worker ran in Redis, seen from its process: when it was asked, when answered, and the answer. */
type LimiterCall = { keys: string[]; argv: string[]; askedAt: number; answeredAt?: number; answer?: unknown };

/**
 * Every send limiter script (send-limiter.ts) the apps of this process run against the keys under `prefix`, as
 * ioredis reports commands on its diagnostics channel: the explicit record of which sends were granted a slot and
 * when a pause for the whole bot was set, whatever the machine's load does to the time requests take to arrive.
 */
function watchSendLimiter(prefix: string) {
  const calls: LimiterCall[] = [];
  const channel = tracingChannel<string, { command: string; args: string[]; result?: unknown; call?: LimiterCall }>("ioredis:command");
  const handlers = {
    start(context: { command: string; args: string[]; call?: LimiterCall }) {
      const [, keyCount, ...rest] = context.args;
      const keys = rest.slice(0, Number(keyCount));
      if (context.command !== "eval" || !keys[0]?.startsWith(`${prefix}:send:`)) return;
      context.call = { keys, argv: rest.slice(keys.length), askedAt: Date.now() };
      calls.push(context.call);
    },
    asyncEnd(context: { result?: unknown; call?: LimiterCall }) {
      if (!context.call) return;
      context.call.answeredAt = Date.now();
      context.call.answer = context.result;
    },
    end() {},
    asyncStart() {},
    error() {},
  };
  channel.subscribe(handlers);
  // The country-wide Telegram bot's limits (send-limiter.ts keysOf).
  const answered = (key: string) => calls.filter((c) => c.keys[0] === `${prefix}:send:{limits}:${key}` && c.answeredAt !== undefined);
  return {
    /** Slots granted: a send went out (or was about to) after each. */
    grants: () => answered("window").filter((c) => Array.isArray(c.answer) && c.answer[0] === "granted"),
    /** Refusals the workers took for the whole bot's: each set a pause of `ms` (retry_after) in Redis, shared by every process. */
    pauses: () =>
      answered("refused")
        .filter((c) => c.answer === 1)
        .map((c) => ({ ...c, ms: Number(c.argv[1]) })),
    stop: () => channel.unsubscribe(handlers),
  };
}

describe("flood control", () => {
  /** The broadcast's copies to its recipients since call `start`. */
  const copyCalls = (start: number) =>
    w.fake.calls.slice(start).filter((c) => c.method === "copyMessage" && Number(c.payload.chat_id) !== w.provincialId);

  it("when Telegram answers 429 for the whole bot, then every worker process waits retry_after instead of retrying at once, and nobody is missed", async () => {
    // A second worker process's worth: the pause is in Redis, and it must hold there too.
    const second = await w.start({ roles: ["worker"], env: { REDIS_PREFIX: w.h.config.redisPrefix } });
    const limiter = watchSendLimiter(w.h.config.redisPrefix);
    try {
      const start = w.fake.calls.length;
      const official = w.h.user({ id: w.provincialId, language: "en" });
      const { id } = await w.compose(official, "West Vale: papers due Thursday.", {
        audience: "Leaders and members",
        filter: "By county",
        pick: ["West Vale"],
      });
      // Lowered once the official's conversation is over: its last replies, refused along with the workers' sends,
      // could run out of retries and leave the conversation at Confirm (pressing it again would finish it).
      w.fake.setLimits({ globalPerSecond: 10 });
      await w.waitForStatus(id, "DONE", 60_000);
      w.fake.setLimits(BOT_LIMIT);
      const calls = copyCalls(start);
      const refused = calls.filter((c) => c.errorCode === 429);
      const accepted = calls.filter((c) => !c.errorCode);
      // Telegram words both limits alike: the bot's shows as refusals for different chats close together.
      const chat = (c: (typeof calls)[0]) => Number(c.payload.chat_id);
      const pausing = refused.filter((r) => refused.some((o) => chat(o) !== chat(r) && o.at <= r.at && o.at > r.at - 500));
      expect(pausing.length).toBeGreaterThan(0);
      // The workers took them for the bot's: from the moment a pause was set (at the latest when Redis answered) until
      // retry_after after it (at the earliest counted from when it was asked), no process was granted a slot, and
      // Telegram got no more copies than the requests already on their way (granted before, not arrived yet): a
      // wall-time margin for those would fail whenever the machine is busy enough to slow them down.
      const pauses = limiter.pauses();
      expect(pauses.length).toBeGreaterThan(0);
      const grants = limiter.grants();
      for (const pause of pauses) {
        const setBy = pause.answeredAt as number;
        // Less the millisecond Redis's PTTL and Date.now() each round to.
        const over = pause.askedAt + pause.ms - 2;
        expect(grants.filter((g) => g.askedAt > setBy && (g.answeredAt as number) < over)).toEqual([]);
        const onTheirWay = grants.filter((g) => g.askedAt < setBy).length - calls.filter((c) => c.at < setBy).length;
        expect(calls.filter((c) => c.at > setBy && c.at < over).length).toBeLessThanOrEqual(Math.max(onTheirWay, 0));
      }
      expect(refused.length).toBeLessThan(accepted.length);
      const got = w.copies();
      expect(w.people.west.filter((p) => got.get(p) !== 1)).toEqual([]);
    } finally {
      limiter.stop();
      await second.stop();
    }
  });

  it("when Telegram answers 429 for one chat, then only that chat's message waits retry_after and the broadcast goes on", async () => {
    const start = w.fake.calls.length;
    const official = w.h.user({ id: w.provincialId, language: "en" });
    const { id } = await w.compose(official, "East Vale: the clinic opens on Saturdays.", {
      audience: "Leaders and members",
      filter: "By county",
      pick: ["East Vale"],
    });
    await waitUntil(() => copyCalls(start).filter((c) => !c.errorCode).length >= 10, 30_000);
    w.fake.floodNextSend(3);
    await w.waitForStatus(id, "DONE", 60_000);
    const calls = copyCalls(start);
    const refused = calls.filter((c) => c.errorCode === 429);
    expect(refused).toHaveLength(1);
    const [r] = refused as [(typeof refused)[0]];
    const chat = Number(r.payload.chat_id);
    const accepted = calls.filter((c) => !c.errorCode);
    const late = accepted.filter((c) => Number(c.payload.chat_id) === chat);
    expect(late).toHaveLength(1);
    expect(late[0]?.at).toBeGreaterThanOrEqual(r.at + 3000);
    // Some thirty recipients were still to go: the others kept getting theirs meanwhile.
    expect(accepted.filter((c) => c.at > r.at + 200 && c.at < r.at + 2800).length).toBeGreaterThan(10);
    const perChat = new Map<number, number>();
    for (const c of accepted) perChat.set(Number(c.payload.chat_id), (perChat.get(Number(c.payload.chat_id)) ?? 0) + 1);
    const sent = await w.db.broadcastDelivery.findMany({ where: { broadcastId: id, status: "SENT" } });
    expect(sent.filter((d) => perChat.get(Number(d.personId)) !== 1)).toEqual([]);
    expect(perChat.size).toBe(sent.length);
  });

  it("when a notification is due while a broadcast is sending, then it goes ahead of the broadcast's waiting messages", async () => {
    const start = w.fake.calls.length;
    const official = w.h.user({ id: w.provincialId, language: "en" });
    const { id } = await w.compose(official, "Everyone: the annual report is due.", {
      audience: "Leaders and members",
      filter: "All verified NGOs",
    });
    await waitUntil(() => copyCalls(start).filter((c) => !c.errorCode).length >= 5, 30_000);
    await w.db.$transaction((tx) => tell(tx, [BigInt(w.countyOfficialId)], { kind: "official-granted" }));
    await w.waitForStatus(id, "DONE", 60_000);
    const calls = w.fake.calls.slice(start);
    const told = calls.findIndex((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === w.countyOfficialId && !c.errorCode);
    expect(told).toBeGreaterThan(-1);
    // All 85 or so copies were queued before it: first in, first out, it would have come after the last of them.
    const copiesAfter = calls
      .slice(told)
      .filter((c) => c.method === "copyMessage" && !c.errorCode && Number(c.payload.chat_id) !== w.provincialId);
    expect(copiesAfter.length).toBeGreaterThan(10);
  });
});
