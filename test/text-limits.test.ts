import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../src/data/prisma.js";
import { buttonsOf, databaseUrl, type Harness, newTelegramId, startApp, type TestUser } from "./support/harness.js";
import { lastText, registeredNgo, unique } from "./support/journeys.js";
import { addTestProvince, appointOfficials } from "./support/province.js";

/**
 * Hostile and unlucky text: answers as long as allowed (or longer), names
 * that hide invisible characters, and rows stored before the limits existed.
 * The fake Bot API refuses messages over 4,096 characters as Telegram does, so
 * a message that arrives proves that it fits.
 */

let db: Db;
let h: Harness;
let province: Awaited<ReturnType<typeof addTestProvince>>;
const adminId = newTelegramId();
const provincialId = newTelegramId();
const westValeId = newTelegramId();
const tomorrow = () => new Date(Date.now() + 86_400_000);

/** An id like those Prisma makes (a cuid: 25 letters and digits), for rows inserted by SQL. */
const rowId = () => `c${randomBytes(12).toString("hex")}`;
/** `text` repeated up to exactly `length` characters, the last a letter (typed answers lose trailing spaces). */
const filled = (text: string, length: number) => `${text.repeat(Math.ceil(length / text.length)).slice(0, length - 1)}z`;
/** The longest names Telegram allows: 64 characters each. */
const longestNames = () => ({ firstName: filled(`Firstname${unique()} `, 64), lastName: filled("Lastname ", 64) });

type Answers = { name: string; number: string; authority?: string; county?: string; description?: string };

/** Walks a leader through /register in English (the province first, as there are several); returns the last replies. */
async function register(leader: TestUser, answers: Answers) {
  await leader.send("/register");
  await leader.send(answers.name);
  await leader.send(answers.number);
  const replies = await leader.send(answers.authority ?? "Governor's office");
  if (buttonsOf(replies.at(-1)).includes("Testland")) await leader.press("Testland");
  const afterCounty = await leader.press(answers.county ?? "East Vale");
  if (afterCounty.messages.some((m) => m.text?.startsWith("An NGO with this name"))) return afterCounty.messages;
  await leader.press("Youth");
  await leader.press("Done");
  await leader.send("1398");
  await leader.send("25");
  await leader.press("Yes");
  await leader.shareContact("+989121234567");
  await leader.send(answers.description ?? "We plant trees with young volunteers.");
  return (await leader.press("Confirm")).messages;
}

beforeAll(async () => {
  db = createDb(databaseUrl());
  province = await addTestProvince(db);
  h = await startApp({ admins: [adminId] });
  await appointOfficials(h, { admin: adminId, provincial: provincialId, westVale: westValeId }, province.provinceId);
});

afterAll(async () => {
  await h?.stop();
  await db.meeting.deleteMany({ where: { county: { provinceId: province.provinceId } } });
  await province?.remove();
  await db.$disconnect();
});

