import { Redis } from "ioredis";
import { toGregorian } from "jalaali-js";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signInitData } from "../src/dashboard/init-data.js";
import { DashboardSessions, SIGN_IN_ATTEMPTS } from "../src/dashboard/sessions.js";
import { createDb, type Db } from "../src/data/prisma.js";
import { startOfTehranDay, tehranDate } from "../src/domain/calendar.js";
import { monthOf, shiftMonth } from "../src/domain/month-grid.js";
import { databaseUrl, type Harness, newTelegramId, startApp, type TestUser } from "./support/harness.js";
import { registeredNgo, unique } from "./support/journeys.js";
import { addTestProvince, appointOfficials } from "./support/province.js";
import { csvRows, readWorkbook } from "./support/workbook.js";

/**
 * The officials' web dashboard through HTTP, as a browser would use it: the
 * sign-in link from /dashboard, the session cookie, and every page's scope.
 * A province of the test's own: a provincial official, a county official of
 * West Vale; East Vale is the county the latter may not see.
 */

let db: Db;
let h: Harness;
/** The app's Redis keys, as the dashboard reads them. */
let redis: Redis;
let province: Awaited<ReturnType<typeof addTestProvince>>;
const ids = { admin: newTelegramId(), provincial: newTelegramId(), westVale: newTelegramId() };
const BOT_TOKEN = "123456789:TEST-token-for-the-fake-bot-api";

beforeAll(async () => {
  h = await startApp({ admins: [ids.admin], env: { DASHBOARD_URL: "https://dashboard.example.org/dashboard" } });
  db = createDb(databaseUrl());
  redis = new Redis(h.config.redisUrl, { keyPrefix: `${h.config.redisPrefix}:` });
  province = await addTestProvince(db);
  await appointOfficials(h, ids, province.provinceId);
  await h.settled(); // their "you are an official" messages, before the tests read replies
});
afterAll(async () => {
  if (province) await db.meeting.deleteMany({ where: { county: { provinceId: province.provinceId } } });
  if (province) await db.needsRound.deleteMany({ where: { provinceId: province.provinceId } });
  await province?.remove();
  await db?.$disconnect();
  await redis?.quit();
  await h?.stop();
});

/** Every test signs in from 127.0.0.1: each starts with that address's sign-in count at zero, so the limit cannot carry over from other tests. */
const clearSignInAttempts = () => redis.del("dashboard:sign-in-attempts:127.0.0.1", "dashboard:sign-in-attempts:::ffff:127.0.0.1");
beforeEach(clearSignInAttempts);

/** A browser of one person: keeps the session cookie, follows nothing by itself. */
class Browser {
  cookie = "";
  get base() {
    return `http://127.0.0.1:${h.app.httpAddress()?.port}`;
  }
  async get(path: string): Promise<Response> {
    return this.keep(await fetch(this.base + path, { headers: { cookie: this.cookie, "accept-language": "en" }, redirect: "manual" }));
  }
  async post(path: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    return this.keep(
      await fetch(this.base + path, {
        method: "POST",
        headers: { cookie: this.cookie, "accept-language": "en", "content-type": "application/x-www-form-urlencoded", ...headers },
        body: new URLSearchParams(form),
        redirect: "manual",
      }),
    );
  }
  /** The form token of the signed-in pages. */
  async csrf(): Promise<string> {
    const page = await (await this.get("/dashboard/ngos")).text();
    return /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? "";
  }
  private keep(response: Response): Response {
    const set = response.headers.get("set-cookie");
    if (set) this.cookie = set.split(";")[0] ?? "";
    // The page as it reads: the isolation marks around values (src/i18n.ts) are invisible.
    const text = response.text.bind(response);
    return Object.assign(response, { text: async () => (await text()).replace(/[\u2066-\u2069]/g, "") });
  }
}

/** The sign-in link /dashboard gives the person, as a path on this server. */
async function signInLink(user: TestUser): Promise<string> {
  const reply = (await user.send("/dashboard")).find((m) => m.text?.startsWith("📊"));
  const buttons: { text: string; url?: string }[] = (reply?.replyMarkup?.inline_keyboard ?? []).flat();
  const link = buttons.find((b) => b.url?.includes("/sign-in"))?.url;
  if (!link) throw new Error(`no sign-in link in ${JSON.stringify(reply)}`);
  const url = new URL(link);
  return url.pathname + url.search;
}

async function signedIn(telegramId: number): Promise<Browser> {
  const browser = new Browser();
  const response = await browser.get(await signInLink(h.user({ id: telegramId, language: "en" })));
  expect(response.status).toBe(200);
  return browser;
}

