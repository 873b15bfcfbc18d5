import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../src/data/prisma.js";
import { tehranDate } from "../src/domain/calendar.js";
import { FIRST_NON_TELEGRAM_ID } from "../src/domain/people.js";
import type { FakeBotApi } from "../src/sandbox/bot-api.js";
import { buttonsOf, databaseUrl, type Harness, newTelegramId, startApp, type TestUser } from "./support/harness.js";
import { registerUpToSummary, textStarting, unique, waitUntil } from "./support/journeys.js";
import { addTestProvince } from "./support/province.js";

/**
 * One deployment on Telegram and Bale (issue 14): the same services and
 * database behind a bot on each, people known by (messenger, their id there),
 * and everything sent to Bale in Bale's form (the fake's Bale mode shows HTML
 * as tags and has no command menus).
 */

let h: Harness;
let bale: FakeBotApi;
const db = createDb(databaseUrl());
const adminId = newTelegramId();
const logs: string[] = [];

beforeAll(async () => {
  h = await startApp({ admins: [adminId], bale: true, logs });
  bale = h.bale as FakeBotApi;
});
afterAll(async () => {
  await h?.stop();
  await db.$disconnect();
});

/** The stored person behind a test user, by their messenger and their id there. */
async function stored(user: TestUser) {
  const messenger = user.messenger === "bale" ? "BALE" : "TELEGRAM";
  return db.person.findUniqueOrThrow({ where: { messenger_externalId: { messenger, externalId: BigInt(user.id) } } });
}

/** An official for the whole of Zanjan province, on Telegram. */
async function telegramOfficial(): Promise<TestUser> {
  const official = h.user({ language: "en", firstName: "Kaveh" });
  await official.send("/start");
  await h.user({ id: adminId, language: "en" }).send("/start");
  const zanjan = (await h.app.services.reference.counties()).find((c) => c.nameEn === "Zanjan");
  await h.appoint(official, { scope: "PROVINCE", provinceId: zanjan?.provinceId ?? 0 }, { by: adminId });
  return official;
}

/** A verified NGO led by `leader`, registered through the service and approved by the Telegram superadmin. */
async function verifiedNgo(leader: TestUser, county = "Zanjan") {
  await leader.send("/start");
  const fields = await h.app.services.reference.fields();
  const ngo = await h.app.services.ngos.register((await stored(leader)).id, {
    name: `Bale NGO ${unique()}`,
    registrationNumber: unique(),
    registeringAuthority: "Governor's office",
    countyId: await h.countyId(county),
    fieldIds: fields.slice(0, 1).map((f) => f.id),
    foundedYear: 1395,
    memberCount: 30,
    isYouth: false,
    contactPhone: "+989127777777",
    description: "Registered by a test.",
  });
  await h.user({ id: adminId, language: "en" }).send("/start");
  await h.app.services.ngos.approve(await h.actor(adminId), ngo.id);
  return { leader, ngo };
}

const HTML_TAG = /<\/?(b|i|u|s|a|code|pre|blockquote|tg-spoiler)\b[^>]*>/;

/** Nothing the bot sent to Bale carried Telegram's formatting or fields Bale is not known to honour. */
function expectBaleForm(): void {
  const telegramOnly = ["parse_mode", "entities", "link_preview_options", "reply_parameters", "protect_content"];
  const offending = bale.calls.filter((call) => telegramOnly.some((field) => field in call.payload));
  expect(offending.map((c) => c.method)).toEqual([]);
  const withTags = bale.sent.filter((m) => HTML_TAG.test(m.text ?? m.caption ?? ""));
  expect(withTags.map((m) => m.text ?? m.caption)).toEqual([]);
}

describe("people on two messengers", () => {
  it("when someone on Bale has the same numeric id as someone on Telegram, then they are two people, each answered on their own messenger", async () => {
    const id = newTelegramId();
    const onTelegram = h.user({ id, language: "en", firstName: "Tara" });
    const onBale = h.user({ id, messenger: "bale", firstName: "بهار" });
    await onTelegram.send("/start");
    await onBale.send("/start");
    const [telegramPerson, balePerson] = [await stored(onTelegram), await stored(onBale)];
    expect(telegramPerson).toMatchObject({ id: BigInt(id), messenger: "TELEGRAM", externalId: BigInt(id), firstName: "Tara" });
    expect(balePerson).toMatchObject({ messenger: "BALE", externalId: BigInt(id), firstName: "بهار" });
    expect(balePerson.id >= FIRST_NON_TELEGRAM_ID).toBe(true);
    expect(onTelegram.messages()).toHaveLength(1);
    expect(onBale.messages()).toHaveLength(1);
  });

  it("when someone on Bale types commands (no bot_command entities, no language_code), then they work and are answered in Persian without HTML", async () => {
    const person = h.user({ messenger: "bale", firstName: "Nima" });
    const welcome = await person.send("/start");
    expect(welcome.at(-1)?.text).toMatch(/[\u0600-\u06FF]/);
    const help = await person.send("/help");
    expect(help.at(-1)?.text).toContain("/register");
    expect((await stored(person)).telegramLang).toBeNull();
    expectBaleForm();
  });
});

