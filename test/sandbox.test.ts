import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../src/data/prisma.js";
import { tehranDate } from "../src/domain/calendar.js";
import { createLogger } from "../src/logger.js";
import { type Sandbox, startSandbox } from "../src/sandbox/sandbox.js";
import { databaseUrl, newTelegramId, readable } from "./support/harness.js";
import { unique } from "./support/journeys.js";

/**
 * The sandbox in a real browser (Debian's chromium, headless): a newcomer
 * registers an NGO by typing and pressing buttons in one chat, the superadmin
 * approves it in the chat beside it, and the leader sees the approval.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));
const adminId = newTelegramId();

function sandboxEnv(): NodeJS.ProcessEnv {
  return {
    DATABASE_URL: databaseUrl(),
    REDIS_URL: inject("redisUrl"),
    REDIS_PREFIX: `${inject("redisPrefix")}-sandbox-${process.pid}`,
    ADMIN_IDS: String(adminId),
    HTTP_PORT: "0",
    RATE_LIMIT_MAX: "1000",
    // Only on 29 February, never a day the quarterly check nudges on.
    QUARTERLY_CHECK_CRON: "0 9 29 2 *",
  };
}

let sandbox: Sandbox;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!CHROMIUM) throw new Error("chromium is not installed: apt-get install chromium (or set CHROMIUM_PATH)");
  sandbox = await startSandbox({ env: sandboxEnv(), logger: createLogger("silent"), demo: false, port: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox"] });
  page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  await page.goto(sandbox.url);
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.stop();
});

const chatOf = (id: number | string) => page.locator(`.chat[data-id="${id}"]`);
/** Opens the person's chat from the list of people (it stays as it is when open already), and returns it. */
async function openChat(id: number): Promise<Locator> {
  await page.locator(`.persona[data-id="${id}"]`).click();
  return chatOf(id);
}
const lastBotMessage = (chat: Locator) => chat.locator(".msg.bot").last();

/** Types into the chat's composer and sends, as a person would. */
async function type(chat: Locator, text: string) {
  await chat.locator("input[name=text]").fill(text);
  await chat.locator("input[name=text]").press("Enter");
}

/**
 * Waits until the element's text, as a person reads it (isolation marks are invisible), contains `text` (or matches it).
 * The ceiling is the browser file's (dashboard-browser.test.ts): a bot's first answer took over 10 s once on a machine
 * busy with two other files and a profiler.
 */
async function contains(locator: Locator, text: string | RegExp): Promise<void> {
  const read = async () => readable((await locator.count()) > 0 ? ((await locator.first().textContent()) ?? "") : "");
  if (typeof text === "string") await expect.poll(read, { timeout: 15_000 }).toContain(text);
  else await expect.poll(read, { timeout: 15_000 }).toMatch(text);
}

/** Waits for the bot's newest message to contain `text`, then returns that message. */
async function botSays(chat: Locator, text: string | RegExp): Promise<Locator> {
  await contains(lastBotMessage(chat), text);
  return lastBotMessage(chat);
}