describe("signing in", () => {
  it("when an official opens the sign-in link from /dashboard, then a session starts, and the link does not work a second time", async () => {
    const official = h.user({ id: ids.westVale, language: "en" });
    const reply = (await official.send("/dashboard")).find((m) => m.text?.startsWith("📊"));
    const buttons: { text: string; url?: string; web_app?: { url: string } }[] = (reply?.replyMarkup?.inline_keyboard ?? []).flat();
    expect(reply?.text).toContain("works once, within 10 minutes");
    // Served over https: a Mini App button besides the link.
    expect(buttons.find((b) => b.web_app)?.web_app?.url).toBe("https://dashboard.example.org/dashboard/app");

    const link = await signInLink(official);
    const browser = new Browser();
    const first = await browser.get(link);
    expect(first.status).toBe(200);
    const cookie = first.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/Max-Age=28800/);
    const page = await browser.get("/dashboard/");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("West Vale");

    const again = await new Browser().get(link);
    expect(again.status).toBe(401);
    expect(await again.text()).toContain("already been used");
  });

  it("when a leader sends /dashboard or opens a link given to them, then they are refused and get no session", async () => {
    const leader = h.user({ language: "en", firstName: "Leader" });
    await registeredNgo(h, ids.admin, leader, { county: "West Vale", fields: ["Education"] });
    const reply = (await leader.send("/dashboard")).at(-1);
    expect(reply?.text).toBe("You are not allowed to do this.");
    expect(reply?.replyMarkup).toBeUndefined();

    // A link given while they were an official, opened after: refused as well.
    const token = await new DashboardSessions(redis).issueLink(BigInt(leader.id));
    const browser = new Browser();
    const response = await browser.get(`/dashboard/sign-in?token=${token}`);
    expect(response.status).toBe(403);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(await response.text()).toContain("for officials only");
  });

  it("when PUBLIC_DASHBOARD is not on, then the public transparency page is not there (404)", async () => {
    const response = await new Browser().get("/dashboard/public");
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("East Vale");
  });

  it("when nobody is signed in, then every page answers 401 with how to sign in, and no data", async () => {
    const browser = new Browser();
    for (const path of [
      "/dashboard/",
      "/dashboard/ngos",
      "/dashboard/coverage",
      "/dashboard/broadcasts",
      "/dashboard/indicators.xlsx?quarter=1405.1",
    ]) {
      const response = await browser.get(path);
      expect(response.status, path).toBe(401);
      const text = await response.text();
      expect(text).toContain("send /dashboard to the Samanyar bot");
      expect(text).not.toContain("West Vale");
    }
    const forged = await browser.post("/dashboard/ngos/approve", { ngo: "x", version: "1", csrf: "x" });
    expect(forged.status).toBe(401);
  });

  it("when a Mini App sends initData signed with the bot's token, then a session starts; a wrong hash or one older than a day is refused", async () => {
    const now = Math.floor(Date.now() / 1000);
    const user = JSON.stringify({ id: ids.provincial, first_name: "Official" });
    const good = signInitData(BOT_TOKEN, { auth_date: String(now), query_id: "AAH", user });
    const browser = new Browser();
    const signed = await browser.post("/dashboard/app", { initData: good });
    expect(signed.status).toBe(200);
    expect((await browser.get("/dashboard/")).status).toBe(200);

    const wrongHash = good.replace(/hash=[0-9a-f]{4}/, "hash=0000");
    expect((await new Browser().post("/dashboard/app", { initData: wrongHash })).status).toBe(401);
    const otherBot = signInitData("987654321:another-bot-token-entirely-different", { auth_date: String(now), user });
    expect((await new Browser().post("/dashboard/app", { initData: otherBot })).status).toBe(401);
    const old = signInitData(BOT_TOKEN, { auth_date: String(now - 86_400 - 60), user });
    const refused = await new Browser().post("/dashboard/app", { initData: old });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("set-cookie")).toBeNull();
  });

  it("when an official's role is revoked, then their session stops at the next request", async () => {
    const person = h.user({ language: "en", firstName: "Soon revoked" });
    await person.send("/start");
    await h.appoint(person, { scope: "PROVINCE", provinceId: province.provinceId }, { by: ids.admin });
    const browser = await signedIn(person.id);
    expect((await browser.get("/dashboard/")).status).toBe(200);

    await h.app.services.officials.revoke(await h.actor(ids.admin), BigInt(person.id));
    const after = await browser.get("/dashboard/");
    expect(after.status).toBe(403);
    expect(await after.text()).not.toContain("East Vale");
    // The session is gone, not only refused: giving the role back does not revive it.
    await h.appoint(person, { scope: "PROVINCE", provinceId: province.provinceId }, { by: ids.admin });
    expect((await browser.get("/dashboard/")).status).toBe(401);
  });

  it("when the official signs out on the page or sends /dashboard_logout, then the session ends", async () => {
    const browser = await signedIn(ids.provincial);
    const csrf = await browser.csrf();
    expect((await browser.post("/dashboard/sign-out", { csrf })).status).toBe(200);
    expect((await browser.get("/dashboard/")).status).toBe(401);

    const other = await signedIn(ids.provincial);
    const reply = (await h.user({ id: ids.provincial, language: "en" }).send("/dashboard_logout")).at(-1);
    expect(reply?.text).toMatch(/session/);
    expect((await other.get("/dashboard/")).status).toBe(401);
  });

  it("when one address tries too many sign-in links, then it is refused for a while, even with a good link or another X-Forwarded-For", async () => {
    const browser = new Browser();
    const link = await signInLink(h.user({ id: ids.provincial, language: "en" }));
    // The fetches come from 127.0.0.1 like every other test's: use up what this file's earlier tests left. No proxy is
    // trusted here (TRUST_PROXY is unset), so an X-Forwarded-For of each attempt's own is no way round the count.
    const attempt = (i: number) =>
      fetch(`${browser.base}/dashboard/sign-in?token=nothing`, { headers: { "x-forwarded-for": `203.0.113.${i}` } });
    let status = 0;
    for (let i = 0; i <= SIGN_IN_ATTEMPTS && status !== 429; i++) status = (await attempt(i)).status;
    expect(status).toBe(429);
    expect((await browser.get(link)).status).toBe(429);
    await clearSignInAttempts();
  });
});

