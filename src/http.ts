import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { type Bot, webhookCallback } from "grammy";
import type { BotContext } from "./bot/context.js";
import type { Logger } from "./logger.js";

/** What a process needs to do its work, by name: each check is true when its part answers. */
export type ReadinessChecks = Record<string, () => Promise<boolean> | boolean>;

/** A check that has not answered by then counts as failed: a probe must answer, even when a network hangs. */
const CHECK_TIMEOUT_MS = 2000;

async function passes(check: () => Promise<boolean> | boolean): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(resolve, CHECK_TIMEOUT_MS, false);
  });
  try {
    return (await Promise.race([Promise.resolve().then(check), late])) === true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * GET /livez answers 200 while the process answers at all. GET /readyz (and
 * /health, its older name) answers 200 when every readiness check passes, 503
 * otherwise, with each check's result. In webhook mode, POST at each
 * messenger's webhook path takes its updates; grammY refuses any request
 * without the secret-token header where the messenger sends one (Telegram),
 * and Bale's path carries the secret itself.
 */
export function createHttpServer(options: {
  ready: ReadinessChecks;
  logger: Logger;
  webhooks?: readonly { bot: Bot<BotContext>; path: string; secretToken: string | undefined }[];
  /** Pages served besides (the officials' dashboard under /dashboard): true when it answered the request. */
  pages?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}): Server {
  const { ready, logger, pages } = options;
  const handlers = new Map(
    (options.webhooks ?? []).map(({ bot, path, secretToken }) => [
      path,
      webhookCallback(bot, "http", { ...(secretToken ? { secretToken } : {}), onTimeout: "return" }),
    ]),
  );
  const answer = (res: ServerResponse, ok: boolean, body: object) => {
    res.writeHead(ok ? 200 : 503, { "content-type": "application/json" });
    res.end(JSON.stringify({ status: ok ? "ok" : "unavailable", ...body }));
  };
  return createServer(async (req, res) => {
    const path = req.url?.split("?")[0];
    if (req.method === "GET" && path === "/livez") return answer(res, true, {});
    if (req.method === "GET" && (path === "/readyz" || path === "/health")) {
      const results = await Promise.all(Object.entries(ready).map(async ([name, check]) => [name, await passes(check)] as const));
      return answer(
        res,
        results.every(([, ok]) => ok),
        Object.fromEntries(results),
      );
    }
    const onUpdate = req.method === "POST" && path !== undefined ? handlers.get(path) : undefined;
    if (onUpdate) {
      try {
        await onUpdate(req, res);
      } catch (error) {
        logger.error({ err: error }, "webhook update failed");
        if (!res.headersSent) res.writeHead(500).end();
      }
      return;
    }
    if (pages && (await pages(req, res))) return;
    res.writeHead(404).end();
  });
}
