import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { I18n } from "@grammyjs/i18n";
import type { Messenger, Province } from "@prisma/client";
import type { AppServices } from "../bot/deps.js";
import type { Translator } from "../bot/format.js";
import { clientAddress, parseTrustedProxies } from "../client-address.js";
import type { Config } from "../config.js";
import { DomainError } from "../domain/errors.js";
import { countiesInScope, type ProvinceChoice } from "../domain/people.js";
import type { Actor } from "../domain/shared/actor.js";
import type { Locale } from "../domain/shared/locale.js";
import type { Logger } from "../logger.js";
import type { RedisClient } from "../redis.js";
import type { Html } from "./html.js";
import { validateInitData } from "./init-data.js";
import { broadcastsPage, controlBroadcast } from "./pages/broadcasts.js";
import { coveragePage } from "./pages/coverage.js";
import { indicatorsPage, indicatorsWorkbook } from "./pages/indicators.js";
import { messagePage, miniAppPage, signedInPage } from "./pages/layout.js";
import { attendanceFile, meetingPage, meetingsPage } from "./pages/meetings.js";
import { needsFile, needsPage } from "./pages/needs.js";
import { ngosPage, resolveDuplicate, reviewNgo } from "./pages/ngos.js";
import { publicPage } from "./pages/public.js";
import { csrfMatches, DashboardSessions, SESSION_SECONDS, type Session, type SessionOrigin } from "./sessions.js";

export type DashboardDeps = {
  config: Config;
  services: AppServices;
  i18n: I18n;
  redis: RedisClient;
  logger: Logger;
  clock: () => Date;
  /** Pages that may show the dashboard in a frame besides its own (the sandbox's); Telegram Web and Bale Web always may. */
  frameAncestors?: () => readonly string[];
};

/**
 * Who is asking, read afresh for this request: the session, the person's current roles, their language, and
 * the province they chose (`?province=`, absent for all) among `provinces`, which lists the provinces to pick
 * among: none for anyone whose scope is one province or less.
 */
export type Visit = { session: Session; actor: Actor; tr: Translator; url: URL; province: ProvinceChoice; provinces: Province[] };

/** What a page handler gives back: a page, a file, or where to go next. */
export type Reply =
  | { kind: "page"; status?: number; body: Html; cookie?: string }
  | { kind: "file"; name: string; type: string; body: Buffer }
  | { kind: "redirect"; to: string };

export type DashboardHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/** The session cookie of each way of signing in (see `cookie` below for why they differ). */
const COOKIES: Record<SessionOrigin, string> = { link: "samanyar_dashboard", "mini-app": "samanyar_dashboard_app" };
const MAX_FORM_BYTES = 64 * 1024;
const require = createRequire(import.meta.url);
const STATIC_DIR = new URL("./static/", import.meta.url);
/** The files a page loads, all from this server: no CDN, so the dashboard works on a closed network. */
const STATIC: Record<string, { file: URL | string; type: string }> = {
  "dashboard.css": { file: new URL("dashboard.css", STATIC_DIR), type: "text/css; charset=utf-8" },
  "dashboard.js": { file: new URL("dashboard.js", STATIC_DIR), type: "text/javascript; charset=utf-8" },
  "mini-app.js": { file: new URL("mini-app.js", STATIC_DIR), type: "text/javascript; charset=utf-8" },
  "echarts.min.js": { file: require.resolve("echarts/dist/echarts.min.js"), type: "text/javascript; charset=utf-8" },
  "vazirmatn.woff2": { file: require.resolve("vazirmatn/fonts/webfonts/Vazirmatn[wght].woff2"), type: "font/woff2" },
};

const HTTP_STATUS: Partial<Record<string, number>> = { forbidden: 403, "not-found": 404 };

/**
 * The officials' dashboard, served by the bot's HTTP server under /dashboard.
 * Signing in (a one-time link from /dashboard, or a Mini App's signed
 * initData) starts a session kept in Redis; every request then reads the
 * person's roles afresh and asks the same domain services the bot asks, which
 * check the county scope. Anyone without a session gets 401 and how to sign
 * in; anyone no longer an official, 403 and the end of their session.
 */