describe("registration and review across messengers", () => {
  it("when a leader on Bale registers and an official on Telegram approves, then the NGO is verified and the leader gets a ble.ir invite link, in plain text", async () => {
    const official = await telegramOfficial();
    const leader = h.user({ messenger: "bale", language: "en", firstName: "Sara" });
    const name = `Green Zanjan ${unique()}`;
    const summary = await registerUpToSummary(leader, { name, county: "Zanjan" });
    expect(summary?.text).toContain("Please check your NGO's details");
    await leader.press("Confirm");

    const review = await official.waitFor((m) => m.text?.includes(name) === true);
    expect(buttonsOf(review)).toEqual(["✅ Approve", "❌ Reject"]);
    await official.press("Approve");

    const ngo = await db.ngo.findFirstOrThrow({ where: { name } });
    expect(ngo).toMatchObject({ status: "VERIFIED", leaderId: (await stored(leader)).id });
    const told = await leader.waitFor((m) => m.text?.includes("is verified") === true);
    expect(told.text).toContain(`https://ble.ir/${bale.botInfo.username}?start=${ngo.inviteToken}`);
    expect(told.text).toContain(name);
    expectBaleForm();
  });

  it("when a member on Telegram opens a Bale leader's link, then they join the same NGO, the leader hears of it on Bale, and each gets their own messenger's invite link", async () => {
    const { leader, ngo } = await verifiedNgo(h.user({ messenger: "bale", language: "en", firstName: "Leyla" }));
    const baleLink = (await leader.send("/invite")).at(-1)?.text ?? "";
    expect(baleLink).toContain(`https://ble.ir/${bale.botInfo.username}?start=${ngo.inviteToken}`);

    const member = h.user({ language: "en", firstName: "Reza" });
    const offer = await member.send(`/start ${ngo.inviteToken}`);
    expect(offer.at(-1)?.text).toContain("You have been invited to join");
    await member.press("Join");
    const membership = await db.membership.findMany({ where: { ngoId: ngo.id }, include: { person: true } });
    expect(membership.map((m) => [m.person.messenger, m.person.externalId])).toEqual([["TELEGRAM", BigInt(member.id)]]);
    await leader.waitFor((m) => m.text?.includes("Reza joined") === true);

    // A Bale member joins with the link typed as a command, without an entity, as Bale may send it.
    const baleMember = h.user({ messenger: "bale", language: "en", firstName: "Omid" });
    expect((await baleMember.send(`/start ${ngo.inviteToken}`)).at(-1)?.text).toContain("You have been invited to join");
    await baleMember.press("Join");
    expect(await db.membership.count({ where: { ngoId: ngo.id } })).toBe(2);
    expectBaleForm();
  });
});