describe("the sandbox page", () => {
  it("shows the sandbox banner and the superadmin of ADMIN_IDS among the people", async () => {
    await contains(page.locator(".banner"), "Sandbox");
    await contains(page.locator(`.persona[data-id="${adminId}"]`), "superadmin");
  });

  it("when a newcomer registers an NGO and the superadmin approves it in the chat beside, then the leader sees the approval", async () => {
    // The superadmin's chat, opened first, as they would have talked to the bot before.
    const admin = await openChat(adminId);
    // An empty chat offers /start, as Telegram's START button does.
    const start = admin.locator(".chat-start");
    await contains(start, "begins with /start");
    await start.getByRole("button", { name: "START" }).click();
    // The English name is isolated; the greeting takes its direction from its own first letter, as Telegram's clients do.
    expect(await (await botSays(admin, "سلام Sandbox admin")).getAttribute("dir")).toBe("rtl");
    await start.waitFor({ state: "hidden" });

    // A new person, created in the page, writing in English.
    const form = page.locator("#new-persona");
    await form.locator("input[name=firstName]").fill("Leila");
    await form.locator("select[name=language]").selectOption("en");
    await form.locator("button[type=submit]").click();
    const leader = page.locator(".chat").filter({ has: page.locator(".chat-name", { hasText: "Leila" }) });
    await botSays(leader, "Hello Leila");
    const leaderId = await leader.getAttribute("data-id");

    // The command menu comes from the bot's setMyCommands for this person.
    await leader.locator("button.menu").click();
    await contains(leader.locator(".command-menu"), "/register");
    await leader.locator(".command-menu button", { hasText: "/register" }).click();
    await botSays(leader, "full name");
    const name = `Green Hands ${unique()}`;
    await type(leader, name);
    await botSays(leader, "registration number");
    await type(leader, unique());
    await botSays(leader, "Which authority");
    await type(leader, "Provincial governor's office");
    const where = await botSays(leader, /Which province|In which county/);
    if ((await where.textContent())?.includes("Which province")) {
      await where.getByRole("button", { name: "Zanjan" }).click();
      await botSays(leader, "In which county");
    }
    await lastBotMessage(leader).getByRole("button", { name: "Abhar" }).click();
    const fields = await botSays(leader, "In which fields");
    await fields.getByRole("button", { name: /Youth/ }).click();
    await lastBotMessage(leader)
      .getByRole("button", { name: /✅.*Youth/ })
      .waitFor();
    await lastBotMessage(leader)
      .getByRole("button", { name: /Environment/ })
      .click();
    await lastBotMessage(leader)
      .getByRole("button", { name: /✅.*Environment/ })
      .waitFor();
    await lastBotMessage(leader).getByRole("button", { name: "Done" }).click();
    await botSays(leader, "In which year");
    await type(leader, "۱۳۹۸");
    await botSays(leader, "How many members");
    await type(leader, "25");
    await (await botSays(leader, "youth NGO")).getByRole("button", { name: "Yes" }).click();
    await botSays(leader, "Your phone number");
    // The reply keyboard's share-contact button.
    await leader.locator(".reply-keyboard button").first().click();
    await botSays(leader, "Describe the NGO");
    await type(leader, "We plant trees with young volunteers in Abhar.");
    const summary = await botSays(leader, "Please check your NGO's details");
    await contains(summary, "Phone: +98912");
    await summary.getByRole("button", { name: /Confirm/ }).click();
    await leader.locator(".msg.bot", { hasText: "waits for review" }).waitFor();

    // The superadmin, who reads Persian, is asked to review it beside, and approves from the message.
    const review = admin.locator(".msg.bot", { hasText: name });
    await contains(review, "سمن تازه‌ای در انتظار بررسی است");
    const reviewId = await review.getAttribute("data-id");
    await review.getByRole("button", { name: "✅ تأیید" }).click();
    // The button's answer shows as a toast; the review message loses its buttons in place (edited).
    await contains(page.locator("#toasts"), "تأیید شد.");
    await botSays(admin, "تأیید شد و به مدیر آن اطلاع داده شد");
    await expect.poll(() => admin.locator(`.msg[data-id="${reviewId}"] button`).count()).toBe(0);
    await contains(admin.locator(`.msg[data-id="${reviewId}"] .foot`), "edited");
    await contains(leader.locator(".msg.bot", { hasText: "Good news" }), name);

    // The invite link in the leader's chat brings in a member: a new person who opens it and joins.
    await leader.locator("a.invite-link").last().click();
    await form.locator("input[name=firstName]").fill("Omid");
    await form.locator("button[type=submit]").click();
    const member = page.locator(".chat").filter({ has: page.locator(".chat-name", { hasText: "Omid" }) });
    await (await botSays(member, "You have been invited to join this NGO")).getByRole("button", { name: "✅ Join" }).click();
    await botSays(member, `Welcome! You are now a member of ${name}`);
    await contains(leader.locator(".msg.bot", { hasText: "👋" }), `Omid joined ${name}`);

    // What the page showed is what was stored.
    const db = createDb(databaseUrl());
    const ngo = await db.ngo.findFirstOrThrow({ where: { name }, include: { county: true } });
    expect(ngo).toMatchObject({ status: "VERIFIED", foundedYear: 1398, memberCount: 25, isYouth: true, leaderId: BigInt(leaderId ?? 0) });
    expect(ngo.county.nameEn).toBe("Abhar");
    expect(await db.membership.count({ where: { ngoId: ngo.id } })).toBe(1);
    await db.$disconnect();
    // The people list follows: Leila now leads the NGO.
    await contains(page.locator(`.persona[data-id="${leaderId}"]`), `leader: ${name}`);
    if (process.env.SANDBOX_SCREENSHOT) {
      await page.evaluate("document.fonts.ready");
      await page.screenshot({ path: process.env.SANDBOX_SCREENSHOT });
    }
  });
});

