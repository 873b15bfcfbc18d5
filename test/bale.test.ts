import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../src/data/prisma.js";
import { tehranDate } from "../src/domain/calendar.js";
import { FIRST_NON_TELEGRAM_ID } from "../src/domain/people.js";
import type { FakeBotApi } from "../src/sandbox/bot-api.js";
import { buttonsOf, databaseUrl, type Harness, newTelegramId, startApp, type TestUser } from "./support/harness.js";
import { registerUpToSummary, textStarting, unique } from "./support/journeys.js";
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
  await h.app.services.officials.grant(await h.actor(adminId), BigInt(official.id), {
    scope: "PROVINCE",
    provinceId: zanjan?.provinceId ?? 0,
  });
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
    const officialId = (await stored(official)).id;
    await h.app.services.officials.grant(await h.actor(adminId), officialId, { scope: "PROVINCE", provinceId: province.provinceId });
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
    expect(logs.filter((line) => line.includes("delivery failed"))).toEqual([]);
  });
});
