import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { extname } from "node:path";
import { PERSON_LIMITS } from "../domain/people.js";
import { isLocale } from "../domain/shared/locale.js";
import type { FakeBotApi } from "./bot-api.js";
import type { PersonaRole, Personas, SandboxMessenger } from "./personas.js";

const PAGE_DIR = new URL("./page/", import.meta.url);
/** Persian text in the page is set in Vazirmatn, the font the charts use. */
const PERSIAN_FONT = createRequire(import.meta.url).resolve("vazirmatn/fonts/webfonts/Vazirmatn[wght].woff2");
const PAGE_FILES: Record<string, string> = { "/": "index.html", "/app.js": "app.js", "/style.css": "style.css" };
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".csv": "text/csv; charset=utf-8",
  ".pdf": "application/pdf",
};
/** Photos and documents a persona uploads; Telegram's bot limit for downloads is 20 MB. */
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const ROLES: readonly PersonaRole[] = ["person", "provincial-official", "county-official"];
const MESSENGERS: readonly SandboxMessenger[] = ["telegram", "bale"];

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The sandbox page and its small JSON API: personas, each chat's history and
 * command menu, sending text, contacts and files, pressing buttons, and a
 * server-sent event stream of everything that changes in any chat.
 */
export function createSandboxServer(deps: {
  /** Each messenger's emulator. */
  apis: Record<SandboxMessenger, FakeBotApi>;
  personas: Personas;
  botName: string;
  dashboardUrl?: string | undefined;
}): Server {
  const { apis, personas } = deps;
  const routes: [string, RegExp, (req: IncomingMessage, res: ServerResponse, match: RegExpExecArray) => Promise<unknown>][] = [
    [
      "GET",
      /^\/api\/info$/,
      async () => ({
        botName: deps.botName,
        botUsernames: { telegram: apis.telegram.botInfo.username, bale: apis.bale.botInfo.username },
        dashboardUrl: deps.dashboardUrl,
      }),
    ],
    ["GET", /^\/api\/personas$/, () => personas.list()],
    [
      "POST",
      /^\/api\/personas$/,
      async (req) => {
        const body = await readJson(req);
        const text = (value: unknown) => (typeof value === "string" ? value.trim().slice(0, PERSON_LIMITS.name) : "");
        const [firstName, lastName] = [text(body.firstName), text(body.lastName)];
        const username = text(body.username).replace(/^@/, "");
        const role = ROLES.find((r) => r === body.role) ?? "person";
        const messenger = MESSENGERS.find((m) => m === body.messenger) ?? "telegram";
        if (!firstName) throw new HttpError(400, "a persona needs a first name");
        // Telegram's rule: 5 to 32 letters, digits and underscores, starting with a letter.
        if (username && !/^[a-zA-Z]\w{4,31}$/.test(username))
          throw new HttpError(400, "a username has 5 to 32 letters, digits or underscores and starts with a letter");
        if (!isLocale(body.language)) throw new HttpError(400, "language must be fa, az or en");
        const countyId = typeof body.countyId === "number" ? body.countyId : undefined;
        const start = typeof body.start === "string" && /^[\w-]{1,64}$/.test(body.start) ? body.start : undefined;
        return personas.create({
          messenger,
          firstName,
          ...(lastName && { lastName }),
          ...(username && { username }),
          language: body.language,
          role,
          ...(countyId !== undefined && { countyId }),
          ...(start && { start }),
        });
      },
    ],
    ["GET", /^\/api\/counties$/, () => personas.counties()],
    ["GET", /^\/api\/chats\/(\d+)$/, async (_req, _res, m) => personas.history(Number(m[1]))],
    [
      "GET",
      /^\/api\/chats\/(\d+)\/commands$/,
      async (req, _res, m) => personas.commands(Number(m[1]), new URL(req.url ?? "", "http://x").searchParams.get("language") ?? ""),
    ],
    [
      "POST",
      /^\/api\/chats\/(\d+)\/text$/,
      async (req, _res, m) => {
        const { text } = await readJson(req);
        if (typeof text !== "string" || !text.trim()) throw new HttpError(400, "nothing to send");
        await personas.sendText(Number(m[1]), text);
        return true;
      },
    ],
    ["POST", /^\/api\/chats\/(\d+)\/contact$/, async (_req, _res, m) => personas.sendContact(Number(m[1])).then(() => true)],
    [
      "POST",
      /^\/api\/chats\/(\d+)\/location$/,
      async (req, _res, m) => {
        const { latitude, longitude } = await readJson(req);
        const within = (value: unknown, limit: number): value is number => typeof value === "number" && Math.abs(value) <= limit;
        if (!within(latitude, 90) || !within(longitude, 180))
          throw new HttpError(400, "latitude -90 to 90 and longitude -180 to 180 are needed");
        await personas.sendLocation(Number(m[1]), { latitude, longitude });
        return true;
      },
    ],
    [
      "POST",
      /^\/api\/chats\/(\d+)\/press$/,
      async (req, _res, m) => {
        const { messageId, data } = await readJson(req);
        if (typeof messageId !== "number" || typeof data !== "string") throw new HttpError(400, "messageId and data are needed");
        await personas.press(Number(m[1]), messageId, data);
        return true;
      },
    ],
    [
      "POST",
      /^\/api\/chats\/(\d+)\/file$/,
      async (req, _res, m) => {
        const url = new URL(req.url ?? "", "http://x");
        const kind = url.searchParams.get("kind") === "photo" ? "photo" : "document";
        const filename = (url.searchParams.get("name") ?? "file").slice(0, 128);
        const bytes = await readBody(req);
        if (bytes.length === 0) throw new HttpError(400, "the file is empty");
        await personas.sendFile(Number(m[1]), kind, bytes, filename, url.searchParams.get("caption") ?? "");
        return true;
      },
    ],
  ];

  return createServer((req, res) => {
    void (async () => {
      const { pathname } = new URL(req.url ?? "/", "http://localhost");
      try {
        // Other web sites open in the same browser must not drive the sandbox: a DNS-rebound name is
        // refused, and changes need a header that a cross-site request cannot carry without CORS.
        if (!/^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(req.headers.host ?? ""))
          throw new HttpError(403, "open the sandbox as localhost");
        if (req.method === "POST" && req.headers["x-sandbox"] !== "1") throw new HttpError(403, "requests must come from the sandbox page");
        const page = PAGE_FILES[pathname];
        if (req.method === "GET" && page) return await servePage(res, page);
        if (req.method === "GET" && pathname === "/api/events") return streamEvents(req, res, personas);
        if (req.method === "GET" && pathname === "/vazirmatn.woff2") return await serveFont(res);
        if (pathname === "/favicon.ico") return void res.writeHead(204).end();
        const file = /^\/files\/(bale\/)?([\w-]+)$/.exec(pathname);
        if (req.method === "GET" && file) return serveFile(res, file[1] ? apis.bale : apis.telegram, file[2] ?? "");
        for (const [method, pattern, handle] of routes) {
          const match = pattern.exec(pathname);
          if (match && req.method === method) return sendJson(res, 200, await handle(req, res, match));
        }
        throw new HttpError(404, "not found");
      } catch (error) {
        if (error instanceof HttpError) return sendJson(res, error.status, { error: error.message });
        sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) });
      }
    })();
  });
}