describe("scope", () => {
  it("when a county official asks for another county's indicators, NGOs or coverage cell, then it is refused with 403", async () => {
    const browser = await signedIn(ids.westVale);
    const east = await h.countyId("East Vale");
    const west = await h.countyId("West Vale");
    const field = (await h.app.services.reference.fields())[0]?.id;
    for (const path of [
      `/dashboard/?county=${east}`,
      `/dashboard/ngos?county=${east}`,
      `/dashboard/coverage?county=${east}&field=${field}`,
    ]) {
      const response = await browser.get(path);
      expect(response.status, path).toBe(403);
      expect(await response.text()).not.toContain("East Vale");
    }
    // Their own county is theirs.
    expect((await browser.get(`/dashboard/?county=${west}`)).status).toBe(200);
    expect((await browser.get(`/dashboard/coverage?county=${west}&field=${field}`)).status).toBe(200);

    const page = await (await browser.get("/dashboard/")).text();
    expect(page).toContain("West Vale");
    expect(page).not.toContain("East Vale");
  });

  it("when a county official posts an approval of another county's NGO, then it is refused and the NGO stays pending", async () => {
    const leader = h.user({ language: "en", firstName: "East leader" });
    const ngoId = await registeredNgo(h, ids.admin, leader, { county: "East Vale", fields: ["Education"], verified: false });
    const browser = await signedIn(ids.westVale);
    const response = await browser.post("/dashboard/ngos/approve", { ngo: ngoId, version: "1", csrf: await browser.csrf() });
    expect(response.status).toBe(403);
    expect((await db.ngo.findUniqueOrThrow({ where: { id: ngoId } })).status).toBe("PENDING");
  });

  it("when the provincial official looks at the indicators, then every county of the province is there, with the Excel file", async () => {
    const browser = await signedIn(ids.provincial);
    const page = await (await browser.get("/dashboard/?quarter=1405.1&indicator=attendance")).text();
    expect(page).toContain("East Vale");
    expect(page).toContain("West Vale");
    expect(page).toContain("Spring 1405");
    const file = await browser.get("/dashboard/indicators.xlsx?quarter=1405.1");
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toContain("kpi-1405.1.xlsx");
    const sheet = await readWorkbook(Buffer.from(await file.arrayBuffer()));
    expect(sheet("Indicators").map((row) => row[0])).toEqual(["County", "East Vale", "West Vale", "All counties"]);
  });
});

describe("reviews", () => {
  it("when an official approves a pending NGO on the dashboard, then it is verified, the leader is told, and the audit says it came from the dashboard", async () => {
    const leader = h.user({ language: "en", firstName: "West leader" });
    const ngoId = await registeredNgo(h, ids.admin, leader, { county: "West Vale", fields: ["Education"], verified: false });
    const browser = await signedIn(ids.westVale);
    const page = await (await browser.get("/dashboard/ngos")).text();
    const version = new RegExp(`name="ngo" value="${ngoId}"><input type="hidden" name="version" value="(\\d+)"`).exec(page)?.[1];
    expect(version).toBeDefined();

    const response = await browser.post("/dashboard/ngos/approve", { ngo: ngoId, version: version ?? "", csrf: await browser.csrf() });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/dashboard/ngos?done=approved");
    expect((await db.ngo.findUniqueOrThrow({ where: { id: ngoId } })).status).toBe("VERIFIED");
    await leader.waitFor((m) => m.text?.startsWith("✅ Good news") === true);
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: ngoId, action: "ngo.approve" } });
    expect(entry.origin).toBe("dashboard");
    expect(entry.actorId).toBe(BigInt(ids.westVale));
  });

  it("when the NGO changed since the page showed it, or the form has no token, then the approval is refused", async () => {
    const leader = h.user({ language: "en", firstName: "Changing leader" });
    const ngoId = await registeredNgo(h, ids.admin, leader, { county: "West Vale", fields: ["Education"], verified: false });
    const browser = await signedIn(ids.westVale);
    const { version } = await db.ngo.findUniqueOrThrow({ where: { id: ngoId } });

    const noToken = await browser.post("/dashboard/ngos/approve", { ngo: ngoId, version: String(version), csrf: "forged" });
    expect(noToken.status).toBe(403);
    const otherSite = await browser.post(
      "/dashboard/ngos/approve",
      { ngo: ngoId, version: String(version), csrf: await browser.csrf() },
      { origin: "https://elsewhere.example" },
    );
    expect(otherSite.status).toBe(403);

    await db.ngo.update({ where: { id: ngoId }, data: { version: { increment: 1 } } });
    const stale = await browser.post("/dashboard/ngos/approve", { ngo: ngoId, version: String(version), csrf: await browser.csrf() });
    expect(stale.status).toBe(409);
    expect((await db.ngo.findUniqueOrThrow({ where: { id: ngoId } })).status).toBe("PENDING");
  });

  it("when an official rejects with a reason, then the leader reads it; a name with markup shows as text", async () => {
    const leader = h.user({ language: "en", firstName: "Rejected leader" });
    const ngoId = await registeredNgo(h, ids.admin, leader, { county: "West Vale", fields: ["Education"], verified: false });
    await db.ngo.update({ where: { id: ngoId }, data: { name: `<script>alert(1)</script> ${ngoId}` } });
    const browser = await signedIn(ids.westVale);
    const page = await (await browser.get("/dashboard/ngos")).text();
    expect(page).toContain(`&lt;script&gt;alert(1)&lt;/script&gt; ${ngoId}`);
    expect(page).not.toContain("<script>alert");
    const { version } = await db.ngo.findUniqueOrThrow({ where: { id: ngoId } });

    const response = await browser.post("/dashboard/ngos/reject", {
      ngo: ngoId,
      version: String(version),
      reason: "The registration number does not match the certificate.",
      csrf: await browser.csrf(),
    });
    expect(response.status).toBe(303);
    await leader.waitFor((m) => m.text?.includes("Reason: The registration number does not match") === true);
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: ngoId, action: "ngo.reject" } });
    expect(entry.origin).toBe("dashboard");
  });

  it("when a page is served, then it carries a strict Content-Security-Policy and no inline script", async () => {
    const browser = await signedIn(ids.provincial);
    for (const path of ["/dashboard/", "/dashboard/ngos", "/dashboard/coverage", "/dashboard/broadcasts"]) {
      const response = await browser.get(path);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
      const text = await response.text();
      // Scripts only from the server's files; data blocks only as JSON, which browsers do not run.
      for (const tag of text.match(/<script[^>]*>/g) ?? []) expect(tag).toMatch(/src="\/dashboard\/static\/|type="application\/json"/);
      expect(text).not.toMatch(/ style=/);
    }
  });
});

