import { randomBytes } from "node:crypto";
import type { Update } from "grammy/types";
import type { Logger } from "./logger.js";
import type { RedisClient } from "./redis.js";

/** A drainer holds its chat for this long unless it renews; one that died frees the chat after it. */
export const CHAT_LOCK_MS = 30_000;
/** Updates nobody handled (Redis kept them, every replica was down) are dropped after a day, as Telegram drops its own. */
const QUEUE_TTL_MS = 24 * 3600 * 1000;
/** How often a replica looks for chats whose updates wait without a drainer (one stopped or died mid-chat). */
const SWEEP_MS = 2000;

/**
 * KEYS: the chat's updates (sorted set: update -> update_id), its lock. ARGV: update_id, update, token, lock ms, queue ttl.
 * Queues the update, then takes the chat if nobody holds it: 1 when this caller must drain it.
 */
const ENQUEUE = `
redis.call("ZADD", KEYS[1], ARGV[1], ARGV[2])
redis.call("PEXPIRE", KEYS[1], ARGV[5])
if redis.call("SET", KEYS[2], ARGV[3], "NX", "PX", ARGV[4]) then return 1 end
return 0
`;

/** KEYS: updates, lock. ARGV: token, lock ms. Takes a chat that has updates and no drainer: 1 taken, 0 held, -1 nothing waits. */
const CLAIM = `
if redis.call("ZCARD", KEYS[1]) == 0 then return -1 end
if redis.call("SET", KEYS[2], ARGV[1], "NX", "PX", ARGV[2]) then return 1 end
return 0
`;

/**
 * KEYS: updates, lock. ARGV: the update handled ("" for none), token, lock ms, whether to go on.
 * Removes the handled update; keeps the chat (1) while more wait and the drainer goes on, or frees it: 0 with none
 * left, 2 with some left (stopping), -1 if the lease had run out. Checking and freeing at once is what keeps an
 * update queued meanwhile from waiting with nobody to drain it.
 */
const FINISH = `
if ARGV[1] ~= "" then redis.call("ZREM", KEYS[1], ARGV[1]) end
if redis.call("GET", KEYS[2]) ~= ARGV[2] then return -1 end
local left = redis.call("ZCARD", KEYS[1])
if ARGV[4] == "1" and left > 0 then
  redis.call("PEXPIRE", KEYS[2], ARGV[3])
  return 1
end
redis.call("DEL", KEYS[2])
if left > 0 then return 2 end
return 0
`;

/** KEYS: lock. ARGV: token, lock ms. */
const RENEW = `
if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("PEXPIRE", KEYS[1], ARGV[2]) end
return 0
`;

/** The chat an update belongs to, as grammY's sequentialize keys it (the chat, or else the person). */
export function chatOfUpdate(update: Update): string {
  const payload = Object.entries(update).find(([key]) => key !== "update_id")?.[1] as
    | { chat?: { id: number }; message?: { chat?: { id: number } }; from?: { id: number }; user?: { id: number } }
    | undefined;
  const id = payload?.chat?.id ?? payload?.message?.chat?.id ?? payload?.from?.id ?? payload?.user?.id;
  return id === undefined ? "none" : String(id);
}

/**
 * Webhook updates, handled in order per chat by whichever bot replica takes the chat: the replica that
 * receives an update queues it in Redis under its chat and answers the messenger at once; the first
 * replica to find the chat free takes it (a lock with a lease it renews) and handles its updates one at a
 * time, lowest update_id first, until none waits. Another replica's update for that chat only joins the
 * queue. So one chat's updates never run at once on two replicas, while other chats run everywhere.
 *
 * An update leaves the queue after it was handled: a replica that dies mid-update leaves it to be handled
 * again by the next one (as the messenger itself would retry it). Each chat's keys share a hash tag
 * (`{scope:chat}`), so the scripts run on Redis Cluster.
 */
export class ChatOrderedUpdates {
  private readonly token = randomBytes(12).toString("base64url");
  private readonly draining = new Set<Promise<void>>();
  /** Chats (bot scope and chat) that may have updates waiting: what the sweep looks at. */
  private readonly waitingKey = "webhook-updates:waiting";
  private sweeper: NodeJS.Timeout | undefined;
  private stopping = false;