describe("length caps", () => {
  it("when a leader types a 4,004-character registration number, then it is refused as too long and asked again", async () => {
    const leader = h.user({ language: "en" });
    await leader.send("/register");
    await leader.send(`Tree Friends ${unique()}`);
    expect(lastText(await leader.send("1".repeat(4004)))).toBe("That is too long (4,004 characters): at most 30, please.");
    expect(lastText(await leader.send(unique()))).toContain("Which authority registered it?");
    await leader.send("/cancel");
  });

  it("when every field is as long as allowed, then the review request, /pending and the leader's /profile still arrive", async () => {
    const leader = h.user({ language: "en", ...longestNames() });
    const name = filled(`Longest ${unique()} Society `, 120);
    const number = filled(`${unique()}/`, 20).padEnd(30, "-");
    const done = await register(leader, {
      name,
      number,
      authority: filled("Office of the governor ", 120),
      description: filled("We plant trees with young volunteers in every village. ", 1000),
    });
    expect(lastText(done)).toContain("is registered and waits for review");
    expect(await db.ngo.findFirstOrThrow({ where: { name } })).toMatchObject({ registrationNumber: number });

    const official = h.user({ id: provincialId, language: "en" });
    const review = await official.waitFor((m) => Boolean(m.text?.includes(name)));
    expect(review.text).toContain(leader.firstName);
    expect(buttonsOf(review)).toEqual(["✅ Approve", "❌ Reject"]);
    const pending = await official.send("/pending");
    expect(pending.some((m) => m.text?.includes(name) && m.text.includes(number))).toBe(true);
    const profile = await leader.send("/profile");
    expect(profile.some((m) => m.text?.includes(name))).toBe(true);
    expect(profile.some((m) => m.text?.includes(leader.lastName ?? "?"))).toBe(true);
  });

  it("when a row stored before the caps is longer than a message, then /pending shows it cut and still shows the NGOs after it", async () => {
    const legacyLeader = BigInt(newTelegramId());
    await db.$executeRaw`INSERT INTO "Person" (id, "externalId", "firstName", "updatedAt") VALUES (${legacyLeader}, ${legacyLeader}, ${filled("Old name ", 3000)}, now())`;
    const legacyName = `Legacy ${unique()}`;
    await db.$executeRaw`
      INSERT INTO "Ngo" (id, name, "registrationNumber", "registeringAuthority", "countyId", "foundedYear", "memberCount",
        "isYouth", "contactPhone", description, "leaderId", "submittedById", "inviteToken", "createdAt", "updatedAt")
      VALUES (${rowId()}, ${legacyName}, ${"7".repeat(4004)}, ${filled("Authority ", 3000)}, ${await h.countyId("East Vale")},
        1390, 10, false, '+989120000000', ${filled("Very long. ", 6000)}, ${legacyLeader}, ${legacyLeader},
        ${randomUUID()}, now() - interval '1 day', now())`;
    const laterName = `After the legacy ${unique()}`;
    await registeredNgo(h, adminId, h.user({ language: "en" }), {
      county: "East Vale",
      fields: ["Youth"],
      name: laterName,
      verified: false,
    });

    const official = h.user({ id: provincialId, language: "en" });
    const pending = await official.send("/pending");
    const legacyCard = pending.find((m) => m.text?.includes(legacyName));
    expect(legacyCard?.text).toContain("7".repeat(29));
    expect(legacyCard?.text).not.toContain("7".repeat(31));
    expect(buttonsOf(legacyCard)).toEqual(["✅ Approve", "❌ Reject"]);
    expect(pending.some((m) => m.text?.includes(laterName))).toBe(true);
  });

  it("when 26 people with the longest names accepted and came, then /attendance fits and keeps its Excel and CSV buttons", async () => {
    const leader = h.user({ language: "en", ...longestNames() });
    const ngoId = await registeredNgo(h, adminId, leader, { county: "East Vale", fields: ["Health"] });
    // The members as a bulk fixture: how they came to the bot and joined is not the point here.
    const members = Array.from({ length: 25 }, () => ({ id: BigInt(newTelegramId()), ...longestNames() }));
    await db.person.createMany({ data: members.map(({ id, ...names }) => ({ id, externalId: id, ...names })) });
    await db.membership.createMany({ data: members.map(({ id }) => ({ ngoId, personId: id })) });
    const official = await h.actor(provincialId);
    const title = `Attendance ${unique()}`;
    const { meeting } = await h.app.services.meetings.create(
      official,
      {
        countyId: await h.countyId("East Vale"),
        title,
        theme: "Everyone of one NGO, with long names.",
        startsAt: tomorrow(),
        venue: "Hall 1",
        location: null,
        fieldIds: (await h.app.services.reference.fields()).filter((f) => f.nameEn === "Health").map((f) => f.id),
        membersInvited: true,
      },
      new Date(),
    );
    // Everyone invited accepted and came, stored as answering and marking present store it, in one statement.
    const came = await db.meetingInvitation.updateMany({
      where: { meetingId: meeting.id },
      data: { answer: "YES", answeredAt: new Date(), presentAt: new Date() },
    });
    expect(came.count).toBe(26);

    const viewer = h.user({ id: provincialId, language: "en" });
    await viewer.send("/attendance");
    const view = (await viewer.press(title)).messages.find((m) => m.text?.startsWith(`📋 ${title}`));
    expect(view?.text).toContain("Invited: 26 · Accepted: 26 · Declined: 0 · No answer: 0 · Present: 26");
    expect(view?.text).toMatch(/✅ Accepted: Firstname.*, and \d+ more\n/);
    expect(buttonsOf(view)).toEqual(["📊 Excel file", "📄 CSV"]);
  });
});