describe("broadcasts", () => {
  /** A broadcast scheduled for tomorrow to a county's leaders, created by an official as /broadcast does. */
  async function scheduled(officialId: number, county: string, label: string) {
    return h.app.services.broadcasts.create(
      await h.actor(officialId),
      {
        audience: "LEADERS",
        countyIds: [await h.countyId(county)],
        fieldIds: [],
        youthOnly: false,
        essential: false,
        sourceChatId: BigInt(officialId),
        sourceMessageId: 1,
        label,
        sendAt: new Date(Date.now() + 86_400_000),
      },
      new Date(),
    );
  }

  it("when a county official cancels their county's scheduled broadcast on the dashboard, then it is cancelled and audited; another county's is refused", async () => {
    const own = await scheduled(ids.westVale, "West Vale", "Spring clean-up in West Vale");
    const other = await scheduled(ids.provincial, "East Vale", "East Vale water notice");
    const browser = await signedIn(ids.westVale);
    const page = await (await browser.get("/dashboard/broadcasts")).text();
    expect(page).toContain("Spring clean-up in West Vale");
    expect(page).toContain("🕒 Scheduled for");
    expect(page).not.toContain("East Vale water notice");

    const forged = await browser.post("/dashboard/broadcasts/cancel", { broadcast: other.id, csrf: await browser.csrf() });
    expect(forged.status).toBe(403);
    expect((await db.broadcast.findUniqueOrThrow({ where: { id: other.id } })).status).toBe("SCHEDULED");

    const response = await browser.post("/dashboard/broadcasts/cancel", { broadcast: own.id, csrf: await browser.csrf() });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/dashboard/broadcasts?done=cancel");
    expect((await db.broadcast.findUniqueOrThrow({ where: { id: own.id } })).status).toBe("CANCELLED");
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: own.id, action: "broadcast.cancel" } });
    expect(entry.origin).toBe("dashboard");
    // Cancelled already: pausing it is refused as in the bot.
    const late = await browser.post("/dashboard/broadcasts/pause", { broadcast: own.id, csrf: await browser.csrf() });
    expect(late.status).toBe(409);
    expect(await late.text()).toContain("no longer in a state");
  });
});

describe("meetings", () => {
  it("when officials look at meetings, then each sees their area's, with the date in Solar Hijri for Persian", async () => {
    await registeredNgo(h, ids.admin, h.user({ language: "en", firstName: "Invited leader" }), {
      county: "East Vale",
      fields: ["Education"],
    });
    const { meeting } = await h.app.services.meetings.create(
      await h.actor(ids.provincial),
      {
        countyId: await h.countyId("East Vale"),
        title: "East Vale water supply",
        theme: "Problems NGOs raised with the county this season.",
        startsAt: new Date(Date.now() + 7 * 86_400_000),
        venue: "County hall",
        location: null,
        fieldIds: [],
        membersInvited: true,
      },
      new Date(),
    );
    const provincial = await (await (await signedIn(ids.provincial)).get("/dashboard/meetings")).text();
    expect(provincial).toContain("East Vale water supply");
    expect(provincial).toContain("County hall");
    expect(provincial).toMatch(/Invited: \d+ · coming: 0/);
    const county = await (await (await signedIn(ids.westVale)).get("/dashboard/meetings")).text();
    expect(county).not.toContain("East Vale water supply");

    await h.app.services.people.setLocale(BigInt(ids.provincial), "fa");
    try {
      const persian = await (await (await signedIn(ids.provincial)).get("/dashboard/meetings")).text();
      expect(persian).toContain('dir="rtl"');
      const { jy } = tehranDate(meeting.startsAt);
      expect(persian).toContain(new Intl.NumberFormat("fa-IR", { useGrouping: false }).format(jy));
    } finally {
      await h.app.services.people.setLocale(BigInt(ids.provincial), "en");
    }
  });
});