  constructor(
    /** The app's connection (its key prefix keeps deployments apart). */
    private readonly redis: RedisClient,
    /** Each bot's handler, by its key scope (one bot per scope). */
    private readonly handlers: ReadonlyMap<string, (update: Update) => Promise<void>>,
    private readonly logger: Logger,
    /** How often to sweep, and how long an update waits before a sweep takes its chat (tests shorten it). */
    private readonly sweepMs: number = SWEEP_MS,
  ) {}

  /** Starts looking for chats left without a drainer. */
  start(): void {
    this.sweeper = setInterval(() => void this.sweep(), this.sweepMs);
  }

  /** Queues an update of the bot `scope`; resolves once Redis holds it (then the messenger may be answered). */
  async accept(scope: string, update: Update): Promise<void> {
    const chat = `${scope}${chatOfUpdate(update)}`;
    const { queue, lock } = this.keys(chat);
    const taken = await this.redis.eval(
      ENQUEUE,
      2,
      queue,
      lock,
      update.update_id,
      JSON.stringify(update),
      this.token,
      CHAT_LOCK_MS,
      QUEUE_TTL_MS,
    );
    await this.redis.zadd(this.waitingKey, Date.now(), `${scope}\n${chat}`);
    if (taken === 1) this.drain(scope, chat);
  }

  /** Lets running drains finish their update and free their chats (other replicas' sweeps take the rest). */
  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.sweeper);
    while (this.draining.size > 0) await Promise.all(this.draining);
  }

  private keys(chat: string) {
    return { queue: `webhook-updates:{${chat}}`, lock: `webhook-updates:{${chat}}:lock` };
  }

  private drain(scope: string, chat: string): void {
    const run = this.handleAll(scope, chat)
      .catch((error: unknown) => this.logger.error({ err: error, chat }, "webhook updates of a chat could not be handled"))
      .finally(() => this.draining.delete(run));
    this.draining.add(run);
  }

  private async handleAll(scope: string, chat: string): Promise<void> {
    const { queue, lock } = this.keys(chat);
    const handle = this.handlers.get(scope);
    const renew = setInterval(
      () => void this.redis.eval(RENEW, 1, lock, this.token, CHAT_LOCK_MS).catch(() => undefined),
      CHAT_LOCK_MS / 3,
    );
    try {
      for (;;) {
        const [next] = await this.redis.zrange(queue, "0", "0");
        if (next !== undefined && handle) {
          try {
            await handle(JSON.parse(next) as Update);
          } catch (error) {
            // The bot's error boundary answers the person; what escapes it is logged, and the chat goes on.
            this.logger.error({ err: error, chat }, "webhook update failed");
          }
        }
        const goOn = this.stopping ? "0" : "1";
        const state = await this.redis.eval(FINISH, 2, queue, lock, next ?? "", this.token, CHAT_LOCK_MS, goOn);
        // Nothing left: the sweep need not look at the chat (an update queued meanwhile took the chat itself).
        if (state === 0) await this.redis.zrem(this.waitingKey, `${scope}\n${chat}`);
        if (state !== 1) return;
      }
    } finally {
      clearInterval(renew);
    }
  }

  /** Takes the chats whose updates wait with nobody draining them; forgets those with none left. */
  private async sweep(): Promise<void> {
    try {
      // Those queued a moment ago are being drained by whoever queued them.
      const candidates = await this.redis.zrangebyscore(this.waitingKey, "-inf", Date.now() - this.sweepMs, "LIMIT", 0, 100);
      for (const entry of candidates) {
        if (this.stopping) return;
        const [scope = "", chat = ""] = entry.split("\n");
        const { queue, lock } = this.keys(chat);
        const claimed = await this.redis.eval(CLAIM, 2, queue, lock, this.token, CHAT_LOCK_MS);
        if (claimed === -1) await this.redis.zrem(this.waitingKey, entry);
        if (claimed === 1) this.drain(scope, chat);
      }
    } catch (error) {
      this.logger.warn({ err: error }, "sweep of waiting webhook updates failed");
    }
  }
}