export function createDashboard(deps: DashboardDeps): DashboardHandler {
  const { config, services, i18n, logger } = deps;
  const sessions = new DashboardSessions(deps.redis);
  const secure = config.dashboardUrl?.startsWith("https://") ?? false;
  const publicHost = config.dashboardUrl ? new URL(config.dashboardUrl).host : undefined;
  const translator = (locale: Locale): Translator => ({ t: (key, vars) => i18n.t(locale, key, vars), locale });
  const { proxies } = parseTrustedProxies(config.trustProxy);
  /** Sign-in attempts are counted per client: the connecting address, or behind a trusted proxy (TRUST_PROXY) the one it forwarded for. */
  const address = (req: IncomingMessage) => clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], proxies);

  const headers = (extra: Record<string, string> = {}) => ({
    "content-security-policy": [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "form-action 'self'",
      "base-uri 'none'",
      `frame-ancestors 'self' https://web.telegram.org https://web.bale.ai ${(deps.frameAncestors?.() ?? []).join(" ")}`.trim(),
    ].join("; "),
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "cache-control": "no-store",
    ...extra,
  });
  const sendPage = (res: ServerResponse, status: number, body: Html, extra: Record<string, string> = {}) => {
    res.writeHead(status, headers({ "content-type": "text/html; charset=utf-8", ...extra }));
    res.end(body.value);
  };
  /**
   * A sign-in link's session cookie is SameSite=Strict: no other site can make the browser use it. A Mini App's
   * cannot be: Telegram Web shows the Mini App in a frame of web.telegram.org, a cross-site frame, where a
   * browser sends no Strict (or Lax) cookie. Its cookie is SameSite=None, Secure (which None requires) and
   * Partitioned (kept apart for each top-level site, so it is the messenger's frame's alone), and it only
   * carries Mini App sessions; as any site may make a browser send it, its forms must carry their Origin.
   */
  const cookie = (via: SessionOrigin, value: string, maxAge: number) =>
    via === "link"
      ? `${COOKIES.link}=${value}; Path=/dashboard; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure ? "; Secure" : ""}`
      : `${COOKIES["mini-app"]}=${value}; Path=/dashboard; HttpOnly; SameSite=None; Secure; Partitioned; Max-Age=${maxAge}`;

  /** The language of someone not signed in: their browser's, if we speak it. */
  const guestLocale = (req: IncomingMessage): Locale => {
    const wanted = (req.headers["accept-language"] ?? "").toLowerCase();
    for (const part of wanted.split(",")) {
      const code = part.trim().slice(0, 2);
      if (code === "fa" || code === "az" || code === "en") return code;
    }
    return "fa";
  };
  const refuse = (req: IncomingMessage, res: ServerResponse, status: number, key: string, locale = guestLocale(req)) =>
    sendPage(res, status, messagePage(translator(locale), key, status === 401));

  /** The person behind a sign-in, and whether they may use the dashboard now. */
  async function personFor(personId: bigint) {
    const found = await services.people.find(personId);
    return { found, allowed: Boolean(found && (found.roles.official || found.roles.superadmin)) };
  }

  async function startSession(res: ServerResponse, personId: bigint, locale: Locale, via: SessionOrigin) {
    const session = await sessions.start(personId, via);
    sendPage(res, 200, signedInPage(translator(locale)), { "set-cookie": cookie(via, session.id, SESSION_SECONDS) });
  }

  async function signIn(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (!(await sessions.mayTrySignIn(address(req)))) return refuse(req, res, 429, "dashboard-too-many-attempts");
    const personId = await sessions.redeemLink(url.searchParams.get("token") ?? "");
    if (personId === null) return refuse(req, res, 401, "dashboard-link-invalid");
    const { found, allowed } = await personFor(personId);
    if (!found || !allowed) return refuse(req, res, 403, "dashboard-officials-only", found?.locale);
    await startSession(res, personId, found.locale, "link");
  }

  async function signInMiniApp(req: IncomingMessage, res: ServerResponse) {
    if (!(await sessions.mayTrySignIn(address(req)))) return refuse(req, res, 429, "dashboard-too-many-attempts");
    const form = await readForm(req);
    // Each messenger signs its Mini App's initData with the token of the bot that opened it: any of that messenger's bots.
    const messenger: Messenger = form.get("messenger") === "BALE" ? "BALE" : "TELEGRAM";
    const initData = form.get("initData") ?? "";
    const signed = config.bots
      .filter((bot) => bot.messenger === messenger)
      .map((bot) => validateInitData(bot.token, initData, deps.clock()))
      .find(Boolean);
    if (!signed) return refuse(req, res, 401, "dashboard-mini-app-invalid");
    const found = await services.people.findOn(messenger, signed.userId);
    if (!found || !(found.roles.official || found.roles.superadmin))
      return refuse(req, res, 403, "dashboard-officials-only", found?.locale);
    await startSession(res, found.person.id, found.locale, "mini-app");
  }

  /** The session a request carries: a sign-in link's, or else a Mini App's (only a Mini App session counts in its cookie). */
  async function sessionOf(req: IncomingMessage): Promise<Session | null> {
    const linkId = readCookie(req, COOKIES.link);
    const link = linkId ? await sessions.find(linkId) : null;
    if (link) return link;
    const appId = readCookie(req, COOKIES["mini-app"]);
    const app = appId ? await sessions.find(appId) : null;
    return app?.via === "mini-app" ? app : null;
  }

  /** The visit of a signed-in official; otherwise the refusal is sent and null returned. */
  async function visit(req: IncomingMessage, res: ServerResponse, url: URL): Promise<Visit | null> {
    const session = await sessionOf(req);
    if (!session) {
      refuse(req, res, 401, "dashboard-sign-in");
      return null;
    }
    const { found, allowed } = await personFor(session.personId);
    if (!found || !allowed) {
      // No longer an official (or no longer known): the session ends here, not only this request.
      await sessions.end(session.id);
      sendPage(res, 403, messagePage(translator(found?.locale ?? guestLocale(req)), "dashboard-officials-only", false), {
        "set-cookie": cookie(session.via, "", 0),
      });
      return null;
    }
    const actor: Actor = { id: found.person.id, roles: found.roles, origin: "dashboard" };
    const tr = translator(found.locale);
    const asked = url.searchParams.get("province");
    const province: ProvinceChoice = asked ? Number(asked) : undefined;
    try {
      // A province outside the official's scope (a forged address) is refused, as a forged bot button is.
      if (province !== undefined && !Number.isSafeInteger(province)) throw new DomainError("not-found");
      countiesInScope(actor.roles, province);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      sendPage(res, HTTP_STATUS[error.code] ?? 409, messagePage(tr, `error-${error.code}`, false));
      return null;
    }
    const provinces = await services.reference.provincesToPick(actor);
    return { session, actor, tr, url, province, provinces };
  }

  /** The public transparency page: no session, aggregates only, and not there at all unless PUBLIC_DASHBOARD is on. */
  async function transparency(req: IncomingMessage, res: ServerResponse, url: URL) {
    const lang = url.searchParams.get("lang");
    const locale: Locale = lang === "fa" || lang === "az" || lang === "en" ? lang : guestLocale(req);
    const page = config.publicDashboard ? await publicPage(deps, translator(locale), url) : null;
    if (!page) return refuse(req, res, 404, "dashboard-not-found", locale);
    sendPage(res, 200, page);
  }

  /** Pages behind a session, by method and path. */
  const pages: Record<string, (v: Visit, form: URLSearchParams) => Promise<Reply>> = {
    "GET /": (v) => indicatorsPage(deps, v),
    "GET /indicators.xlsx": (v) => indicatorsWorkbook(deps, v),
    "GET /ngos": (v) => ngosPage(deps, v),
    "POST /ngos/approve": (v, form) => reviewNgo(deps, v, form, "approve"),
    "POST /ngos/reject": (v, form) => reviewNgo(deps, v, form, "reject"),
    "POST /ngos/merge": (v, form) => resolveDuplicate(deps, v, form, "merge"),
    "POST /ngos/not-duplicate": (v, form) => resolveDuplicate(deps, v, form, "dismiss"),
    "GET /coverage": (v) => coveragePage(deps, v),
    "GET /needs": (v) => needsPage(deps, v),
    "GET /needs.xlsx": (v) => needsFile(deps, v, "xlsx"),
    "GET /needs.csv": (v) => needsFile(deps, v, "csv"),
    "GET /meetings": (v) => meetingsPage(deps, v),
    "GET /meetings/view": (v) => meetingPage(deps, v),
    "GET /meetings/attendance.xlsx": (v) => attendanceFile(deps, v, "xlsx"),
    "GET /meetings/attendance.csv": (v) => attendanceFile(deps, v, "csv"),
    "GET /broadcasts": (v) => broadcastsPage(deps, v),
    "POST /broadcasts/pause": (v, form) => controlBroadcast(deps, v, form, "pause"),
    "POST /broadcasts/resume": (v, form) => controlBroadcast(deps, v, form, "resume"),
    "POST /broadcasts/cancel": (v, form) => controlBroadcast(deps, v, form, "cancel"),
    "POST /sign-out": async (v) => {
      await sessions.end(v.session.id);
      return { kind: "page", body: messagePage(v.tr, "dashboard-signed-out", true), cookie: cookie(v.session.via, "", 0) };
    },
  };

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL, route: string) {
    const method = req.method ?? "GET";
    const file = method === "GET" && route.startsWith("/static/") ? STATIC[route.slice("/static/".length)] : undefined;
    if (file) {
      res.writeHead(200, headers({ "content-type": file.type, "cache-control": "public, max-age=3600" }));
      return res.end(await readFile(file.file));
    }
    if (method === "GET" && route === "/sign-in") return signIn(req, res, url);
    if (method === "GET" && route === "/app") return sendPage(res, 200, miniAppPage(translator(guestLocale(req))));
    if (method === "POST" && route === "/app") return signInMiniApp(req, res);
    if (method === "GET" && route === "/public") return transparency(req, res, url);

    const page = pages[`${method} ${route}`];
    if (!page) return refuse(req, res, 404, "dashboard-not-found");
    const v = await visit(req, res, url);
    if (!v) return;
    let form = new URLSearchParams();
    if (method === "POST") {
      form = await readForm(req);
      // Every action carries the session's token, and comes from the dashboard's own pages. A Mini App
      // session's cookie goes with requests from any site, so there the browser must also say where from.
      const origin = v.session.via === "mini-app" ? "required" : "when-given";
      if (!csrfMatches(v.session, form.get("csrf") ?? undefined) || !sameOrigin(req, publicHost, origin))
        return sendPage(res, 403, messagePage(v.tr, "dashboard-form-expired", false));
    }
    try {
      const reply = await page(v, form);
      if (reply.kind === "redirect") {
        res.writeHead(303, headers({ location: reply.to }));
        return res.end();
      }
      if (reply.kind === "file") {
        res.writeHead(
          200,
          headers({
            "content-type": reply.type,
            "content-disposition": `attachment; filename="${reply.name}"`,
          }),
        );
        return res.end(reply.body);
      }
      sendPage(res, reply.status ?? 200, reply.body, reply.cookie ? { "set-cookie": reply.cookie } : {});
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      sendPage(res, HTTP_STATUS[error.code] ?? 409, messagePage(v.tr, `error-${error.code}`, false, error.details));
    }
  }

  return async (req, res) => {
    const url = new URL(req.url ?? "/", "http://dashboard");
    if (url.pathname !== "/dashboard" && !url.pathname.startsWith("/dashboard/")) return false;
    const route = url.pathname.slice("/dashboard".length) || "/";
    try {
      await handle(req, res, url, route);
    } catch (error) {
      if (error instanceof FormTooLarge) {
        refuse(req, res, 413, "dashboard-not-found");
        return true;
      }
      logger.error({ err: error, route }, "dashboard request failed");
      if (!res.headersSent) refuse(req, res, 503, "dashboard-unavailable");
      else res.end();
    }
    return true;
  };
}

class FormTooLarge extends Error {}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) throw new FormTooLarge();
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

/**
 * A browser says where a form came from; one from another site is refused even with a token. The
 * dashboard's own host is the one it was asked at, or its public one (a reverse proxy may rewrite Host).
 * Browsers send Origin with every POST; `required` refuses a form without one.
 */
function sameOrigin(req: IncomingMessage, publicHost: string | undefined, origin: "required" | "when-given"): boolean {
  const given = req.headers.origin;
  if (!given || given === "null") return origin === "when-given";
  try {
    const host = new URL(given).host;
    return host === req.headers.host || host === publicHost;
  } catch {
    return false;
  }
}