describe("reports in the page", () => {
  it("when the superadmin asks for coverage, then the chart shows inline and the Excel file downloads", async () => {
    const admin = await openChat(adminId);
    await type(admin, "/coverage");
    // The tests' database has a second province with counties, so the superadmin picks one first.
    await admin.locator(".msg.bot").getByRole("button", { name: "زنجان" }).last().click();
    const picture = admin.locator(".msg.bot img").last();
    await picture.waitFor();
    await expect.poll(() => picture.evaluate((img: { naturalWidth: number }) => img.naturalWidth)).toBeGreaterThan(200);
    await admin.locator(".msg.bot").getByRole("button", { name: "📊 فایل اکسل" }).last().click();
    const file = admin.locator(".msg.bot a.file").last();
    await contains(file, "coverage.xlsx");
    const response = await fetch(new URL((await file.getAttribute("href")) ?? "", sandbox.url));
    expect(response.headers.get("content-disposition")).toContain("attachment");
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
  });
});

describe("officials as personas", () => {
  it("when a county official is created in the page, then the superadmin's appointment reaches them and the list shows their county", async () => {
    const form = page.locator("#new-persona");
    await expect.poll(() => form.locator("select[name=countyId]").isVisible()).toBe(false);
    await form.locator("input[name=firstName]").fill("Reza");
    await form.locator("select[name=language]").selectOption("en");
    await form.locator("select[name=role]").selectOption("county-official");
    await form.locator("select[name=countyId] option", { hasText: "Tarom" }).waitFor({ state: "attached" });
    await form.locator("select[name=countyId]").selectOption({ label: "Tarom · طارم" });
    await form.locator("button[type=submit]").click();
    const official = page.locator(".chat").filter({ has: page.locator(".chat-name", { hasText: "Reza" }) });
    await contains(official.locator(".msg.bot", { hasText: "You are now an official" }), "Send /start");
    await contains(page.locator(".persona", { hasText: "Reza" }), "official: Tarom");
  });
});

/** Whether the text's first character is drawn left of its second: how a left-to-right word such as "/start" reads. */
function readsLeftToRight(locator: Locator): Promise<boolean> {
  type Range = {
    setStart(node: unknown, offset: number): void;
    setEnd(node: unknown, offset: number): void;
    getBoundingClientRect(): { left: number };
  };
  return locator.evaluate((element: { firstChild: unknown; ownerDocument: { createRange(): Range } }) => {
    const text = element.firstChild;
    if (!text) throw new Error("no text");
    const box = (i: number) => {
      const range = element.ownerDocument.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect();
    };
    return box(0).left < box(1).left;
  });
}

describe("the command menu", () => {
  it("when a Persian chat opens the menu, then its commands read /start, not start/", async () => {
    const admin = chatOf(adminId);
    await expect.poll(() => admin.getAttribute("dir")).toBe("rtl");
    await admin.locator("button.menu").click();
    const start = admin.locator(".command-menu button .cmd", { hasText: "/start" });
    await start.waitFor();
    expect(await start.textContent()).toBe("/start");
    expect(await readsLeftToRight(start)).toBe(true);
    // The description beside it stays Persian, right to left.
    expect(await readsLeftToRight(start.locator("xpath=../span[@class='desc']"))).toBe(false);
    await admin.locator("button.menu").click();
  });
});

