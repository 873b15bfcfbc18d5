import { randomBytes } from "node:crypto";
import type { Logger } from "../logger.js";
import type { RedisClient } from "../redis.js";

/**
 * Telegram's ceiling, shared by every worker process through Redis: at most
 * `limit` sends in any sliding second. A Lua script over a sorted set of sends
 * grants a slot only when the window has one (atomically, so two processes
 * never take the last slot twice) and otherwise says when the oldest send
 * leaves it.
 *
 * Telegram counts a send when the request reaches it, which the sender cannot
 * see; it only knows the request went out after the slot was granted and had
 * arrived once the answer came back. So a send counts from its grant until a
 * second after its answer: the next send, granted a second after that answer,
 * reaches Telegram more than a second after it. The margin this costs is one
 * round trip per slot, and it holds however late a request goes out or however
 * long Telegram takes to count it.
 */

/** The window is one second: Telegram's limits are per second. */
export const WINDOW_MS = 1000;

/** Who waits for a slot: notifications go before broadcasts. */
export type SendPriority = "notification" | "broadcast";

export type SlotAnswer = { kind: "granted" } | { kind: "wait"; ms: number } | { kind: "paused"; ms: number };

/** Where the sliding window lives; RedisSendWindow is the one shared by all processes. */
export interface SendWindow {
  /** Takes a slot for the send named `member` if the window has one; otherwise how long to wait, or how long the bot is paused. */
  take(member: string): Promise<SlotAnswer>;
  /** The send is over (answered or failed): it counts for one more window from now. */
  release(member: string): Promise<void>;
}

/** Telegram asked the whole bot to wait: a send refused for `ms` steps back instead of holding its job. */
export class SendsPaused extends Error {
  constructor(readonly ms: number) {
    super(`sends paused for ${ms} ms`);
    this.name = "SendsPaused";
  }
}

/** The server's clock in ms, or the caller's (tests pass their own). */
const NOW = `
local now = tonumber(ARGV[#ARGV])
if not now then
  local time = redis.call("TIME")
  now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
end
`;

/**
 * KEYS: the window (sorted set: send -> the time it counts until), the pause.
 * ARGV: limit, window ms, send, lease ms, now.
 * A granted send is scored a lease ahead (it is in flight until released); a
 * process killed meanwhile loses the slot for no longer than the lease.
 */
const TAKE = `${NOW}
local paused = redis.call("PTTL", KEYS[2])
if paused > 0 then return {"paused", paused} end
local window = tonumber(ARGV[2])
redis.call("ZREMRANGEBYSCORE", KEYS[1], "-inf", now - window)
if redis.call("ZCARD", KEYS[1]) < tonumber(ARGV[1]) then
  local lease = tonumber(ARGV[4])
  redis.call("ZADD", KEYS[1], now + lease, ARGV[3])
  redis.call("PEXPIRE", KEYS[1], lease + window)
  return {"granted", 0}
end
-- The oldest send leaves a window after it counted; one still in flight leaves a window after its answer, at the earliest.
local oldest = tonumber(redis.call("ZRANGE", KEYS[1], 0, 0, "WITHSCORES")[2])
return {"wait", math.min(oldest, now) + window - now}
`;

/** KEYS: the window. ARGV: send, window ms, now. Also re-adds a send whose lease ran out. */
const RELEASE = `${NOW}
redis.call("ZADD", KEYS[1], now, ARGV[1])
if redis.call("PTTL", KEYS[1]) < tonumber(ARGV[2]) then redis.call("PEXPIRE", KEYS[1], ARGV[2]) end
return 0
`;

/**
 * KEYS: chats refused lately (sorted set: chat -> when), the pause. ARGV: chat, retry ms, window ms, now.
 * Telegram words a 429 the same for one chat's limit and the bot's; refusals for
 * two different chats within a window mean the bot's, and pause every send.
 */
const REFUSED = `${NOW}
redis.call("ZREMRANGEBYSCORE", KEYS[1], "-inf", now - tonumber(ARGV[3]))
redis.call("ZADD", KEYS[1], now, ARGV[1])
redis.call("PEXPIRE", KEYS[1], ARGV[3])
if redis.call("ZCARD", KEYS[1]) < 2 then return 0 end
local retry = tonumber(ARGV[2])
if redis.call("PTTL", KEYS[2]) < retry then redis.call("SET", KEYS[2], "1", "PX", retry) end
return 1
`;

/**
 * The keys of one messenger's limits, which the deployment's processes share (the connection's key prefix sets
 * deployments apart). A script uses a window and the pause together: one hash tag per messenger keeps them in one
 * slot of Redis Cluster.
 */
const keysOf = (scope: string) => ({
  window: `send:{${scope}limits}:window`,
  paidWindow: `send:{${scope}limits}:window:paid`,
  paused: `send:{${scope}limits}:paused`,
  refused: `send:{${scope}limits}:refused`,
});

/** The sliding window in Redis; `clock` is for tests, which move time themselves (otherwise the Redis server's clock). */
export class RedisSendWindow implements SendWindow {
  constructor(
    private readonly redis: RedisClient,
    private readonly options: { key: string; pauseKey: string; limit: number; leaseMs: number; clock?: () => number },
  ) {}

