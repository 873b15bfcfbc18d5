import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInitData } from "../src/dashboard/init-data.js";
import { DashboardSessions, SIGN_IN_ATTEMPTS } from "../src/dashboard/sessions.js";
import { createDb, type Db } from "../src/data/prisma.js";
import { databaseUrl, type Harness, newTelegramId, startApp, type TestUser } from "./support/harness.js";
import { addTestProvince } from "./support/province.js";

/**
 * The dashboard as a Mini App on Telegram and on Bale, and behind a reverse
 * proxy: a deployment with both bots, the dashboard on https, and the
 * loopback address trusted as its proxy (TRUST_PROXY), as the tests' requests
 * come from there.
 */

let db: Db;
let h: Harness;
let redis: Redis;
let province: Awaited<ReturnType<typeof addTestProvince>>;
const adminId = newTelegramId();
const TELEGRAM_TOKEN = "123456789:TEST-token-for-the-fake-bot-api";
const BALE_TOKEN = "987654321:TEST-token-for-the-fake-bale-api";
const DASHBOARD = "https://dashboard.example.org/dashboard";
/** Mina, a provincial official on Bale; her id on Bale is her TestUser's id. */
let mina: TestUser;

beforeAll(async () => {
  h = await startApp({ admins: [adminId], bale: true, env: { DASHBOARD_URL: DASHBOARD, TRUST_PROXY: "127.0.0.1,::1" } });
  db = createDb(databaseUrl());
  redis = new Redis(h.config.redisUrl, { keyPrefix: `${h.config.redisPrefix}:` });
  province = await addTestProvince(db);
  await h.user({ id: adminId, language: "en" }).send("/start");
  mina = h.user({ messenger: "bale", language: "en", firstName: "Mina" });
  await mina.send("/start");
  const person = await db.person.findUniqueOrThrow({
    where: { messenger_externalId: { messenger: "BALE", externalId: BigInt(mina.id) } },
  });
  await h.app.services.officials.grant(await h.actor(adminId), person.id, { scope: "PROVINCE", provinceId: province.provinceId });
  await h.settled();
});
afterAll(async () => {
  await province?.remove();
  await db?.$disconnect();
  await redis?.quit();
  await h?.stop();
});

/** A browser that keeps every cookie the dashboard sets, by name, and sends what it is told to. */
class Browser {
  cookies = new Map<string, string>();
  setCookies: string[] = [];
  constructor(private readonly extra: Record<string, string> = {}) {}
  get base() {
    return `http://127.0.0.1:${h.app.httpAddress()?.port}`;
  }
  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.keep(await fetch(this.base + path, { headers: this.headers(headers), redirect: "manual" }));
  }
  async post(path: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    return this.keep(
      await fetch(this.base + path, {
        method: "POST",
        headers: this.headers({ "content-type": "application/x-www-form-urlencoded", ...headers }),
        body: new URLSearchParams(form),
        redirect: "manual",
      }),
    );
  }
  async csrf(): Promise<string> {
    const page = await (await this.get("/dashboard/ngos")).text();
    return /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? "";
  }
  private headers(headers: Record<string, string>) {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    return { "accept-language": "en", ...(cookie ? { cookie } : {}), ...this.extra, ...headers };
  }
  private keep(response: Response): Response {
    for (const set of response.headers.getSetCookie()) {
      this.setCookies.push(set);
      const [pair = ""] = set.split(";");
      const [name = "", value = ""] = pair.split("=");
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    return response;
  }
}

const now = () => Math.floor(Date.now() / 1000);
const minaOnBale = () => JSON.stringify({ id: mina.id, first_name: "Mina" });

/** A Browser signed in through Bale's Mini App as Mina. */
async function miniAppOfMina(): Promise<Browser> {
  const browser = new Browser();
  const response = await browser.post("/dashboard/app", {
    initData: signInitData(BALE_TOKEN, { auth_date: String(now()), user: minaOnBale() }),
    messenger: "BALE",
  });
  expect(response.status).toBe(200);
  return browser;
}

describe("Bale's Mini App", () => {
  it("when an official on Bale sends /dashboard, then the reply has the sign-in link and a Mini App button whose address names Bale", async () => {
    const reply = (await mina.send("/dashboard")).find((m) => m.text?.includes("dashboard"));
    const buttons: { text: string; url?: string; web_app?: { url: string } }[] = (reply?.replyMarkup?.inline_keyboard ?? []).flat();
    expect(buttons.find((b) => b.url?.startsWith(`${DASHBOARD}/sign-in?token=`))).toBeDefined();
    expect(buttons.find((b) => b.web_app)?.web_app?.url).toBe(`${DASHBOARD}/app?messenger=bale`);
  });

  it("when a Bale Mini App sends initData signed with the Bale bot's token, then the Bale official is signed in and sees the province", async () => {
    const browser = await miniAppOfMina();
    const page = await browser.get("/dashboard/");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("East Vale");
  });

  it("when Bale initData is signed with the Telegram bot's token, has a wrong hash, or is older than a day, then it is refused and no session starts", async () => {
    const user = minaOnBale();
    const withTelegramsToken = signInitData(TELEGRAM_TOKEN, { auth_date: String(now()), user });
    const good = signInitData(BALE_TOKEN, { auth_date: String(now()), user });
    const wrongHash = good.replace(/hash=[0-9a-f]{4}/, "hash=0000");
    const old = signInitData(BALE_TOKEN, { auth_date: String(now() - 86_400 - 60), user });
    for (const initData of [withTelegramsToken, wrongHash, old]) {
      const browser = new Browser();
      const response = await browser.post("/dashboard/app", { initData, messenger: "BALE" });
      expect(response.status).toBe(401);
      expect(browser.cookies.size).toBe(0);
      expect((await browser.get("/dashboard/")).status).toBe(401);
    }
    // Bale's initData given as Telegram's is checked with Telegram's token, and refused.
    expect((await new Browser().post("/dashboard/app", { initData: good, messenger: "TELEGRAM" })).status).toBe(401);
  });
});