describe("personas, as Telegram sends them", () => {
  const stored = async (id: number | string) => {
    const db = createDb(databaseUrl());
    try {
      return await db.person.findUniqueOrThrow({ where: { id: BigInt(id) } });
    } finally {
      await db.$disconnect();
    }
  };

  it("when a person with a first name, a last name and a username types and presses, then the bot keeps both names and the username", async () => {
    const form = page.locator("#new-persona");
    const username = `maryam_${unique()}`;
    await form.locator("select[name=role]").selectOption("person");
    await form.locator("input[name=firstName]").fill("مریم");
    await form.locator("input[name=lastName]").fill("کریمی");
    await form.locator("input[name=username]").fill(username);
    await form.locator("select[name=language]").selectOption("fa");
    await form.locator("button[type=submit]").click();
    const chat = page.locator(".chat").filter({ has: page.locator(".chat-name", { hasText: "مریم کریمی" }) });
    await botSays(chat, "سلام مریم");
    await contains(chat.locator(".chat-meta"), `@${username}`);
    // A typed command, and a button press (a callback query carries the sender too).
    await type(chat, "/language");
    await (await botSays(chat, "زبان خود را انتخاب کنید")).getByRole("button", { name: "فارسی" }).click();
    await botSays(chat, "از این پس با شما فارسی صحبت می‌کنم");
    const id = (await chat.getAttribute("data-id")) ?? "";
    expect(await stored(id)).toMatchObject({ firstName: "مریم", lastName: "کریمی", username, telegramLang: "fa" });
  });

  it("when someone the bot knows by first and last name (as the demo's people) sends /start in the page, then the last name stays", async () => {
    const id = newTelegramId();
    await sandbox.app.services.people.touch({
      messenger: "TELEGRAM",
      id,
      firstName: "رضا",
      lastName: "نوروزی",
      username: `reza_${unique()}`,
      languageCode: "fa",
    });
    await page.reload();
    await page.locator(`.persona[data-id="${id}"]`).click();
    const chat = chatOf(id);
    await contains(chat.locator(".chat-name"), "رضا نوروزی");
    await type(chat, "/start");
    await botSays(chat, "سلام رضا");
    expect(await stored(id)).toMatchObject({ firstName: "رضا", lastName: "نوروزی" });
  });
});