describe("a meeting with people on both messengers", () => {
  let province: Awaited<ReturnType<typeof addTestProvince>>;
  beforeAll(async () => {
    province = await addTestProvince(db);
  });
  afterAll(async () => {
    await db.meeting.deleteMany({ where: { county: { provinceId: province.provinceId } } });
    await province?.remove();
  });

  it("when an official on Bale invites NGOs whose people are on both messengers, then each is invited on their own, and their answers count together in /attendance and /kpi", async () => {
    const official = h.user({ messenger: "bale", language: "en", firstName: "Mina" });
    await official.send("/start");
    await h.user({ id: adminId, language: "en" }).send("/start");
    await h.appoint(official, { scope: "PROVINCE", provinceId: province.provinceId }, { by: adminId });
    const baleLeader = h.user({ messenger: "bale", language: "en" });
    const { ngo } = await verifiedNgo(baleLeader, "East Vale");
    const telegramMember = h.user({ language: "en" });
    await telegramMember.send("/start");
    await db.membership.create({ data: { ngoId: ngo.id, personId: (await stored(telegramMember)).id } });
    const telegramLeader = h.user({ language: "en" });
    await verifiedNgo(telegramLeader, "East Vale");

    const title = `Water ${unique()}`;
    const tomorrow = tehranDate(new Date(Date.now() + 86_400_000));
    await official.send("/meeting_new");
    await official.press("East Vale");
    await official.send(title);
    await official.send("Drinking water in the villages runs out every summer.");
    await official.send(`${tomorrow.jy}/${tomorrow.jm}/${tomorrow.jd} 10:30`);
    await official.send("Governor's office, hall 2");
    await official.press("Skip");
    await official.press("All verified NGOs");
    expect(textStarting((await official.press("Leaders and members")).messages, "Check the meeting")).toContain(
      "Invitations: 3 people of 2 NGOs",
    );
    expect(textStarting((await official.press("Confirm")).messages, "The meeting")).toBe(
      `The meeting ${title} is scheduled; 3 invitations are on their way.`,
    );

    const invited = (m: { text?: string }) => m.text?.includes(`🗓 ${title}`) === true;
    await baleLeader.waitFor(invited);
    await baleLeader.press("I will attend");
    await telegramMember.waitFor(invited);
    await telegramMember.press("I will attend");
    await telegramLeader.waitFor(invited);
    await telegramLeader.press("I cannot attend");
    const meeting = await db.meeting.findFirstOrThrow({ where: { title }, include: { invitations: { include: { person: true } } } });
    expect(meeting.invitations.map((i) => [i.person.messenger, i.answer]).sort()).toEqual(
      [
        ["BALE", "YES"],
        ["TELEGRAM", "YES"],
        ["TELEGRAM", "NO"],
      ].sort(),
    );

    await official.send("/attendance");
    const view = textStarting((await official.press(title)).messages, `📋 ${title}`);
    expect(view).toContain("Invited: 3 · Accepted: 2 · Declined: 1 · No answer: 0");

    // Once the meeting has started it counts as held in the quarter's indicators.
    await db.meeting.update({ where: { id: meeting.id }, data: { startsAt: new Date(Date.now() - 60_000) } });
    const kpi = textStarting(await official.send("/kpi"), "📈");
    expect(kpi).toContain("East Vale: 1 meeting held");
    expect(kpi).toContain("NGOs invited 2 · accepted 1");
    expectBaleForm();
  });
});

