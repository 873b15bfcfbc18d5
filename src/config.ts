import { readFileSync } from "node:fs";
import type { Messenger } from "@prisma/client";
import { z } from "zod";
import { parseTrustedProxies } from "./client-address.js";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** How long a stopping process may take to close its connections before it exits anyway. */
export const DEFAULT_SHUTDOWN_TIMEOUT_SECONDS = 10;

/** The entries of a comma-separated setting, blanks dropped. */
const commaSeparated = (value: string) =>
  value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);

const userIds = (messenger: string) =>
  z
    .string()
    .default("")
    .transform((value, ctx) => {
      const ids = commaSeparated(value);
      for (const id of ids) {
        if (!/^\d{1,15}$/.test(id)) {
          ctx.addIssue({ code: "custom", message: `needs comma-separated ${messenger} user ids; "${id}" is not one` });
          return z.NEVER;
        }
      }
      return new Set(ids.map((id) => BigInt(id)));
    });
/**
 * A key's hash tag as Redis Cluster reads it: what lies between the first `{` and the first `}` after it, if not empty.
 * Keys with the same tag are in the same slot, so one script may use them together.
 */
export function hashTagOf(key: string): string | undefined {
  const open = key.indexOf("{");
  if (open === -1) return undefined;
  const close = key.indexOf("}", open + 1);
  return close > open + 1 ? key.slice(open + 1, close) : undefined;
}

/** A node of Redis Cluster to start from (the client discovers the others from it). */
export type RedisNode = { host: string; port: number };

/** "redis-1:6379", "10.0.0.5:7000", "[fd00::5]:6379": one seed of REDIS_CLUSTER_NODES. */
function parseRedisNode(entry: string): RedisNode | undefined {
  const match = /^(\[[0-9a-fA-F:.]+\]|[\w.-]+):(\d{1,5})$/.exec(entry);
  if (!match) return undefined;
  const port = Number(match[2]);
  if (port < 1 || port > 65535) return undefined;
  return { host: (match[1] as string).replace(/^\[(.*)\]$/, "$1"), port };
}

const token = z.string().regex(/^\d+:[\w-]{20,}$/, "needs the token BotFather gave you (digits:letters)");

/** "3d15h", "90m", "1500ms": a length of time in milliseconds. */
export function parseDuration(text: string): number | undefined {
  const units: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
  const parts = [...text.trim().matchAll(/(\d+)(ms|d|h|m|s)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join("") !== text.trim()) return undefined;
  return parts.reduce((total, [, amount, unit]) => total + Number(amount) * (units[unit as string] ?? 0), 0);
}

const durations = z.string().transform((value, ctx) => {
  const parsed = value.split(",").map((part) => parseDuration(part));
  if (parsed.some((ms) => ms === undefined)) {
    ctx.addIssue({ code: "custom", message: `needs comma-separated durations such as 87h,15h; "${value}" is not` });
    return z.NEVER;
  }
  // Earliest reminder first: the longest time before the deadline.
  return (parsed as number[]).sort((a, b) => b - a);
});

/** One province's bot in BOTS (or BOTS_FILE). */
const provinceBot = z.strictObject({
  province: z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/, "needs the province's code in the reference data, e.g. zanjan"),
  messenger: z.enum(["telegram", "bale"], "needs telegram or bale").default("telegram"),
  token,
  // Another Bot API server for this bot only (e.g. a local one); the messenger's otherwise.
  apiRoot: z.url("needs a URL such as https://api.telegram.org").optional(),
});
const provinceBots = z.array(provinceBot);