describe("the NGO directory", () => {
  /** The directory's part of the NGOs page (the pending reviews above it list pending NGOs too). */
  const directoryOf = async (browser: Browser, query: string) => {
    const response = await browser.get(`/dashboard/ngos?${query}`);
    expect(response.status, query).toBe(200);
    return (await response.text()).split("Directory of NGOs (")[1] ?? "";
  };

  it("when an official combines the county, youth and status filters, then the directory lists the NGOs of their area matching every one", async () => {
    // Named to sort first, so each is on the directory's first page.
    const names = {
      youthWest: "Aaa youth of West Vale",
      eldersWest: "Aaa elders of West Vale",
      youthEast: "Aaa youth of East Vale",
      pendingWest: "Aaa pending in West Vale",
      pendingEast: "Aaa pending in East Vale",
    };
    const ngo = (name: string, county: string, isYouth: boolean, verified = true) =>
      registeredNgo(h, ids.admin, h.user({ language: "en" }), { county, fields: ["Education"], isYouth, verified, name });
    await ngo(names.youthWest, "West Vale", true);
    await ngo(names.eldersWest, "West Vale", false);
    await ngo(names.youthEast, "East Vale", true);
    await ngo(names.pendingWest, "West Vale", true, false);
    await ngo(names.pendingEast, "East Vale", false, false);
    const west = await h.countyId("West Vale");

    const provincial = await signedIn(ids.provincial);
    const youth = await directoryOf(provincial, "youth=yes");
    expect(youth).toContain(names.youthWest);
    expect(youth).toContain(names.youthEast);
    expect(youth).not.toContain(names.eldersWest);
    expect(youth).not.toContain(names.pendingWest);
    const westYouth = await directoryOf(provincial, `county=${west}&youth=yes`);
    expect(westYouth).toContain(names.youthWest);
    expect(westYouth).not.toContain(names.youthEast);
    const notYouth = await directoryOf(provincial, `county=${west}&youth=no`);
    expect(notYouth).toContain(names.eldersWest);
    expect(notYouth).not.toContain(names.youthWest);
    const pendingYouth = await directoryOf(provincial, "status=PENDING&youth=yes");
    expect(pendingYouth).toContain(names.pendingWest);
    expect(pendingYouth).not.toContain(names.pendingEast);
    expect(pendingYouth).not.toContain(names.youthWest);

    // A county official's directory is their county's, whatever the status asked.
    const county = await signedIn(ids.westVale);
    const pending = await directoryOf(county, "status=PENDING");
    expect(pending).toContain(names.pendingWest);
    expect(pending).not.toContain(names.pendingEast);
    expect(await directoryOf(county, "youth=yes")).not.toContain(names.youthEast);
  });
});

