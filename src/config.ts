import { z } from "zod";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const telegramIds = z
  .string()
  .default("")
  .transform((value, ctx) => {
    const ids = value
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    for (const id of ids) {
      if (!/^\d{1,15}$/.test(id)) {
        ctx.addIssue({ code: "custom", message: `needs comma-separated Telegram user ids; "${id}" is not one` });
        return z.NEVER;
      }
    }
    return new Set(ids.map((id) => BigInt(id)));
  });

const schema = z.object({
  BOT_TOKEN: z.string().regex(/^\d+:[\w-]{20,}$/, "needs the token BotFather gave you (digits:letters)"),
  // Local defaults, as in .env.example, so a fresh machine needs only a token.
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "needs a postgresql:// connection URL")
    .default("postgresql://postgres@127.0.0.1:5432/samanyar"),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "needs a redis:// connection URL")
    .default("redis://127.0.0.1:6379"),
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w:-]+$/, "needs letters, digits, _ - or :")
    .default("samanyar"),
  ADMIN_IDS: telegramIds,
  BOT_API_ROOT: z.url("needs a URL such as https://api.telegram.org").default("https://api.telegram.org"),
  WEBHOOK_URL: z.url({ protocol: /^https$/, error: "needs the public https:// URL Telegram should post updates to" }).optional(),
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[\w-]{16,256}$/, "needs 16 to 256 letters, digits, _ or -")
    .optional(),
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(LOG_LEVELS, `needs one of ${LOG_LEVELS.join(", ")}`).default("info"),
  RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(10),
  CONVERSATION_TTL_HOURS: z.coerce.number().int().min(1).default(72),
  SEND_RATE_PER_SECOND: z.coerce.number().int().min(1).max(30).default(25),
  OUTBOX_INTERVAL_MS: z.coerce.number().int().min(10).default(500),
});

export type Config = {
  botToken: string;
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  adminIds: ReadonlySet<bigint>;
  botApiRoot: string;
  webhook: { url: string; secret: string } | undefined;
  httpPort: number;
  logLevel: (typeof LOG_LEVELS)[number];
  rateLimit: { max: number; windowMs: number };
  conversationTtlSeconds: number;
  sendRatePerSecond: number;
  outboxIntervalMs: number;
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
  if (e.WEBHOOK_URL && !e.WEBHOOK_SECRET) {
    throw new ConfigError("Configuration error: WEBHOOK_SECRET is missing; webhook mode needs it (see .env.example)");
  }
  return {
    botToken: e.BOT_TOKEN,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    adminIds: e.ADMIN_IDS,
    botApiRoot: e.BOT_API_ROOT.replace(/\/$/, ""),
    webhook: e.WEBHOOK_URL && e.WEBHOOK_SECRET ? { url: e.WEBHOOK_URL, secret: e.WEBHOOK_SECRET } : undefined,
    httpPort: e.HTTP_PORT,
    logLevel: e.LOG_LEVEL,
    rateLimit: { max: e.RATE_LIMIT_MAX, windowMs: e.RATE_LIMIT_WINDOW_SECONDS * 1000 },
    conversationTtlSeconds: e.CONVERSATION_TTL_HOURS * 3600,
    sendRatePerSecond: e.SEND_RATE_PER_SECOND,
    outboxIntervalMs: e.OUTBOX_INTERVAL_MS,
  };
}