  async take(member: string): Promise<SlotAnswer> {
    const { key, pauseKey, limit, leaseMs } = this.options;
    const [kind, ms] = (await this.redis.eval(TAKE, 2, key, pauseKey, limit, WINDOW_MS, member, leaseMs, this.now())) as [
      SlotAnswer["kind"],
      number,
    ];
    return kind === "granted" ? { kind } : { kind, ms };
  }

  async release(member: string): Promise<void> {
    await this.redis.eval(RELEASE, 1, this.options.key, member, WINDOW_MS, this.now());
  }

  private now(): string {
    return this.options.clock ? String(this.options.clock()) : "";
  }
}

/** How a 429 is taken: for one chat (only its send waits) or for the whole bot (every send waits, in every process). */
export class RefusedSends {
  constructor(
    private readonly redis: RedisClient,
    private readonly options: { key: string; pauseKey: string; clock?: () => number },
  ) {}

  async refused(chatId: bigint, retryAfterMs: number): Promise<"chat" | "bot"> {
    const { key, pauseKey, clock } = this.options;
    const bot = await this.redis.eval(REFUSED, 2, key, pauseKey, String(chatId), retryAfterMs, WINDOW_MS, clock ? String(clock()) : "");
    return bot === 1 ? "bot" : "chat";
  }
}

const RANK: Record<SendPriority, number> = { notification: 0, broadcast: 1 };

type Waiter = { rank: number; member: string; resolve: (member: string) => void; reject: (error: unknown) => void };

/**
 * A process's side of a window: its sends wait here in order (notifications
 * first), and only the first asks Redis, so waiting sends cost no round trips.
 */
export class SendLimiter {
  private readonly waiting: Waiter[] = [];
  private pumping = false;
  private readonly id = randomBytes(6).toString("hex");
  private sent = 0;

  constructor(
    private readonly window: SendWindow,
    private readonly logger: Logger,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  /**
   * Runs `send` in a slot of the window; rejects with SendsPaused (not running
   * it) when Telegram asked the bot to wait.
   */
  async run<T>(priority: SendPriority, send: () => Promise<T>): Promise<T> {
    const member = await this.acquire(priority);
    try {
      return await send();
    } finally {
      // Not waited for: the job records the send meanwhile (the sooner, the smaller the window in which a worker
      // dying would send it twice), and a send that went out must not be retried because Redis failed here (its
      // slot then lapses with the lease).
      void this.window.release(member).catch((error: unknown) => this.logger.warn({ err: String(error) }, "send slot not released"));
    }
  }

  private acquire(priority: SendPriority): Promise<string> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { rank: RANK[priority], member: `${this.id}:${++this.sent}`, resolve, reject };
      const behind = this.waiting.findIndex((w) => w.rank > waiter.rank);
      this.waiting.splice(behind === -1 ? this.waiting.length : behind, 0, waiter);
      void this.pump();
    });
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.waiting.length > 0) {
        const first = this.waiting[0] as Waiter;
        let answer: SlotAnswer;
        try {
          answer = await this.window.take(first.member);
        } catch (error) {
          for (const waiter of this.waiting.splice(0)) waiter.reject(error);
          break;
        }
        if (answer.kind === "granted") {
          // A notification may have come in first meanwhile: the slot is still the one asked for.
          this.waiting.splice(this.waiting.indexOf(first), 1);
          first.resolve(first.member);
        } else if (answer.kind === "paused") {
          for (const waiter of this.waiting.splice(0)) waiter.reject(new SendsPaused(answer.ms));
        } else {
          await this.sleep(answer.ms);
        }
      }
    } finally {
      this.pumping = false;
    }
  }
}

export type SendLimits = {
  /** The bot's free rate: sends in any sliding second. */
  perSecond: number;
  notifications: SendLimiter;
  /** The same limiter as notifications', unless broadcasts are paid for (a window of their own at the paid rate). */
  broadcasts: SendLimiter;
  refusals: RefusedSends;
  /** Whether broadcast sends carry allow_paid_broadcast. */
  paidBroadcasts: boolean;
};

/**
 * The limiters of a worker process. `redis` carries the deployment's key prefix.
 * A send still unanswered after `leaseMs` no longer holds its slot (its process died).
 */
export function createSendLimits(
  redis: RedisClient,
  options: {
    perSecond: number;
    paidBroadcastsPerSecond: number | undefined;
    leaseMs: number;
    logger: Logger;
    /** Each bot has limits of its own, in keys of its own (its adapter's keyScope: "" for Telegram's of the whole country). */
    scope?: string;
  },
): SendLimits {
  const { perSecond, paidBroadcastsPerSecond, leaseMs, logger } = options;
  const KEYS = keysOf(options.scope ?? "");
  const free = new SendLimiter(new RedisSendWindow(redis, { key: KEYS.window, pauseKey: KEYS.paused, limit: perSecond, leaseMs }), logger);
  const paid =
    paidBroadcastsPerSecond === undefined
      ? undefined
      : new SendLimiter(
          new RedisSendWindow(redis, { key: KEYS.paidWindow, pauseKey: KEYS.paused, limit: paidBroadcastsPerSecond, leaseMs }),
          logger,
        );
  return {
    perSecond,
    notifications: free,
    broadcasts: paid ?? free,
    refusals: new RefusedSends(redis, { key: KEYS.refused, pauseKey: KEYS.paused }),
    paidBroadcasts: paid !== undefined,
  };
}