describe("the meetings' calendar", () => {
  const ENGLISH_MONTHS = [
    "Farvardin",
    "Ordibehesht",
    "Khordad",
    "Tir",
    "Mordad",
    "Shahrivar",
    "Mehr",
    "Aban",
    "Azar",
    "Dey",
    "Bahman",
    "Esfand",
  ];
  const PERSIAN_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];
  const persianDigits = (n: number) => String(n).replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)] ?? d);

  /** The day cells of the page's month grid, in order (Saturday first), as text. */
  const dayCells = (page: string) => {
    const body = /<table class="month-grid">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(page)?.[1] ?? "";
    return [...body.matchAll(/<td class="day[^"]*">([\s\S]*?)<\/td>/g)].map((cell) => cell[1] ?? "");
  };

  it("when officials open next month's calendar, then its days run from Saturday under the Solar Hijri month's name, each meeting linked on its day, and a county official sees none of another county's", async () => {
    const month = shiftMonth(monthOf(new Date()), 1);
    const at = (jd: number) => new Date(startOfTehranDay({ ...month, jd }).getTime() + 10.5 * 3_600_000);
    const provincial = await h.actor(ids.provincial);
    const create = async (county: string, title: string, jd: number) =>
      (
        await h.app.services.meetings.create(
          provincial,
          {
            countyId: await h.countyId(county),
            title,
            theme: "Problems NGOs raised with the county this season.",
            startsAt: at(jd),
            venue: "County hall",
            location: null,
            fieldIds: [],
            membersInvited: false,
          },
          new Date(),
        )
      ).meeting;
    const west = await create("West Vale", "West Vale roads in the calendar", 10);
    const east = await create("East Vale", "East Vale clinics in the calendar", 12);
    const key = `${month.jy}-${String(month.jm).padStart(2, "0")}`;
    // Where the 1st falls, worked out from the Gregorian calendar: Saturday is the week's first day.
    const { gy, gm, gd } = toGregorian(month.jy, month.jm, 1);
    const blanks = (new Date(Date.UTC(gy, gm - 1, gd)).getUTCDay() + 1) % 7;
    const length = month.jm <= 6 ? 31 : month.jm <= 11 ? 30 : [29, 30];

    const county = await (await (await signedIn(ids.westVale)).get(`/dashboard/meetings?month=${key}`)).text();
    expect(county).toContain(`<strong class="month">${ENGLISH_MONTHS[month.jm - 1]} ${month.jy}</strong>`);
    expect(/<table class="month-grid">\s*<thead><tr><th scope="col">Sat<\/th><th scope="col">Sun<\/th>/.test(county)).toBe(true);
    const cells = dayCells(county);
    expect(cells.slice(0, blanks).every((c) => c === "")).toBe(true);
    expect(cells[blanks]).toContain(">1</span>");
    const days = cells.filter((c) => c !== "").length;
    expect(Array.isArray(length) ? length : [length]).toContain(days);
    expect(cells[blanks + 9]).toContain(`href="/dashboard/meetings/view?meeting=${west.id}"`);
    expect(cells[blanks + 9]).toContain("10:30 <bdi>West Vale roads in the calendar</bdi>");
    expect(county).not.toContain("East Vale clinics in the calendar");
    expect(county).not.toContain(east.id);
    // Earlier and later months are a click away, the arrows pointing the way English reads.
    const earlier = shiftMonth(month, -1);
    const later = shiftMonth(month, 1);
    expect(county).toContain(`href="/dashboard/meetings?month=${earlier.jy}-${String(earlier.jm).padStart(2, "0")}">◀ Earlier month</a>`);
    expect(county).toContain(`href="/dashboard/meetings?month=${later.jy}-${String(later.jm).padStart(2, "0")}">Later month ▶</a>`);

    const province = dayCells(await (await (await signedIn(ids.provincial)).get(`/dashboard/meetings?month=${key}`)).text());
    expect(province[blanks + 11]).toContain(`href="/dashboard/meetings/view?meeting=${east.id}"`);
    expect(province[blanks + 9]).toContain(west.id);

    await h.app.services.people.setLocale(BigInt(ids.provincial), "fa");
    try {
      const persian = await (await (await signedIn(ids.provincial)).get(`/dashboard/meetings?month=${key}`)).text();
      expect(persian).toContain('dir="rtl"');
      expect(persian).toContain(`<strong class="month">${PERSIAN_MONTHS[month.jm - 1]} ${persianDigits(month.jy)}</strong>`);
      expect(persian).toContain('<thead><tr><th scope="col">شنبه</th>');
      expect(dayCells(persian)[blanks + 9]).toContain(`>${persianDigits(10)}</span>`);
      // Right to left, "back" points right and "on" points left.
      expect(persian).toContain("▶ ماه قبل</a>");
      expect(persian).toContain("ماه بعد ◀</a>");
    } finally {
      await h.app.services.people.setLocale(BigInt(ids.provincial), "en");
    }
  });
});

/**
 * A round of the test province, opened by the provincial official over both
 * counties: in East Vale one NGO answers (project management, high, 5 people)
 * and one (in Health) does not; in West Vale one answers (project management,
 * low, and fundraising, medium, 3 people). Built once, by the first test that asks.
 */
let needsFixture: Promise<{ roundId: string; invited: { east: number; west: number } }> | undefined;
function needsRound() {
  needsFixture ??= (async () => {
    const eastAnswers = h.user({ language: "en", firstName: "East answers" });
    const westAnswers = h.user({ language: "en", firstName: "West answers" });
    await registeredNgo(h, ids.admin, eastAnswers, { county: "East Vale", fields: ["Education"] });
    await registeredNgo(h, ids.admin, h.user({ language: "en" }), { county: "East Vale", fields: ["Health"] });
    await registeredNgo(h, ids.admin, westAnswers, { county: "West Vale", fields: ["Education"] });
    const east = await h.countyId("East Vale");
    const west = await h.countyId("West Vale");
    const { round } = await h.app.services.needs.openRound(
      await h.actor(ids.provincial),
      { title: "Skills on the dashboard", deadline: tehranDate(new Date(Date.now() + 10 * 86_400_000)), countyIds: [east, west] },
      new Date(),
    );
    const topics = await h.app.services.needs.topics();
    const topic = (en: string) => topics.find((t) => t.nameEn === en)?.id ?? 0;
    const answer = { format: "IN_PERSON" as const, days: [0], times: ["morning" as const], otherNeed: null };
    await h.app.services.needs.submit(
      BigInt(eastAnswers.id),
      round.id,
      { ...answer, choices: [{ topicId: topic("Project management"), priority: "HIGH" }], attendees: 5 },
      new Date(),
    );
    await h.app.services.needs.submit(
      BigInt(westAnswers.id),
      round.id,
      {
        ...answer,
        choices: [
          { topicId: topic("Project management"), priority: "LOW" },
          { topicId: topic("Fundraising and financial transparency"), priority: "MEDIUM" },
        ],
        attendees: 3,
      },
      new Date(),
    );
    const invited = async (countyId: number) => db.needsInvitation.count({ where: { roundId: round.id, countyId } });
    return { roundId: round.id, invited: { east: await invited(east), west: await invited(west) } };
  })();
  return needsFixture;
}