const schema = z.object({
  // Telegram, Bale or both: each a bot for the whole country, in the same process, on the same database.
  BOT_TOKEN: token.optional(),
  BALE_BOT_TOKEN: token.optional(),
  // Provinces' own bots, as JSON ([{ "province": "zanjan", "messenger": "telegram", "token": "…" }]) or a file of it.
  BOTS: z.string().optional(),
  BOTS_FILE: z.string().optional(),
  // Local defaults, as in .env.example, so a fresh machine needs only a token.
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "needs a postgresql:// connection URL")
    .default("postgresql://postgres@127.0.0.1:5432/samanyar"),
  // A read replica for reports (/kpi, /coverage, the directory, needs reports, the dashboard); writes never go there.
  DATABASE_REPLICA_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "needs a postgresql:// connection URL")
    .optional(),
  // Connections each process keeps to each database at most.
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "needs a redis:// connection URL")
    .default("redis://127.0.0.1:6379"),
  // Redis Cluster: seeds to discover it from (host:port, comma-separated); REDIS_URL then gives only user, password, TLS.
  REDIS_CLUSTER_NODES: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return undefined;
      const nodes: RedisNode[] = [];
      for (const entry of commaSeparated(value)) {
        const node = parseRedisNode(entry);
        if (!node) {
          ctx.addIssue({
            code: "custom",
            message: `needs comma-separated host:port seeds such as redis-1:6379,redis-2:6379; "${entry}" is not one`,
          });
          return z.NEVER;
        }
        nodes.push(node);
      }
      return nodes.length > 0 ? nodes : undefined;
    }),
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w:-]+$/, "needs letters, digits, _ - or :")
    .default("samanyar"),
  // The delivery queues' prefix (BullMQ); REDIS_PREFIX when unset. Redis Cluster needs a hash tag: {samanyar}.
  QUEUE_PREFIX: z
    .string()
    .regex(/^[\w:{}-]+$/, "needs letters, digits, _ - : or a {hash tag}")
    .optional(),
  ADMIN_IDS: userIds("Telegram"),
  BALE_ADMIN_IDS: userIds("Bale"),
  BOT_API_ROOT: z.url("needs a URL such as https://api.telegram.org").default("https://api.telegram.org"),
  BALE_API_ROOT: z.url("needs a URL such as https://tapi.bale.ai").default("https://tapi.bale.ai"),
  WEBHOOK_URL: z.url({ protocol: /^https$/, error: "needs the public https:// URL Telegram should post updates to" }).optional(),
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[\w-]{16,256}$/, "needs 16 to 256 letters, digits, _ or -")
    .optional(),
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  // The officials' dashboard is served at /dashboard on HTTP_PORT; this is its public address (links, Mini App buttons).
  DASHBOARD_URL: z
    .url({ protocol: /^https?$/, error: "needs the dashboard's public address, e.g. https://bot.example.org/dashboard" })
    .regex(/\/dashboard\/?$/, "needs an address ending in /dashboard, where the bot's HTTP server serves it")
    .optional(),
  // Reverse proxies in front of the HTTP server whose X-Forwarded-For names the client (addresses or subnets, comma-separated).
  TRUST_PROXY: z
    .string()
    .default("")
    .transform((value, ctx) => {
      const entries = commaSeparated(value);
      const { invalid } = parseTrustedProxies(entries);
      if (invalid.length) {
        ctx.addIssue({
          code: "custom",
          message: `needs comma-separated addresses or subnets such as 127.0.0.1 or 10.0.0.0/8; "${invalid[0]}" is not one`,
        });
        return z.NEVER;
      }
      return entries;
    }),
  // The public transparency page at /dashboard/public: the province's aggregates, for anyone, without signing in.
  PUBLIC_DASHBOARD: z.enum(["true", "false"], "needs true or false").default("false"),
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  LOG_LEVEL: z.enum(LOG_LEVELS, `needs one of ${LOG_LEVELS.join(", ")}`).default("info"),
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(DEFAULT_SHUTDOWN_TIMEOUT_SECONDS),
  RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(10),
  CONVERSATION_TTL_HOURS: z.coerce.number().int().min(1).default(72),
  SEND_RATE_PER_SECOND: z.coerce.number().int().min(1).max(30).default(30),
  PAID_BROADCAST_RATE: z.coerce.number().int().min(1).max(1000).optional(),
  // Bale publishes no rate: a conservative default, raised once a deployment has seen what it allows.
  BALE_SEND_RATE_PER_SECOND: z.coerce.number().int().min(1).max(1000).default(20),
  // A fallback: the workers are woken by each new outbox row (LISTEN/NOTIFY); the poll only catches what a notification
  // missed, and costs one indexed query per worker every 5 s.
  OUTBOX_INTERVAL_MS: z.coerce.number().int().min(10).default(5000),
  JOB_LOCK_MS: z.coerce.number().int().min(500).default(30_000),
  DELIVERY_RETRY_MS: z.coerce.number().int().min(10).default(2000),
  BROADCAST_STATUS_INTERVAL_MS: z.coerce.number().int().min(100).default(3000),
  BROADCAST_STALL_MS: z.coerce.number().int().min(1000).default(300_000),
  // A deadline falls at the end of its day (24:00 Tehran): 87h and 15h before are 09:00 three days earlier and 09:00 on the day.
  NEEDS_REMINDERS_BEFORE_DEADLINE: durations.prefault("87h,15h"),
  SCHEDULER_TICK_MS: z.coerce.number().int().min(50).default(60_000),
  REDIS_CHECK_INTERVAL_MS: z.coerce.number().int().min(50).default(60_000),
  MEETING_REMINDERS_BEFORE: durations.prefault("7d,1d,2h"),
  // When (cron, Tehran time) the workers check that every county has its meeting of the quarter; they nudge only on the check's days.
  QUARTERLY_CHECK_CRON: z
    .string()
    .regex(/^\S+( \S+){4,5}$/, "needs a cron pattern of 5 or 6 fields, e.g. 0 9 * * *")
    .default("0 9 * * *"),
});