describe("personas on Bale", () => {
  it("when a Bale persona is created, then their chat has Bale's green header, the Bale bot answers /start in Persian with no HTML tags, and commands work without entities", async () => {
    const form = page.locator("#new-persona");
    await form.locator("select[name=role]").selectOption("person");
    await form.locator("select[name=messenger]").selectOption("bale");
    await form.locator("input[name=firstName]").fill("نرگس");
    await form.locator("select[name=language]").selectOption("fa");
    await form.locator("button[type=submit]").click();
    const chat = page.locator(".chat").filter({ has: page.locator(".chat-name", { hasText: "نرگس" }) });
    const greeting = await botSays(chat, "سلام نرگس");
    // What the Bale emulator shows: any HTML that leaked would read as tags.
    expect(await greeting.locator(".body").textContent()).not.toMatch(/<\/?[a-z][^>]*>/i);
    expect(await greeting.locator(".body b, .body a, .body i").count()).toBe(0);
    await contains(chat.locator(".msg.user"), "/start");
    await contains(chat.locator(".chat-meta"), "Bale");
    type Styled = { ownerDocument: { defaultView: { getComputedStyle(element: unknown): { backgroundColor: string } } } };
    const background = await chat
      .locator(".chat-head")
      .evaluate((head: Styled) => head.ownerDocument.defaultView.getComputedStyle(head).backgroundColor);
    expect(background).toBe("rgb(0, 168, 132)");

    // Stored as a Bale person, who reached the Bale bot (not the Telegram one) with a bare /start, as Bale sends it.
    const id = Number(await chat.getAttribute("data-id"));
    const db = createDb(databaseUrl());
    const person = await db.person.findUniqueOrThrow({ where: { id: BigInt(id) } }).finally(() => db.$disconnect());
    expect(person.messenger).toBe("BALE");
    expect(sandbox.bale.messagesTo(Number(person.externalId)).length).toBeGreaterThan(0);
    const sends = sandbox.bale.calls.filter((c) => c.method === "sendMessage" && c.payload.chat_id === Number(person.externalId));
    expect(sends.length).toBeGreaterThan(0);
    for (const send of sends) expect(send.payload.parse_mode).toBeUndefined();
    await contains(page.locator(`.persona[data-id="${id}"] .badge`), "Bale");

    // Typed on Bale, a command still works without its entity.
    await type(chat, "/language");
    await (await botSays(chat, "زبان خود را انتخاب کنید")).getByRole("button", { name: "فارسی" }).click();
    await botSays(chat, "از این پس با شما فارسی صحبت می‌کنم");
    await form.locator("select[name=messenger]").selectOption("telegram");
  });

  it("when a Bale leader's ble.ir invite link is pressed and the person is made on Telegram, then they join the Bale leader's NGO", async () => {
    const form = page.locator("#new-persona");
    await form.locator("select[name=role]").selectOption("person");
    await form.locator("select[name=messenger]").selectOption("bale");
    await form.locator("input[name=firstName]").fill("Sara");
    await form.locator("select[name=language]").selectOption("en");
    await form.locator("button[type=submit]").click();
    const leader = page.locator(".chat").filter({ has: page.locator(".chat-name", { hasText: "Sara" }) });
    await botSays(leader, "Hello Sara");
    // Sara's NGO, registered and approved through the services, as the journey in the chats would.
    const { services } = sandbox.app;
    const admin = await services.people.touch({ messenger: "TELEGRAM", id: adminId, firstName: "Sandbox admin", languageCode: "fa" });
    const name = `Bale Hands ${unique()}`;
    const ngo = await services.ngos.register(BigInt(Number(await leader.getAttribute("data-id"))), {
      name,
      registrationNumber: unique(),
      registeringAuthority: "Governor's office",
      countyId: (await services.reference.counties()).find((c) => c.nameEn === "Zanjan")?.id ?? 0,
      fieldIds: (await services.reference.fields()).slice(0, 1).map((f) => f.id),
      foundedYear: 1395,
      memberCount: 30,
      isYouth: false,
      contactPhone: "+989127777777",
      description: "Registered by a test.",
    });
    await services.ngos.approve({ id: admin.person.id, roles: admin.roles }, ngo.id);

    await type(leader, "/invite");
    const link = leader.locator(".msg.bot a.invite-link", { hasText: "https://ble.ir/" }).last();
    await link.click();
    expect(await form.locator("select[name=messenger]").inputValue()).toBe("bale");
    await form.locator("select[name=messenger]").selectOption("telegram");
    await form.locator("input[name=firstName]").fill("Kamran");
    await form.locator("button[type=submit]").click();
    const member = page.locator(".chat").filter({ has: page.locator(".chat-name", { hasText: "Kamran" }) });
    await (await botSays(member, name)).getByRole("button", { name: "Join" }).click();
    const persona = page.locator(`.persona[data-id="${await member.getAttribute("data-id")}"]`);
    await contains(persona, `member: ${name}`);
    await contains(persona.locator(".badge"), "Telegram");
  });
});