describe("Mini App sessions in Telegram Web's cross-site frame", () => {
  it("when a Mini App signs in, then its cookie is SameSite=None, Secure and Partitioned, while a sign-in link's stays SameSite=Strict", async () => {
    const app = await miniAppOfMina();
    const appCookie = app.setCookies.find((c) => c.startsWith("samanyar_dashboard_app=")) ?? "";
    expect(appCookie).toMatch(/; HttpOnly/);
    expect(appCookie).toMatch(/; SameSite=None/);
    expect(appCookie).toMatch(/; Secure/);
    expect(appCookie).toMatch(/; Partitioned/);
    expect(appCookie).toMatch(/; Max-Age=28800/);
    expect(app.cookies.has("samanyar_dashboard")).toBe(false);

    const token = await new DashboardSessions(redis).issueLink((await h.actor(adminId)).id);
    const desktop = new Browser();
    expect((await desktop.get(`/dashboard/sign-in?token=${token}`)).status).toBe(200);
    expect(desktop.setCookies).toHaveLength(1);
    expect(desktop.setCookies[0]).toMatch(/^samanyar_dashboard=[^;]+; .*SameSite=Strict/);
    expect(desktop.setCookies[0]).not.toMatch(/SameSite=None|Partitioned/);
  });

  it("when a sign-in link's session is sent in the Mini App cookie, then it does not count there", async () => {
    const token = await new DashboardSessions(redis).issueLink((await h.actor(adminId)).id);
    const desktop = new Browser();
    await desktop.get(`/dashboard/sign-in?token=${token}`);
    const linkSession = desktop.cookies.get("samanyar_dashboard") ?? "";
    expect((await desktop.get("/dashboard/")).status).toBe(200);

    const smuggled = new Browser();
    smuggled.cookies.set("samanyar_dashboard_app", linkSession);
    expect((await smuggled.get("/dashboard/")).status).toBe(401);
  });

  it("when a Mini App session posts a form without its Origin, from another site or without the token, then it is refused; from the dashboard itself it is done", async () => {
    const app = await miniAppOfMina();
    const csrf = await app.csrf();
    const own = { origin: "https://dashboard.example.org" };
    expect((await app.post("/dashboard/sign-out", { csrf })).status).toBe(403);
    expect((await app.post("/dashboard/sign-out", { csrf }, { origin: "https://web.telegram.org" })).status).toBe(403);
    expect((await app.post("/dashboard/sign-out", { csrf }, { origin: "null" })).status).toBe(403);
    expect((await app.post("/dashboard/sign-out", { csrf: "forged" }, own)).status).toBe(403);
    expect((await app.get("/dashboard/")).status).toBe(200);

    const signedOut = await app.post("/dashboard/sign-out", { csrf }, own);
    expect(signedOut.status).toBe(200);
    expect(app.setCookies.at(-1)).toMatch(/^samanyar_dashboard_app=; .*Max-Age=0/);
    expect((await app.get("/dashboard/")).status).toBe(401);
  });
});

describe("behind a trusted reverse proxy", () => {
  it("when sign-in attempts come through the trusted proxy, then they are counted per client address it forwarded for", async () => {
    const attacker = new Browser({ "x-forwarded-for": "203.0.113.7" });
    let status = 0;
    for (let i = 0; i <= SIGN_IN_ATTEMPTS && status !== 429; i++) status = (await attacker.get("/dashboard/sign-in?token=nothing")).status;
    expect(status).toBe(429);

    // Another official behind the same proxy is not locked out by them.
    const token = await new DashboardSessions(redis).issueLink((await h.actor(adminId)).id);
    const colleague = new Browser({ "x-forwarded-for": "203.0.113.8" });
    expect((await colleague.get(`/dashboard/sign-in?token=${token}`)).status).toBe(200);
    // Writing another address left of the proxy's own entry does not get the attacker out.
    const disguised = new Browser({ "x-forwarded-for": "198.51.100.9, 203.0.113.7" });
    expect((await disguised.get("/dashboard/sign-in?token=nothing")).status).toBe(429);
  });
});