/** One messenger the deployment runs a bot on (src/messengers/ turns it into an adapter). */
export type MessengerSettings = {
  messenger: Messenger;
  token: string;
  apiRoot: string;
  /** Superadmins, by their user id on this messenger. */
  adminIds: ReadonlySet<bigint>;
  /** Most messages the workers send on this messenger in any sliding second, all processes together. */
  sendRatePerSecond: number;
  /** Telegram only: the rate of broadcasts paid for with allow_paid_broadcast. */
  paidBroadcastRate: number | undefined;
  /** The rate broadcasts go at on this messenger. */
  broadcastRatePerSecond: number;
};

/** One bot the deployment runs: a messenger's settings, its own token, and whose bot it is. */
export type BotSettings = MessengerSettings & {
  /**
   * The bot's stable name: its messenger's ("telegram", "bale") for a bot of the whole country, "telegram:zanjan" for a
   * province's. Recorded for the people who started it (PersonBot), and part of its Redis keys and webhook path.
   */
  key: string;
  /** The province (its code in the reference data) whose bot this is; undefined for a bot of the whole country. */
  province: string | undefined;
};

export type Config = {
  /** The bots of the whole country (BOT_TOKEN, BALE_BOT_TOKEN), Telegram first; empty when every bot is a province's. */
  messengers: readonly MessengerSettings[];
  /** Every bot: those of the whole country (as in `messengers`), then the provinces' (BOTS) in their order; never empty. */
  bots: readonly BotSettings[];
  databaseUrl: string;
  /** Reports read here when set (a streaming replica: they may lag the primary by a moment). */
  databaseReplicaUrl: string | undefined;
  /** Connections each process keeps to each database at most. */
  databasePoolSize: number;
  /**
   * Single Redis: its URL. With `redisCluster`, only its user, password and scheme (rediss:// for TLS) are used, for
   * every node of the cluster.
   */
  redisUrl: string;
  /** Redis Cluster's seed nodes (REDIS_CLUSTER_NODES); undefined for a single Redis at `redisUrl`. */
  redisCluster: readonly RedisNode[] | undefined;
  redisPrefix: string;
  /**
   * The prefix of the delivery and schedule queues (BullMQ) and of the workers' marker in Redis. On Redis Cluster it
   * must be a hash tag such as `{samanyar}`: a queue's keys are used together by BullMQ's scripts.
   */
  queuePrefix: string;
  /** Telegram's superadmins (ADMIN_IDS); Bale's are in `messengers`. */
  adminIds: ReadonlySet<bigint>;
  /**
   * Webhook mode: Telegram posts to WEBHOOK_URL with the secret in a header; Bale, which is not known to send that
   * header, posts to /bale/<secret> on the same host, the secret in the path.
   */
  webhook: { url: string; secret: string } | undefined;
  httpPort: number;
  /** The dashboard's public address without a trailing slash (…/dashboard); no dashboard links without it. */
  dashboardUrl: string | undefined;
  /**
   * The reverse proxies (addresses, subnets) whose X-Forwarded-For gives the client's address, e.g. for counting
   * dashboard sign-in attempts per person rather than per proxy; empty: the connecting address is the client's.
   */
  trustProxy: readonly string[];
  /** Whether /dashboard/public shows the province's aggregates (verified NGOs, meetings held, training-needs response) to anyone. */
  publicDashboard: boolean;
  /** The sandbox page's port on 127.0.0.1 (only used when running the sandbox). */
  sandboxPort: number;
  logLevel: (typeof LOG_LEVELS)[number];
  /** A stop (SIGTERM, SIGINT) that has not finished after this long exits the process anyway. */
  shutdownTimeoutMs: number;
  rateLimit: { max: number; windowMs: number };
  conversationTtlSeconds: number;
  /** Most messages the workers send in any sliding second (Telegram's free limit is 30). */
  sendRatePerSecond: number;
  /** Set when the province pays for broadcasts beyond the free limit (allow_paid_broadcast): their own rate. */
  paidBroadcastRate: number | undefined;
  /** The rate broadcasts go at: the paid one if set, otherwise the free one they share with notifications. */
  broadcastRatePerSecond: number;
  /** How often the workers look at the outbox without being notified of a new row (a fallback). */
  outboxIntervalMs: number;
  /** How long a delivery job stays with a worker that stopped answering (was killed) before another takes it over. */
  jobLockMs: number;
  /**
   * How long a delivery that failed for a passing reason (network, the messenger's 5xx, a file still uploading) waits
   * before its first retry; each further one waits twice as long.
   */
  deliveryRetryMs: number;
  /** How often a running broadcast's status message is brought up to date. */
  broadcastStatusIntervalMs: number;
  /** A running broadcast with nothing delivered for this long has lost its jobs: they are queued again. */
  broadcastStallMs: number;
  /** When leaders who have not answered a training-needs round are reminded, as times before its deadline. */
  needsRemindersBeforeDeadlineMs: readonly number[];
  /** When invitees who have not declined are reminded of a meeting, as times before it starts. */
  meetingRemindersBeforeMs: readonly number[];
  /** How often the workers look for due reminders and deadlines. */
  schedulerTickMs: number;
  /** How often the workers check that Redis kept its data (they also check when it reconnects). */
  redisCheckIntervalMs: number;
  /** When (cron pattern, Tehran time) the workers run the quarterly check of meetings. */
  quarterlyCheckCron: string;
};

