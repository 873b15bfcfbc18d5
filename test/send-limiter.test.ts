import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { RedisSendWindow, RefusedSends, type SlotAnswer, WINDOW_MS } from "../src/jobs/send-limiter.js";

/**
 * The send window on real Redis, as two worker processes share it (two
 * connections, two clients). Time is the test's own: the scripts take it as
 * an argument instead of reading the server's clock.
 */

let connections: Redis[] = [];
let now = 0;
const clock = () => now;

function clients(limit: number) {
  const space = `${inject("redisPrefix")}:limiter-${randomBytes(3).toString("hex")}:`;
  const made = [0, 1].map(() => {
    const redis = new Redis(inject("redisUrl"), { keyPrefix: space });
    connections.push(redis);
    return {
      window: new RedisSendWindow(redis, { key: "window", pauseKey: "paused", limit, leaseMs: 30_000, clock }),
      refusals: new RefusedSends(redis, { key: "refused", pauseKey: "paused", clock }),
    };
  });
  return made as [(typeof made)[0], (typeof made)[0]];
}

beforeAll(() => {
  connections = [];
});

afterAll(async () => {
  for (const redis of connections) await redis.quit();
});

describe("the send window shared through Redis", () => {
  it("when two clients take slots for half a minute of random sends, then no second ever has more than the limit, counting each send until its answer", async () => {
    const LIMIT = 5;
    const [a, b] = clients(LIMIT);
    /** Each granted send: when granted, and when answered (until then it may still reach Telegram). */
    const sends: { member: string; grantedAt: number; answeredAt?: number }[] = [];
    const inFlight: { member: string; answerAt: number; client: typeof a }[] = [];
    let seed = 7;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    now = 1_000_000;
    let waits = 0;
    for (let step = 0; step < 1000; step++) {
      now += Math.floor(random() * 60);
      // Answers due by now come back first.
      for (const flight of inFlight.filter((f) => f.answerAt <= now)) {
        await flight.client.window.release(flight.member);
        const send = sends.find((s) => s.member === flight.member);
        if (send) send.answeredAt = now;
        inFlight.splice(inFlight.indexOf(flight), 1);
      }
      const client = random() < 0.5 ? a : b;
      const member = `send-${step}`;
      const answer: SlotAnswer = await client.window.take(member);
      if (answer.kind !== "granted") {
        expect(answer.kind).toBe("wait");
        waits++;
        continue;
      }
      // Telegram may count this send at any moment until its answer: every send answered less than a second
      // before it was granted, or not answered yet, may fall in the same second as it.
      const sameSecond = sends.filter((s) => s.answeredAt === undefined || s.answeredAt > now - WINDOW_MS);
      expect(sameSecond.length).toBeLessThan(LIMIT);
      sends.push({ member, grantedAt: now });
      inFlight.push({ member, answerAt: now + Math.floor(random() * 80), client });
    }
    // The limit was in play (some waited) and the window was kept busy (a send every ~200 ms at 5 a second).
    expect(waits).toBeGreaterThan(50);
    expect(sends.length).toBeGreaterThan((((now - 1_000_000) / 1000) * LIMIT) / 2);
  });

  it("when the window is full, then the wait is exactly until the oldest send has been answered for a second", async () => {
    const [a, b] = clients(3);
    now = 5_000_000;
    for (const [client, member, grantedAt, answeredAt] of [
      [a, "one", 0, 5],
      [b, "two", 10, 15],
      [a, "three", 20, 25],
    ] as const) {
      now = 5_000_000 + grantedAt;
      expect(await client.window.take(member)).toEqual({ kind: "granted" });
      now = 5_000_000 + answeredAt;
      await client.window.release(member);
    }
    now = 5_000_030;
    expect(await b.window.take("four")).toEqual({ kind: "wait", ms: 975 });
    now = 5_001_004;
    expect(await a.window.take("four")).toEqual({ kind: "wait", ms: 1 });
    now = 5_001_005;
    expect(await b.window.take("four")).toEqual({ kind: "granted" });
    // "four" is in flight and "two" leaves at 1,015: the next slot is no sooner.
    expect(await a.window.take("five")).toEqual({ kind: "wait", ms: 10 });
  });

  it("when every send of the window is still unanswered, then a waiting client is told to wait a whole window", async () => {
    const [a, b] = clients(2);
    now = 9_000_000;
    expect(await a.window.take("one")).toEqual({ kind: "granted" });
    expect(await b.window.take("two")).toEqual({ kind: "granted" });
    now += 500;
    expect(await a.window.take("three")).toEqual({ kind: "wait", ms: WINDOW_MS });
  });

  it("when both clients ask for the last slots at the same moment, then exactly the limit is granted", async () => {
    const [a, b] = clients(4);
    now = 12_000_000;
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).window.take(`send-${i}`)));
    expect(answers.filter((answer) => answer.kind === "granted")).toHaveLength(4);
  });

  it("when one chat is refused, then only that chat waits; when a second chat is refused within the second, then every client is paused for retry_after", async () => {
    const [a, b] = clients(30);
    now = 20_000_000;
    expect(await a.refusals.refused(101n, 3000)).toBe("chat");
    expect(await b.window.take("other-chat")).toEqual({ kind: "granted" });
    now += 400;
    expect(await b.refusals.refused(102n, 3000)).toBe("bot");
    for (const client of [a, b]) {
      const answer = await client.window.take(`after-${Math.random()}`);
      expect(answer.kind).toBe("paused");
      expect(answer.kind === "paused" && answer.ms > 2000 && answer.ms <= 3000).toBe(true);
    }
  });

  it("when two chats are refused more than a second apart, then neither pauses the bot", async () => {
    const [a, b] = clients(30);
    now = 30_000_000;
    expect(await a.refusals.refused(201n, 1000)).toBe("chat");
    now += WINDOW_MS + 1;
    expect(await b.refusals.refused(202n, 1000)).toBe("chat");
    expect(await a.window.take("goes")).toEqual({ kind: "granted" });
  });
});
