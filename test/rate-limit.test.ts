import { randomBytes } from "node:crypto";
import type { Context } from "grammy";
import { Redis } from "ioredis";
import { afterAll, describe, expect, inject, it } from "vitest";
import { rateLimit } from "../src/bot/middleware/rate-limit.js";

/** The flood limit's counter on real Redis; the journeys (buttons, faults) show what people hear. */

const redis = new Redis(inject("redisUrl"), { keyPrefix: `${inject("redisPrefix")}:rate-${randomBytes(3).toString("hex")}:` });
afterAll(() => redis.quit());

const WINDOW_MS = 60_000;

function limiter(max: number) {
  const told: number[] = [];
  const passed: number[] = [];
  const middleware = rateLimit<Context>(redis, {
    windowMs: WINDOW_MS,
    max,
    keyPrefix: "ratelimit:",
    onLimitExceeded: async (ctx) => {
      told.push(ctx.from?.id ?? 0);
    },
  });
  const update = (id?: number) =>
    middleware((id === undefined ? {} : { from: { id } }) as Context, async () => {
      passed.push(id ?? 0);
    });
  return { update, told, passed };
}

describe("the flood limit", () => {
  it("when a person sends more than the limit in a window, then the first update over it is told and the rest are dropped, and others still pass", async () => {
    const { update, told, passed } = limiter(3);
    for (let i = 0; i < 6; i++) await update(101);
    await update(102);
    await update(); // no sender: nothing to count
    expect(passed).toEqual([101, 101, 101, 102, 0]);
    expect(told).toEqual([101]);
  });

  it("when a person's first update is counted, then their counter ends with its window, and later updates do not push the end back", async () => {
    const { update } = limiter(10);
    await update(201);
    const first = await redis.pttl("ratelimit:201");
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(WINDOW_MS);
    await redis.pexpire("ratelimit:201", 5_000); // as if most of the window had gone by
    await update(201);
    expect(await redis.get("ratelimit:201")).toBe("2");
    expect(await redis.pttl("ratelimit:201")).toBeLessThanOrEqual(5_000);
  });
});
