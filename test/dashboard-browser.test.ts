import { existsSync } from "node:fs";
import { type Browser, chromium, type FrameLocator, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "../src/data/prisma.js";
import { tehranDate } from "../src/domain/calendar.js";
import type { Actor } from "../src/domain/shared/actor.js";
import type { Locale } from "../src/domain/shared/locale.js";
import { createLogger } from "../src/logger.js";
import { type Sandbox, startSandbox } from "../src/sandbox/sandbox.js";
import { appointmentNotice, databaseUrl, newTelegramId } from "./support/harness.js";
import { unique } from "./support/journeys.js";
import { readWorkbook } from "./support/workbook.js";

/**
 * The officials' dashboard in a real browser (Debian's chromium, headless),
 * opened from an official's chat in the sandbox page, beside the chats: the
 * county official signs in by the link, sees only their county, moves between
 * quarters, opens a coverage cell, approves a pending NGO (whose leader's chat
 * gets the approval) and downloads the Excel file. A Persian page is right to
 * left; with DASHBOARD_SCREENSHOT set, its Indicators page is saved there.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));
const adminId = newTelegramId();

let sandbox: Sandbox;
let browser: Browser;
let page: Page;
let db: Db;

beforeAll(async () => {
  if (!CHROMIUM) throw new Error("chromium is not installed: apt-get install chromium (or set CHROMIUM_PATH)");
  sandbox = await startSandbox({
    env: {
      DATABASE_URL: databaseUrl(),
      REDIS_URL: inject("redisUrl"),
      REDIS_PREFIX: `${inject("redisPrefix")}-dashboard-${process.pid}`,
      ADMIN_IDS: String(adminId),
      HTTP_PORT: "0",
      RATE_LIMIT_MAX: "1000",
      QUARTERLY_CHECK_CRON: "0 9 29 2 *",
    },
    logger: createLogger("silent"),
    demo: true,
    port: 0,
  });
  db = createDb(databaseUrl());
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox"] });
  page = await browser.newPage({ viewport: { width: 1600, height: 900 }, acceptDownloads: true });
  await page.goto(sandbox.url);
});

afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
  await sandbox?.stop();
});

const lastBotMessage = (chat: Locator) => chat.locator(".msg.bot").last();

async function contains(locator: Locator, text: string | RegExp): Promise<void> {
  const read = async () => ((await locator.count()) > 0 ? ((await locator.first().textContent()) ?? "") : "");
  if (typeof text === "string") await expect.poll(read, { timeout: 15_000 }).toContain(text);
  else await expect.poll(read, { timeout: 15_000 }).toMatch(text);
}

/**
 * A person made in the page's form; their chat opens. An official's chat has had their appointment's notice, which the
 * workers send, so it never arrives after the reply a test waits for next.
 */
async function newPersona(firstName: string, role: string, language: Locale, county?: string): Promise<Locator> {
  const form = page.locator("#new-persona");
  await form.locator("input[name=firstName]").fill(firstName);
  await form.locator("select[name=language]").selectOption(language);
  await form.locator("select[name=role]").selectOption(role);
  if (county) {
    await expect.poll(() => form.locator("select[name=countyId] option").count()).toBeGreaterThan(0);
    await form.locator("select[name=countyId]").selectOption({ label: county });
  }
  await form.locator("button[type=submit]").click();
  const chat = page.locator(".chat").filter({ has: page.locator(".chat-name", { hasText: firstName }) });
  await lastBotMessage(chat).waitFor();
  if (role !== "person") {
    const notice = appointmentNotice(language);
    await contains(chat.locator(".msg.bot", { hasText: notice }), notice);
  }
  return chat;
}

async function type(chat: Locator, text: string) {
  await chat.locator("input[name=text]").fill(text);
  await chat.locator("input[name=text]").press("Enter");
}

const admin = async (): Promise<Actor> => ({ id: BigInt(adminId), roles: { superadmin: true, official: null, leads: null, memberOf: [] } });

/** An NGO of a leader persona, pending or verified, in a county of the seeded province. */
async function ngoOf(leaderId: string, county: string, field: string, verified: boolean): Promise<string> {
  const name = `${field} Friends ${unique()}`;
  const services = sandbox.app.services;
  const counties = await services.reference.counties();
  const fields = await services.reference.fields();
  const ngo = await services.ngos.register(BigInt(leaderId), {
    name,
    registrationNumber: unique(),
    registeringAuthority: "Governor's office",
    countyId: counties.find((c) => c.nameEn === county)?.id ?? 0,
    fieldIds: fields.filter((f) => f.nameEn === field).map((f) => f.id),
    foundedYear: 1398,
    memberCount: 20,
    isYouth: false,
    contactPhone: "+989121111111",
    description: "An NGO the dashboard test registered.",
  });
  if (verified) await services.ngos.approve(await admin(), ngo.id);
  return name;
}

describe("the dashboard in the browser", () => {
  it("when a county official opens it from the chat, then they see their county, switch quarters, open a coverage cell, approve an NGO and download Excel", async () => {
    const leaderChat = await newPersona(`Leila${unique()}`, "person", "en");
    const leaderId = (await leaderChat.getAttribute("data-id")) ?? "";
    const pending = await ngoOf(leaderId, "Abhar", "Environment", false);
    const otherLeader = await newPersona(`Reza${unique()}`, "person", "en");
    const covered = await ngoOf((await otherLeader.getAttribute("data-id")) ?? "", "Abhar", "Education", true);

    const official = await newPersona(`Sara${unique()}`, "county-official", "en", "Abhar · ابهر");
    await type(official, "/start");
    await lastBotMessage(official).getByRole("button", { name: "📊 Dashboard" }).click();
    await contains(lastBotMessage(official), "works once, within 10 minutes");
    await lastBotMessage(official).getByRole("link", { name: "🖥 Open in the browser" }).click();

    // The dashboard opens in the panel beside the chats, signed in.
    await expect.poll(() => page.locator("#dashboard-panel").isVisible()).toBe(true);
    const dashboard: FrameLocator = page.frameLocator("iframe[name=dashboard]");
    const table = dashboard.locator("table.figures");
    await contains(table, "Abhar");
    expect(await dashboard.locator("main").textContent()).not.toContain("Khodabandeh");
    expect(await dashboard.locator(".tile").count()).toBe(1);
    await dashboard.locator(".tile").first().waitFor();

    // An earlier quarter, and back.
    const quarter = (await dashboard.locator(".quarter").textContent()) ?? "";
    await dashboard.getByRole("link", { name: "Earlier quarter" }).click();
    await expect.poll(() => dashboard.locator(".quarter").textContent()).not.toBe(quarter);
    await dashboard.getByRole("link", { name: "Later quarter" }).click();
    await expect.poll(() => dashboard.locator(".quarter").textContent()).toBe(quarter);

    // The Excel file of the quarter.
    const [download] = await Promise.all([page.waitForEvent("download"), dashboard.getByRole("link", { name: "⬇ Excel" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kpi-\d{4}\.\d\.xlsx$/);
    const path = await download.path();
    const sheet = await readWorkbook(await import("node:fs/promises").then((fs) => fs.readFile(path)));
    expect(sheet("Indicators").map((row) => row[0])).toContain("Abhar");

    // Coverage: the Abhar × Education cell lists its NGO.
    await dashboard.getByRole("link", { name: "Coverage" }).click();
    const education = dashboard.locator("table.coverage tr", { has: dashboard.locator("th", { hasText: /^Education$/ }) });
    await education.locator("td a").first().click();
    await contains(dashboard.locator("#cell"), covered);

    // NGOs: the pending one, approved; its leader's chat gets the news.
    await dashboard.getByRole("link", { name: "NGOs" }).click();
    const card = dashboard.locator("article.ngo", { hasText: pending });
    await card.locator("button.approve").click();
    await contains(dashboard.locator(".notice"), "The NGO is approved");
    await contains(leaderChat.locator(".msg.bot", { hasText: "Good news" }), pending);
    const ngo = await db.ngo.findFirstOrThrow({ where: { name: pending } });
    expect(ngo.status).toBe("VERIFIED");
    expect((await db.auditLog.findFirstOrThrow({ where: { entityId: ngo.id, action: "ngo.approve" } })).origin).toBe("dashboard");
  });

  it("when a Persian-speaking provincial official opens it, then the page is right to left in Vazirmatn with Solar Hijri dates", async () => {
    const official = await newPersona(`مریم${unique()}`, "provincial-official", "fa");
    await type(official, "/dashboard");
    const link = await lastBotMessage(official).getByRole("link", { name: "🖥 باز کردن در مرورگر" }).getAttribute("href");
    const desk = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await desk.goto(link ?? "");
    await desk.locator("table.figures").waitFor();
    expect(await desk.locator("html").getAttribute("dir")).toBe("rtl");
    expect(await desk.locator("html").getAttribute("lang")).toBe("fa");
    await contains(desk.locator("main > p").first(), /۱۴۰[۰-۹]/);
    await desk.evaluate("document.fonts.ready");
    expect(await desk.evaluate("document.fonts.check('16px Vazirmatn', 'سمن')")).toBe(true);
    // The trend chart was drawn by ECharts (a canvas), under the page's strict CSP.
    await desk.locator("[data-chart=trend] canvas").first().waitFor();
    if (process.env.DASHBOARD_SCREENSHOT) await desk.screenshot({ path: process.env.DASHBOARD_SCREENSHOT, fullPage: true });

    // Training needs: a round answered in Tarom, its demand drawn as bars.
    const leaderId = (await (await newPersona(`Nima${unique()}`, "person", "en")).getAttribute("data-id")) ?? "";
    await ngoOf(leaderId, "Tarom", "Health", true);
    const services = sandbox.app.services;
    const tarom = (await services.reference.counties()).find((c) => c.nameEn === "Tarom")?.id ?? 0;
    const deadline = tehranDate(new Date(Date.now() + 10 * 86_400_000));
    const { round } = await services.needs.openRound(
      await admin(),
      { title: `Skills ${unique()}`, deadline, countyIds: [tarom] },
      new Date(),
    );
    const topic = (await services.needs.topics())[0]?.id ?? 0;
    await services.needs.submit(
      BigInt(leaderId),
      round.id,
      { choices: [{ topicId: topic, priority: "HIGH" }], format: "EITHER", attendees: 3, days: [2], times: ["morning"], otherNeed: null },
      new Date(),
    );
    await desk.goto(new URL(`/dashboard/needs?round=${round.id}`, desk.url()).href);
    await desk.locator("[data-chart=needs] canvas").first().waitFor();
    await contains(desk.locator("main table.figures").first(), "طارم");
    await desk.close();
  });
});