export class ConfigError extends Error {}

/** Validates the environment once; the first problem is reported as one line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // `NAME=` in .env means "not set", as .env.example leaves optional values.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = schema.safeParse(given);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? "environment");
    const problem = issue?.code === "invalid_type" && given[variable] === undefined ? "is missing" : issue?.message;
    throw new ConfigError(`Configuration error: ${variable} ${problem} (see .env.example)`);
  }
  const e = parsed.data;
  const perProvince = readProvinceBots(e.BOTS, e.BOTS_FILE);
  if (!e.BOT_TOKEN && !e.BALE_BOT_TOKEN && perProvince.length === 0) {
    throw new ConfigError(
      "Configuration error: BOT_TOKEN is missing; set BOT_TOKEN (Telegram), BALE_BOT_TOKEN (Bale) or both (see .env.example)",
    );
  }
  // A messenger's settings, for its bot of the whole country and for the provinces' bots on it.
  const settingsOf = (messenger: Messenger, token: string, apiRoot?: string): MessengerSettings =>
    messenger === "TELEGRAM"
      ? {
          messenger,
          token,
          apiRoot: (apiRoot ?? e.BOT_API_ROOT).replace(/\/$/, ""),
          adminIds: e.ADMIN_IDS,
          sendRatePerSecond: e.SEND_RATE_PER_SECOND,
          paidBroadcastRate: e.PAID_BROADCAST_RATE,
          broadcastRatePerSecond: e.PAID_BROADCAST_RATE ?? e.SEND_RATE_PER_SECOND,
        }
      : {
          messenger,
          token,
          apiRoot: (apiRoot ?? e.BALE_API_ROOT).replace(/\/$/, ""),
          adminIds: e.BALE_ADMIN_IDS,
          sendRatePerSecond: e.BALE_SEND_RATE_PER_SECOND,
          paidBroadcastRate: undefined,
          broadcastRatePerSecond: e.BALE_SEND_RATE_PER_SECOND,
        };
  const messengers: MessengerSettings[] = [];
  if (e.BOT_TOKEN) messengers.push(settingsOf("TELEGRAM", e.BOT_TOKEN));
  if (e.BALE_BOT_TOKEN) messengers.push(settingsOf("BALE", e.BALE_BOT_TOKEN));
  const bots: BotSettings[] = [
    ...messengers.map((m) => ({ ...m, key: m.messenger.toLowerCase(), province: undefined })),
    ...perProvince.map((entry) => ({
      ...settingsOf(entry.messenger === "bale" ? "BALE" : "TELEGRAM", entry.token, entry.apiRoot),
      key: `${entry.messenger}:${entry.province}`,
      province: entry.province,
    })),
  ];
  const seen = new Map<string, string>();
  for (const bot of bots) {
    const earlier = seen.get(bot.token);
    if (earlier) throw new ConfigError(`Configuration error: BOTS gives the token of ${earlier} to ${bot.key} too: one token is one bot`);
    seen.set(bot.token, bot.key);
    if (bots.some((other) => other !== bot && other.key === bot.key)) {
      throw new ConfigError(`Configuration error: BOTS has two bots for ${bot.key}: a province has one bot per messenger`);
    }
  }
  if (e.WEBHOOK_URL && !e.WEBHOOK_SECRET) {
    throw new ConfigError("Configuration error: WEBHOOK_SECRET is missing; webhook mode needs it (see .env.example)");
  }
  const queuePrefix = e.QUEUE_PREFIX ?? e.REDIS_PREFIX;
  if (e.REDIS_CLUSTER_NODES) checkClusterSettings(e.REDIS_URL, e.QUEUE_PREFIX);
  return {
    messengers,
    bots,
    databaseUrl: e.DATABASE_URL,
    databaseReplicaUrl: e.DATABASE_REPLICA_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    redisUrl: e.REDIS_URL,
    redisCluster: e.REDIS_CLUSTER_NODES,
    redisPrefix: e.REDIS_PREFIX,
    queuePrefix,
    adminIds: e.ADMIN_IDS,
    webhook: e.WEBHOOK_URL && e.WEBHOOK_SECRET ? { url: e.WEBHOOK_URL, secret: e.WEBHOOK_SECRET } : undefined,
    httpPort: e.HTTP_PORT,
    dashboardUrl: e.DASHBOARD_URL?.replace(/\/$/, ""),
    publicDashboard: e.PUBLIC_DASHBOARD === "true",
    trustProxy: e.TRUST_PROXY,
    sandboxPort: e.SANDBOX_PORT,
    logLevel: e.LOG_LEVEL,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    rateLimit: { max: e.RATE_LIMIT_MAX, windowMs: e.RATE_LIMIT_WINDOW_SECONDS * 1000 },
    conversationTtlSeconds: e.CONVERSATION_TTL_HOURS * 3600,
    sendRatePerSecond: e.SEND_RATE_PER_SECOND,
    paidBroadcastRate: e.PAID_BROADCAST_RATE,
    broadcastRatePerSecond: e.PAID_BROADCAST_RATE ?? e.SEND_RATE_PER_SECOND,
    outboxIntervalMs: e.OUTBOX_INTERVAL_MS,
    jobLockMs: e.JOB_LOCK_MS,
    deliveryRetryMs: e.DELIVERY_RETRY_MS,
    broadcastStatusIntervalMs: e.BROADCAST_STATUS_INTERVAL_MS,
    broadcastStallMs: e.BROADCAST_STALL_MS,
    needsRemindersBeforeDeadlineMs: e.NEEDS_REMINDERS_BEFORE_DEADLINE,
    schedulerTickMs: e.SCHEDULER_TICK_MS,
    redisCheckIntervalMs: e.REDIS_CHECK_INTERVAL_MS,
    meetingRemindersBeforeMs: e.MEETING_REMINDERS_BEFORE,
    quarterlyCheckCron: e.QUARTERLY_CHECK_CRON,
  };
}

/**
 * What Redis Cluster needs of the rest: BullMQ's scripts use all of a queue's keys at once, so the queues' prefix must be
 * a hash tag (every queue key in one slot); and a cluster has only database 0.
 */