describe("training needs", () => {
  it("when the provincial official opens a round, then they read its response per county and topics by demand, as /needs counts them", async () => {
    const { roundId, invited } = await needsRound();
    const browser = await signedIn(ids.provincial);
    const page = await (await browser.get("/dashboard/needs")).text();
    // The newest round is shown without choosing it.
    expect(page).toContain("Skills on the dashboard");
    expect(page).toContain(`Answered: 2 of ${invited.east + invited.west} NGOs`);
    expect(page).toMatch(new RegExp(`<th scope="row">East Vale</th><td>${invited.east}</td><td>1</td>`));
    expect(page).toMatch(new RegExp(`<th scope="row">West Vale</th><td>${invited.west}</td><td>1</td>`));
    // Demand: high 3 + low 1 for project management, medium 2 for fundraising.
    expect(page).toMatch(/<th scope="row">Project management<\/th><td>[^<]*<\/td>\s*<td>4<\/td><td>2<\/td><td>8<\/td>/);
    expect(page).toMatch(/<th scope="row">Fundraising and financial transparency<\/th><td>[^<]*<\/td>\s*<td>2<\/td><td>1<\/td><td>3<\/td>/);
    const chart = JSON.parse(/<script type="application\/json" id="needs-data">(.*?)<\/script>/s.exec(page)?.[1] ?? "{}");
    expect(chart.topics).toEqual(["Project management", "Fundraising and financial transparency"]);
    expect(chart.series).toEqual([
      { name: "East Vale", values: [3, 0] },
      { name: "West Vale", values: [1, 2] },
    ]);

    const file = await browser.get(`/dashboard/needs.xlsx?round=${roundId}`);
    expect(file.status).toBe(200);
    const sheet = await readWorkbook(Buffer.from(await file.arrayBuffer()));
    expect(sheet("Response by county").slice(1)).toEqual([
      ["East Vale", invited.east, 1, Math.round((1 / invited.east) * 1000) / 10],
      ["West Vale", invited.west, 1, Math.round((1 / invited.west) * 1000) / 10],
    ]);
    expect(
      sheet("Demand by topic")
        .slice(1)
        .map((row) => row.slice(0, 1).concat(row.slice(3))),
    ).toEqual([
      ["Project management", 4, 8, 3, 1],
      ["Fundraising and financial transparency", 2, 3, 0, 2],
    ]);
    const csv = await browser.get(`/dashboard/needs.csv?round=${roundId}`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csvRows(new Uint8Array(await csv.arrayBuffer()))).toHaveLength(4); // the header and a row per topic chosen
  });

  it("when the official filters by county or field, then the figures are those of its NGOs only", async () => {
    const { roundId, invited } = await needsRound();
    const browser = await signedIn(ids.provincial);
    const west = await h.countyId("West Vale");
    const fields = await h.app.services.reference.fields();
    const health = fields.find((f) => f.nameEn === "Health")?.id;
    const byCounty = await (await browser.get(`/dashboard/needs?round=${roundId}&county=${west}`)).text();
    expect(byCounty).toContain(`Answered: 1 of ${invited.west} NGO`);
    expect(byCounty).not.toContain('<th scope="row">East Vale</th>');
    expect(byCounty).toMatch(/<th scope="row">Project management<\/th><td>[^<]*<\/td>\s*<td>1<\/td>/);

    // In Health only the NGO that has not answered was asked: no demand at all.
    const byField = await (await browser.get(`/dashboard/needs?round=${roundId}&field=${health}`)).text();
    expect(byField).toContain("Answered: 0 of");
    expect(byField).toContain("No answers yet.");
    expect(byField).not.toContain("Project management");
  });

  it("when a county official reads a province-wide round, then only their county's figures are there; another county is refused with 403", async () => {
    const { roundId, invited } = await needsRound();
    const browser = await signedIn(ids.westVale);
    const page = await (await browser.get(`/dashboard/needs?round=${roundId}`)).text();
    expect(page).toContain(`Answered: 1 of ${invited.west} NGO`);
    expect(page).toContain("West Vale");
    expect(page).not.toContain("East Vale");
    const sheet = await readWorkbook(Buffer.from(await (await browser.get(`/dashboard/needs.xlsx?round=${roundId}`)).arrayBuffer()));
    expect(sheet("Response by county").map((row) => row[0])).toEqual(["County", "West Vale"]);

    const east = await h.countyId("East Vale");
    for (const path of [`/dashboard/needs?round=${roundId}&county=${east}`, `/dashboard/needs.xlsx?round=${roundId}&county=${east}`]) {
      const response = await browser.get(path);
      expect(response.status, path).toBe(403);
      expect(await response.text()).not.toContain("East Vale");
    }
    expect((await browser.get("/dashboard/needs?round=no-such-round")).status).toBe(404);
  });
});

