import type { Context, MiddlewareFn } from "grammy";
import type { RedisClient } from "../../redis.js";

/**
 * Counts an update of the person (KEYS[1]) and starts the window with the first: one round trip, and a counter
 * that always expires (two commands, INCR then PEXPIRE, left a counter without an end when the second was lost).
 */
const HIT = `
local hits = redis.call("INCR", KEYS[1])
if hits == 1 then redis.call("PEXPIRE", KEYS[1], ARGV[1]) end
return hits`;

/** The script as a command of the connection: sent once per connection, then called by its SHA1 (EVALSHA). */
const HIT_COMMAND = "rateLimitHit";
type HitCommand = { [HIT_COMMAND](key: string, windowMs: number): Promise<number> };

/**
 * At most `max` updates of a person in a window of `windowMs` from their first, counted in Redis so that
 * every bot process shares the count. The first update over the limit goes to `onLimitExceeded`; the rest
 * of the window's are dropped. Updates without a sender pass.
 */
export function rateLimit<C extends Context>(
  redis: RedisClient,
  options: { windowMs: number; max: number; keyPrefix: string; onLimitExceeded: (ctx: C) => Promise<unknown> },
): MiddlewareFn<C> {
  const { windowMs, max, keyPrefix, onLimitExceeded } = options;
  redis.defineCommand(HIT_COMMAND, { numberOfKeys: 1, lua: HIT });
  const hit = (redis as RedisClient & HitCommand)[HIT_COMMAND].bind(redis);
  return async (ctx, next) => {
    const id = ctx.from?.id;
    if (id === undefined) return next();
    const hits = await hit(`${keyPrefix}${id}`, windowMs);
    if (hits <= max) return next();
    if (hits === max + 1) await onLimitExceeded(ctx);
  };
}