function checkClusterSettings(redisUrl: string, queuePrefix: string | undefined): void {
  if (queuePrefix === undefined) {
    throw new ConfigError(
      "Configuration error: QUEUE_PREFIX is missing; on Redis Cluster (REDIS_CLUSTER_NODES) the queues need a prefix with a hash tag such as {samanyar}, so that each queue's keys share a slot (see README, National scale)",
    );
  }
  if (hashTagOf(queuePrefix) === undefined) {
    throw new ConfigError(
      `Configuration error: QUEUE_PREFIX "${queuePrefix}" has no hash tag; on Redis Cluster (REDIS_CLUSTER_NODES) the queues need one, such as {samanyar}, so that each queue's keys share a slot (see README, National scale)`,
    );
  }
  const database = new URL(redisUrl).pathname.replace(/^\//, "");
  if (database !== "" && database !== "0") {
    throw new ConfigError(
      `Configuration error: REDIS_URL selects database ${database}, and Redis Cluster has only database 0; with REDIS_CLUSTER_NODES, REDIS_URL gives only the user, password and rediss:// for TLS`,
    );
  }
}

/** The provinces' bots, from BOTS or the file BOTS_FILE names; each problem is one line naming the entry. */
function readProvinceBots(inline: string | undefined, file: string | undefined): z.infer<typeof provinceBots> {
  if (inline !== undefined && file !== undefined) throw new ConfigError("Configuration error: set BOTS or BOTS_FILE, not both");
  const variable = file === undefined ? "BOTS" : "BOTS_FILE";
  let text = inline;
  if (file !== undefined) {
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      throw new ConfigError(`Configuration error: BOTS_FILE cannot be read: ${(error as Error).message}`);
    }
  }
  if (text === undefined) return [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConfigError(`Configuration error: ${variable} needs a JSON list such as [{"province":"zanjan","token":"123:…"}]`);
  }
  const parsed = provinceBots.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [index, field] = issue?.path ?? [];
    const where = typeof index === "number" ? ` entry ${index + 1}${field === undefined ? "" : ` ${String(field)}`}` : "";
    const given = typeof index === "number" && field !== undefined ? (json as Record<string, unknown>[])[index]?.[String(field)] : null;
    const problem = issue?.code === "invalid_type" && given === undefined ? "is missing" : issue?.message;
    throw new ConfigError(`Configuration error: ${variable}${where} ${problem} (see README, Bots per province)`);
  }
  return parsed.data;
}