describe("broadcasts to people on both messengers", () => {
  let province: Awaited<ReturnType<typeof addTestProvince>>;
  let recipients: { telegram: TestUser[]; bale: TestUser[] };
  beforeAll(async () => {
    province = await addTestProvince(db);
    // East Vale: an NGO led from Bale with a member on each messenger, and an NGO led from Telegram.
    const baleLeader = h.user({ messenger: "bale", language: "en" });
    const { ngo } = await verifiedNgo(baleLeader, "East Vale");
    const telegramMember = h.user({ language: "en" });
    const baleMember = h.user({ messenger: "bale" });
    for (const member of [telegramMember, baleMember]) {
      await member.send("/start");
      await db.membership.create({ data: { ngoId: ngo.id, personId: (await stored(member)).id } });
    }
    const telegramLeader = h.user({ language: "en" });
    await verifiedNgo(telegramLeader, "East Vale");
    recipients = { telegram: [telegramMember, telegramLeader], bale: [baleLeader, baleMember] };
  });
  afterAll(() => province?.remove());

  /** A provincial official of the test province on `messenger`, who has sent /broadcast and the message. */
  async function officialOn(messenger: "telegram" | "bale"): Promise<TestUser> {
    const official = h.user({ messenger, language: "en" });
    await official.send("/start");
    await h.user({ id: adminId, language: "en" }).send("/start");
    await h.appoint(official, { scope: "PROVINCE", provinceId: province.provinceId }, { by: adminId });
    return official;
  }

  /** Chooses everyone of every NGO, now, confirms, and waits until the broadcast is done. */
  async function confirmToEveryone(official: TestUser) {
    await official.press("Leaders and members");
    await official.press("Normal");
    await official.press("All verified NGOs");
    await official.press("Now");
    const before = await db.broadcast.findMany({ select: { id: true } });
    await official.press("Confirm");
    const created = await db.broadcast.findFirstOrThrow({ where: { id: { notIn: before.map((b) => b.id) } } });
    await waitUntil(async () => (await db.broadcast.findUniqueOrThrow({ where: { id: created.id } })).status === "DONE", 30_000);
    await h.settled();
    return created;
  }

  it("when an official on Telegram broadcasts formatted text, then Telegram people get a copy and Bale people the same text without HTML, each once, and its status counts each messenger", async () => {
    const official = await officialOn("telegram");
    const text = `Papers due Thursday ${unique()}`;
    await official.send("/broadcast");
    await official.send(text, { entities: [{ type: "bold", offset: 0, length: 6 }] });
    const broadcast = await confirmToEveryone(official);
    expect(await db.broadcastDelivery.count({ where: { broadcastId: broadcast.id, status: "SENT" } })).toBe(4);
    for (const person of [...recipients.telegram, ...recipients.bale]) {
      expect(person.messages().filter((m) => m.text === text)).toHaveLength(1);
    }
    const copied = h.fake.calls.filter(
      (c) => c.method === "copyMessage" && c.payload.from_chat_id === official.id && c.payload.chat_id !== official.id,
    );
    // (The official saw a copy in the preview.)
    expect(copied.map((c) => c.payload.chat_id).sort()).toEqual(recipients.telegram.map((p) => p.id).sort());
    // Sent to Bale again from its stored content: the bold as HTML, made plain on the way (expectBaleForm).
    const resent = bale.calls.filter((c) => c.method === "sendMessage" && c.payload.text === text);
    expect(resent.map((c) => c.payload.chat_id).sort()).toEqual(recipients.bale.map((p) => p.id).sort());
    expect(await db.broadcast.findUniqueOrThrow({ where: { id: broadcast.id } })).toMatchObject({
      contentKind: "TEXT",
      contentHtml: `<b>Papers</b>${text.slice(6)}`,
    });
    // Its status counts each messenger's recipients apart, as each goes at its own rate.
    const status = official.messages().find((m) => m.text?.startsWith("📣") && m.text.includes("Finished"));
    expect(status?.text).toContain("• Telegram: sent 2 · not delivered 0 · left 0");
    expect(status?.text).toContain("• Bale: sent 2 · not delivered 0 · left 0");
    expectBaleForm();
  });

  it("when an official on Bale broadcasts a photo, then Bale people get a copy, and it is uploaded to Telegram once and its file id reused", async () => {
    const official = await officialOn("bale");
    const caption = `The new office ${unique()}`;
    await official.send("/broadcast");
    await official.sendPhoto(Buffer.from("a picture of the new office"), caption);
    const telegramCalls = h.fake.calls.length;
    const broadcast = await confirmToEveryone(official);
    expect(await db.broadcastDelivery.count({ where: { broadcastId: broadcast.id, status: "SENT" } })).toBe(4);
    for (const person of [...recipients.telegram, ...recipients.bale]) {
      const got = person.messages().filter((m) => m.caption === caption);
      expect(got).toHaveLength(1);
      expect(got[0]?.photo?.bytes.toString()).toBe("a picture of the new office");
    }
    const photos = h.fake.calls.slice(telegramCalls).filter((c) => c.method === "sendPhoto");
    expect(photos.filter((c) => typeof c.payload.photo !== "string")).toHaveLength(1); // the upload
    expect(photos.filter((c) => typeof c.payload.photo === "string")).toHaveLength(1); // its file id, reused
    expect(await db.broadcastUpload.findMany({ where: { broadcastId: broadcast.id } })).toMatchObject([
      { messenger: "TELEGRAM", fileId: expect.any(String) },
    ]);
    expectBaleForm();
  });
});

describe("command menus", () => {
  it("when Bale refuses setMyCommands, then the bot started all the same, said so once in the log, and menus still go to Telegram", async () => {
    const refused = bale.calls.filter((c) => c.method === "setMyCommands");
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((c) => c.errorCode === 404)).toBe(true);
    expect(logs.filter((line) => line.includes("Bale refused a command menu"))).toHaveLength(1);
    expect(h.fake.commandsFor({ type: "all_private_chats" })?.map((c) => c.command)).toContain("register");

    // A Bale person's own menu (after choosing a language) is refused too; the job ends without failing.
    const person = h.user({ messenger: "bale", language: "en" });
    await person.send("/start");
    await person.send("/language");
    await person.press("فارسی");
    await h.settled();
    expect(logs.filter((line) => line.includes("delivery failed") && line.includes('"kind":"commands"'))).toEqual([]);
    expect(await db.outbox.count({ where: { personId: (await stored(person)).id } })).toBe(0);
  });
});