describe("the 📎 menu", () => {
  it("when an official shares the venue's location from 📎 → Location, then the bot gets a location message and the meeting keeps it", async () => {
    const form = page.locator("#new-persona");
    await form.locator("select[name=role]").selectOption("county-official");
    await form.locator("select[name=countyId] option", { hasText: "Abhar" }).waitFor({ state: "attached" });
    await form.locator("select[name=countyId]").selectOption({ label: "Abhar · ابهر" });
    await form.locator("input[name=firstName]").fill("Arash");
    await form.locator("select[name=language]").selectOption("en");
    await form.locator("button[type=submit]").click();
    await form.locator("select[name=role]").selectOption("person");
    const official = page.locator(".chat").filter({ has: page.locator(".chat-name", { hasText: "Arash" }) });
    await botSays(official, "You are now an official");

    await type(official, "/meeting_new");
    await botSays(official, "Title of the meeting");
    const title = `Water for the villages ${unique()}`;
    await type(official, title);
    await botSays(official, "The problem it is centred on");
    await type(official, "Drinking water runs out every summer");
    await botSays(official, "Date and time");
    const { jy, jm, jd } = tehranDate(new Date(Date.now() + 10 * 86_400_000));
    await type(official, `${jy}/${jm}/${jd} 10:30`);
    await botSays(official, "Where?");
    await type(official, "Governor's office, hall 2");
    await botSays(official, "Share the venue's location");

    await official.locator("button.attach").click();
    await official.locator(".attach-menu").getByRole("menuitem", { name: "📍 Location" }).click();
    const picker = official.locator(".location-picker");
    await picker.locator("input[name=latitude]").fill("36.1468");
    await picker.locator("input[name=longitude]").fill("49.218");
    await picker.getByRole("button", { name: "Send" }).click();
    await contains(official.locator(".msg.user").last(), "📍 36.14680, 49.21800");
    // The location answered the step: the bot goes on to the next one.
    await (await botSays(official, "Which NGOs of the county are invited?")).getByRole("button", { name: "All verified NGOs" }).click();
    await (await botSays(official, "Who is invited?")).getByRole("button", { name: "Leaders only" }).click();
    const summary = await botSays(official, "Check the meeting");
    await contains(summary, "Governor's office, hall 2 📍");
    await summary.getByRole("button", { name: "✅ Confirm" }).click();
    await botSays(official, "is scheduled");

    const db = createDb(databaseUrl());
    try {
      expect(await db.meeting.findFirstOrThrow({ where: { title } })).toMatchObject({ latitude: 36.1468, longitude: 49.218 });
    } finally {
      await db.$disconnect();
    }
  });
});

describe("the sandbox server", () => {
  it("when another site, or a DNS-rebound name, tries to act in it, then it is refused", async () => {
    const { port } = new URL(sandbox.url);
    const forged = await fetch(`${sandbox.url}/api/chats/${adminId}/text`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ text: "/start" }),
    });
    expect(forged.status).toBe(403);
    const rebound = await new Promise<number>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, path: "/api/personas", headers: { host: `evil.example:${port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end();
    });
    expect(rebound).toBe(403);
    const own = await fetch(`${sandbox.url}/api/personas`);
    expect(own.status).toBe(200);
  });
});

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("npm start without a bot token", () => {
  it("when the sandbox runs, then its /livez and /readyz listen on 127.0.0.1 only, as the page does", () => {
    expect(sandbox.app.httpAddress()).toMatchObject({ address: "127.0.0.1" });
  });

  it("starts the sandbox, serves the page on the port asked for and answers /readyz on HTTP_PORT", async () => {
    const httpPort = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...sandboxEnv(),
      REDIS_PREFIX: `${inject("redisPrefix")}-npm-start-${process.pid}`,
      BOT_TOKEN: "",
      SANDBOX_PORT: "0",
      HTTP_PORT: String(httpPort),
    };
    delete env.NODE_ENV;
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = "";
        // Starting a process takes long on a machine busy with other test runs; the e2e test timeout is 60 s.
        const timer = setTimeout(() => reject(new Error(`no sandbox URL in: ${output}`)), 50_000);
        child.stdout.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          const match = /open (http:\/\/localhost:\d+)/.exec(output);
          if (match?.[1]) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        });
        child.on("exit", (code) => reject(new Error(`exited with ${code}: ${output}`)));
      });
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("🧪 Sandbox");
      const ready = await fetch(`http://127.0.0.1:${httpPort}/readyz`);
      expect(ready.status).toBe(200);
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
    }
  });
});
