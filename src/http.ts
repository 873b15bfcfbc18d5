import { createServer, type Server } from "node:http";
import { type Bot, webhookCallback } from "grammy";
import type { Redis } from "ioredis";
import type { BotContext } from "./bot/context.js";
import type { Db } from "./data/prisma.js";
import type { Logger } from "./logger.js";

/**
 * GET /health answers 200 when Postgres and Redis both answer, 503 otherwise.
 * In webhook mode, POST at the path of WEBHOOK_URL takes updates; grammY
 * refuses any request without Telegram's secret-token header.
 */
export function createHttpServer(options: {
  db: Db;
  redis: Redis;
  logger: Logger;
  webhook?: { bot: Bot<BotContext>; secret: string; path: string };
}): Server {
  const { db, redis, logger, webhook } = options;
  const onUpdate = webhook && webhookCallback(webhook.bot, "http", { secretToken: webhook.secret, onTimeout: "return" });
  return createServer(async (req, res) => {
    const path = req.url?.split("?")[0];
    if (req.method === "GET" && path === "/health") {
      const [postgres, redisUp] = await Promise.all([
        db.$queryRaw`SELECT 1`.then(
          () => true,
          () => false,
        ),
        redis.ping().then(
          () => true,
          () => false,
        ),
      ]);
      const healthy = postgres && redisUp;
      res.writeHead(healthy ? 200 : 503, { "content-type": "application/json" });
      res.end(JSON.stringify({ status: healthy ? "ok" : "unavailable", postgres, redis: redisUp }));
      return;
    }
    if (onUpdate && req.method === "POST" && path === webhook.path) {
      try {
        await onUpdate(req, res);
      } catch (error) {
        logger.error({ err: error }, "webhook update failed");
        if (!res.headersSent) res.writeHead(500).end();
      }
      return;
    }
    res.writeHead(404).end();
  });
}