describe("likely duplicates", () => {
  it("when a county official merges a likely duplicate on the NGOs page, then it asks first, keeps the older, and audits it as the dashboard's; another county's pair is refused", async () => {
    const phone = `+98912${String(unique()).padStart(7, "0").slice(-7)}`;
    const ngo = async (county: string) => {
      const id = await registeredNgo(h, ids.admin, h.user({ language: "en" }), { county, fields: ["Education"] });
      await db.ngo.update({ where: { id }, data: { contactPhone: phone } });
      return id;
    };
    // The pairs earlier tests left (their NGOs share a phone) are set aside, so this pair is among those shown.
    const official = await h.actor(ids.westVale);
    for (const pair of await h.app.services.duplicates.pairs(official))
      await h.app.services.duplicates.dismiss(official, pair.older.id, pair.newer.id);
    const older = await ngo("West Vale");
    const newer = await ngo("West Vale");
    const east = await ngo("East Vale");
    const browser = await signedIn(ids.westVale);
    const page = await (await browser.get("/dashboard/ngos")).text();
    expect(page).toContain("Likely duplicates");
    expect(page).toContain(`<input type="hidden" name="older" value="${older}"><input type="hidden" name="newer" value="${newer}">`);
    expect(page).not.toContain(east);

    const csrf = await browser.csrf();
    const asked = await browser.post("/dashboard/ngos/merge", { older, newer, csrf });
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain("Yes, merge them");
    expect((await db.ngo.findUniqueOrThrow({ where: { id: newer } })).status).toBe("VERIFIED");

    const merged = await browser.post("/dashboard/ngos/merge", { older, newer, csrf, confirmed: "yes" });
    expect(merged.status).toBe(303);
    expect(merged.headers.get("location")).toBe("/dashboard/ngos?done=merged");
    expect((await db.ngo.findUniqueOrThrow({ where: { id: newer } })).status).toBe("REJECTED");
    expect((await db.ngo.findUniqueOrThrow({ where: { id: older } })).status).toBe("VERIFIED");
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "ngo.merge", entityId: older } });
    expect(entry.origin).toBe("dashboard");

    const refused = await browser.post("/dashboard/ngos/not-duplicate", { older, newer: east, csrf });
    expect(refused.status).toBe(403);
    expect(await db.duplicateDismissal.count({ where: { OR: [{ firstNgoId: east }, { secondNgoId: east }] } })).toBe(0);
  });
});

describe("a meeting's page", () => {
  it("when an official opens a meeting of their area, then they read its answers, presence, agenda and outcomes, with the attendance file; another county's is refused", async () => {
    const leader = h.user({ language: "en", firstName: "Agendaleader" });
    await registeredNgo(h, ids.admin, leader, { county: "East Vale", fields: ["Education"], name: "Reading Circle <i>" });
    const provincial = await h.actor(ids.provincial);
    const { meeting } = await h.app.services.meetings.create(
      provincial,
      {
        countyId: await h.countyId("East Vale"),
        title: "East Vale schools",
        theme: "Problems NGOs raised with the county this season.",
        startsAt: new Date(Date.now() + 7 * 86_400_000),
        venue: "Library hall",
        location: null,
        fieldIds: [],
        membersInvited: true,
      },
      new Date(),
    );
    const education = (await h.app.services.reference.fields()).find((f) => f.nameEn === "Education")?.id ?? 0;
    const item = await h.app.services.meetings.addAgendaItem(
      BigInt(leader.id),
      meeting.id,
      { text: "Too few books in village schools", fieldId: education },
      new Date(),
    );
    await h.app.services.meetings.recordOutcome(provincial, item.id, "FOLLOW_UP", "The county buys books in spring.", new Date());

    const browser = await signedIn(ids.provincial);
    const list = await (await browser.get("/dashboard/meetings")).text();
    expect(list).toContain(`href="/dashboard/meetings/view?meeting=${meeting.id}"`);
    const page = await (await browser.get(`/dashboard/meetings/view?meeting=${meeting.id}`)).text();
    expect(page).toContain("East Vale schools");
    expect(page).toContain("Library hall");
    expect(page).toContain("Agendaleader");
    expect(page).toContain("Reading Circle &lt;i&gt;");
    expect(page).toContain("Too few books in village schools");
    expect(page).toContain("🔁 Follow-up: The county buys books in spring.");
    expect(page).toContain("present: 0");

    const file = await browser.get(`/dashboard/meetings/attendance.xlsx?meeting=${meeting.id}`);
    expect(file.status).toBe(200);
    const sheet = await readWorkbook(Buffer.from(await file.arrayBuffer()));
    expect(sheet("Attendance").some((row) => row[0] === "Agendaleader" && row[2] === "Reading Circle <i>")).toBe(true);

    const county = await signedIn(ids.westVale);
    for (const path of [`/dashboard/meetings/view?meeting=${meeting.id}`, `/dashboard/meetings/attendance.csv?meeting=${meeting.id}`]) {
      const response = await county.get(path);
      expect(response.status, path).toBe(403);
      expect(await response.text()).not.toContain("East Vale schools");
    }
  });
});