async function servePage(res: ServerResponse, name: string): Promise<void> {
  const body = await readFile(new URL(name, PAGE_DIR));
  res.writeHead(200, { "content-type": TYPES[extname(name)] ?? "application/octet-stream", "cache-control": "no-store" });
  res.end(body);
}

async function serveFont(res: ServerResponse): Promise<void> {
  res.writeHead(200, { "content-type": "font/woff2", "cache-control": "max-age=86400" });
  res.end(await readFile(PERSIAN_FONT));
}

function serveFile(res: ServerResponse, api: FakeBotApi, fileId: string): void {
  const file = api.file(fileId);
  if (!file) throw new HttpError(404, "no such file");
  const type = TYPES[extname(file.filename).toLowerCase()] ?? "application/octet-stream";
  res.writeHead(200, {
    "content-type": type,
    "x-content-type-options": "nosniff",
    "content-length": file.bytes.length,
    "content-disposition": `${type.startsWith("image/") ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(file.filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
  });
  res.end(file.bytes);
}

/** Server-sent events: every message sent, edited or deleted in any chat, and every button toast. */
function streamEvents(req: IncomingMessage, res: ServerResponse, personas: Personas): void {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
  res.write(": connected\n\n");
  const unsubscribe = personas.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
  // Keeps proxies and the browser from closing an idle stream.
  const keepAlive = setInterval(() => res.write(": ping\n\n"), 15_000);
  req.on("close", () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body === undefined ? null : body));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_UPLOAD_BYTES) throw new HttpError(413, "the file is larger than 20 MB");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  try {
    const parsed: unknown = JSON.parse((await readBody(req)).toString("utf8") || "{}");
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new HttpError(400, "the body must be a JSON object");
}
