import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Update } from "grammy/types";
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

/** Telegram's updates are a few kilobytes; anything far larger is not one. */
const MAX_UPDATE_BYTES = 1 << 20;

/** The body of a request as JSON, or undefined when it is too large or not JSON. */
async function jsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_UPDATE_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return undefined;
  }
}

const sameSecret = (given: string | string[] | undefined, expected: string) =>
  typeof given === "string" && given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));

/**
 * GET /livez answers 200 while the process answers at all. GET /readyz (and
 * /health, its older name) answers 200 when every readiness check passes, 503
 * otherwise, with each check's result. In webhook mode, POST at each
 * messenger's webhook path takes its updates: a request without the
 * secret-token header where the messenger sends one (Telegram) is refused,
 * and Bale's path carries the secret itself. An update is answered 200 as soon
 * as `accept` has it (queued in Redis, src/chat-ordered-updates.ts), so the messenger
 * never waits on the handling and does not retry it; 500 when it could not be
 * queued, so the messenger retries.
 */
export function createHttpServer(options: {
  ready: ReadinessChecks;
  logger: Logger;
  webhooks?: readonly { path: string; secretToken: string | undefined; accept: (update: Update) => Promise<void> }[];
  /** Pages served besides (the officials' dashboard under /dashboard): true when it answered the request. */
  pages?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}): Server {
  const { ready, logger, pages } = options;
  const webhooks = new Map((options.webhooks ?? []).map((webhook) => [webhook.path, webhook]));
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
    const webhook = req.method === "POST" && path !== undefined ? webhooks.get(path) : undefined;
    if (webhook) {
      if (webhook.secretToken && !sameSecret(req.headers["x-telegram-bot-api-secret-token"], webhook.secretToken)) {
        return res.writeHead(401).end("secret token is wrong");
      }
      const update = await jsonBody(req);
      if (typeof (update as Update | undefined)?.update_id !== "number") return res.writeHead(400).end();
      try {
        await webhook.accept(update as Update);
        res.writeHead(200).end();
      } catch (error) {
        logger.error({ err: error }, "webhook update could not be queued");
        res.writeHead(500).end();
      }
      return;
    }
    if (pages && (await pages(req, res))) return;
    res.writeHead(404).end();
  });
}