describe("lists at length", () => {
  it("when a meeting's agenda has sixty problems as long as allowed, then the agenda fits one message and ends with how many more there are", async () => {
    const leader = h.user({ language: "en" });
    const ngoId = await registeredNgo(h, adminId, leader, { county: "East Vale", fields: ["Health"] });
    const { meeting } = await h.app.services.meetings.create(
      await h.actor(provincialId),
      {
        countyId: await h.countyId("East Vale"),
        title: `Agenda ${unique()}`,
        theme: "Every problem the county's NGOs have.",
        startsAt: tomorrow(),
        venue: "Hall 2",
        location: null,
        fieldIds: [],
        membersInvited: false,
      },
      new Date(),
    );
    const fieldId = (await h.app.services.reference.fields())[0]?.id ?? 0;
    // Sixty items (twelve NGOs' worth), stored as the agenda conversation stores them, 300 characters each.
    await db.agendaItem.createMany({
      data: Array.from({ length: 60 }, (_, k) => ({
        meetingId: meeting.id,
        ngoId,
        fieldId,
        text: filled(`Problem ${k} of the villages `, 300),
        createdById: BigInt(leader.id),
      })),
    });

    const official = h.user({ id: provincialId, language: "en" });
    const agenda = (await official.pressData(`mt:agenda:${meeting.id}`, 1)).messages.find((m) => m.text?.startsWith("📋"));
    expect(agenda?.text?.length).toBeLessThanOrEqual(4096);
    expect(agenda?.text).toMatch(/… and \d+ more\.$/);
    expect(agenda?.text).toContain("Problem 0 of the villages");
  });
});

describe("invisible characters", () => {
  const existing = `Green Earth Society of Tabriz ${unique()}`;

  beforeAll(async () => {
    await registeredNgo(h, adminId, h.user({ language: "en" }), {
      county: "East Vale",
      fields: ["Youth"],
      name: existing,
      verified: false,
    });
  });

  it("when a name differs from a registered one only by invisible characters, then it is refused as a duplicate", async () => {
    const leader = h.user({ language: "en" });
    const hidden = existing.replace("Earth", "Ea\u200brth\u2066").replace("Society", "\u202eSociety\u202c");
    const replies = await register(leader, { name: hidden, number: unique() });
    expect(lastText(replies)).toBe("What is the NGO's full name?");
    expect(replies.map((m) => m.text)).toContain(
      "An NGO with this name is already registered in this county. If it is yours, contact the officials of your county.",
    );
    await leader.send("/cancel");
  });

  it("when a name uses a right-to-left override to look like a registered one, then it is stored as typed, without the override, and /duplicates finds it", async () => {
    const leader = h.user({ language: "en" });
    // Shown as the existing name, but "htraE" is stored the other way round.
    const disguised = existing.replace("Earth", "\u202ehtraE\u202c");
    await register(leader, { name: disguised, number: unique() });
    const stored = await db.ngo.findUniqueOrThrow({ where: { leaderId: BigInt(leader.id) } });
    expect(stored.name).toBe(existing.replace("Earth", "htraE"));
    expect(stored.nameKey).not.toMatch(/\p{Cf}/u);

    const official = h.user({ id: provincialId, language: "en" });
    const pairs = await official.send("/duplicates");
    expect(pairs.some((m) => m.text?.includes(existing) && m.text.includes(stored.name))).toBe(true);
  });

  it("when a row stored before the change hides zero-width characters between its letters, then /duplicates still finds it", async () => {
    const hidden = [...existing].join("\u200b");
    const legacyLeader = BigInt(newTelegramId());
    await db.$executeRaw`INSERT INTO "Person" (id, "externalId", "firstName", "updatedAt") VALUES (${legacyLeader}, ${legacyLeader}, 'Old', now())`;
    await db.$executeRaw`
      INSERT INTO "Ngo" (id, name, "nameKey", "registrationNumber", "registeringAuthority", "countyId", "foundedYear", "memberCount",
        "isYouth", "contactPhone", description, "leaderId", "submittedById", "inviteToken", "updatedAt")
      VALUES (${rowId()}, ${hidden}, ${hidden.toLowerCase()}, ${unique()}, 'Office', ${await h.countyId("East Vale")},
        1390, 10, false, ${`+98912${unique()}`}, 'Stored before the change.', ${legacyLeader}, ${legacyLeader}, ${randomUUID()}, now())`;
    const official = h.user({ id: provincialId, language: "en" });
    const pairs = await official.send("/duplicates");
    expect(pairs.some((m) => m.text?.includes(existing) && m.text.includes(hidden))).toBe(true);
  });

  it("when a Telegram name carries bidi controls, then the person is stored without them", async () => {
    const person = h.user({ language: "en", firstName: "\u202eReza\u200b", lastName: "\u2067Ahmadi\u2069" });
    await person.send("/start");
    expect(await db.person.findUniqueOrThrow({ where: { id: BigInt(person.id) } })).toMatchObject({
      firstName: "Reza",
      lastName: "Ahmadi",
    });
  });
});
