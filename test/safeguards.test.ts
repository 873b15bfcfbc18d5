import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../src/data/prisma.js";
import type { NgoDraft } from "../src/domain/ngos.js";
import { databaseUrl, type Harness, newTelegramId, startApp, type TestUser } from "./support/harness.js";
import { lastText, registerUpToSummary, unique } from "./support/journeys.js";

let h: Harness;
let db: Db;
const adminId = newTelegramId();
let county: (name: string) => number;

beforeAll(async () => {
  h = await startApp({ admins: [adminId] });
  db = createDb(databaseUrl());
  const counties = await h.app.services.reference.counties();
  county = (name) => counties.find((c) => c.nameEn === name)?.id ?? 0;
  await h.user({ id: adminId, language: "en" }).send("/start");
});
afterAll(async () => {
  await db?.$disconnect();
  await h?.stop();
});

const superadmin = () => h.actor(adminId);

function draft(countyName: string, overrides: Partial<NgoDraft> = {}): NgoDraft {
  return {
    name: `Safe NGO ${unique()}`,
    registrationNumber: unique(),
    registeringAuthority: "Governor's office",
    countyId: county(countyName),
    fieldIds: [],
    foundedYear: 1399,
    memberCount: 10,
    isYouth: false,
    contactPhone: "+989121111111",
    description: "An NGO for safeguard tests.",
    ...overrides,
  };
}

async function person(firstName = "P"): Promise<TestUser> {
  const user = h.user({ language: "en", firstName });
  await user.send("/start");
  return user;
}

async function makeOfficial(user: TestUser, countyName?: string) {
  await h.appoint(
    user,
    countyName
      ? { scope: "COUNTY", countyId: county(countyName) }
      : { scope: "PROVINCE", provinceId: (await db.province.findUniqueOrThrow({ where: { code: "zanjan" } })).id },
  );
}

describe("review safeguards", () => {
  it("when an official registers an NGO in their own county, then they cannot approve it themselves", async () => {
    const official = await person("Self");
    await makeOfficial(official, "Ijrud");
    const ngo = await h.app.services.ngos.register(BigInt(official.id), draft("Ijrud"));
    const pressed = await official.pressData(`review:approve:${ngo.id}:${ngo.version}`);
    expect(pressed.answer).toBe("You cannot review an NGO you registered or lead; another official will.");
    expect((await h.app.services.ngos.card(ngo.id))?.status).toBe("PENDING");
  });

  it("when someone who is not an official presses Reject, then they get a short refusal and are asked nothing", async () => {
    const leader = await person();
    const ngo = await h.app.services.ngos.register(BigInt(leader.id), draft("Abhar"));
    const stranger = await person();
    const pressed = await stranger.pressData(`review:reject:${ngo.id}:${ngo.version}`);
    expect(pressed.answer).toBe("You are not allowed to do this.");
    expect(pressed.messages).toEqual([]);
    expect(lastText(await stranger.send("A reason?"))).toContain("I did not understand");
  });

  it("when an NGO is registered, then the provincial officials are asked to review it too", async () => {
    const provincial = await person("Provincial");
    await makeOfficial(provincial);
    const leader = await person();
    await registerUpToSummary(leader, { name: `Province Wide ${unique()}`, county: "Khodabandeh" });
    await leader.press("Confirm");
    await provincial.waitFor((m) => m.text?.includes("Province Wide") === true);
  });

  it("when a verified NGO changes its name, then it goes back to review and the county's officials are asked again", async () => {
    const official = await person("Reviewer");
    await makeOfficial(official, "Soltaniyeh");
    const leader = await person();
    const ngo = await h.app.services.ngos.register(BigInt(leader.id), draft("Soltaniyeh"));
    await h.app.services.ngos.approve(await superadmin(), ngo.id);
    await leader.send("/profile");
    await leader.press("✏️ Name");
    const saved = await leader.send("Renamed Soltaniyeh Friends");
    expect(saved.map((m) => m.text)).toContain(
      "Saved. Because the name, registration number or county changed, the officials of the county will review the NGO again; I will tell you when they decide.",
    );
    expect((await h.app.services.ngos.card(ngo.id))?.status).toBe("PENDING");
    await official.waitFor((m) => m.text?.includes("Renamed Soltaniyeh Friends") === true);
  });

  it("when two people confirm the same registration number at once, then the database refuses the second and they are told", async () => {
    const number = unique();
    const slow = await person();
    await registerUpToSummary(slow, { name: `Race A ${unique()}`, number });
    const fast = await person();
    await h.app.services.ngos.register(BigInt(fast.id), draft("Tarom", { registrationNumber: number }));
    const confirmed = await slow.press("Confirm");
    expect(confirmed.messages.map((m) => m.text)).toContain(
      "An NGO with this registration number is already registered. If it is yours, contact the officials of your county.",
    );
    expect(await h.app.services.ngos.ledBy(BigInt(slow.id))).toBeNull();
  });

  it("when a Persian name differs only by a zero-width non-joiner or Arabic letters, then it counts as the same name", async () => {
    const first = await person();
    await h.app.services.ngos.register(BigInt(first.id), draft("Mahneshan", { name: "سمن‌یار مهربان" }));
    const second = h.user({ language: "fa" });
    await second.send("/register");
    await second.send("سمن يار مهربان");
    await second.send(unique());
    await second.send("استانداری");
    await second.press("زنجان");
    const clash = await second.press("ماهنشان");
    expect(clash.messages.map((m) => m.text)).toContain(
      "سمنی با این نام قبلاً در این شهرستان ثبت شده است. اگر این سمن متعلق به شماست، با مسئولان شهرستان خود تماس بگیرید.",
    );
  });
});

describe("buttons during a conversation", () => {
  it("when an official asked for a rejection reason presses another NGO's Approve, then it waits for the answer and approves nothing", async () => {
    const official = await person("Busy");
    await makeOfficial(official, "Khorramdarreh");
    const first = await h.app.services.ngos.register(BigInt((await person()).id), draft("Khorramdarreh"));
    const second = await h.app.services.ngos.register(BigInt((await person()).id), draft("Khorramdarreh"));
    await official.pressData(`review:reject:${first.id}:${first.version}`);
    const pressed = await official.pressData(`review:approve:${second.id}:${second.version}`);
    expect(pressed.answer).toBe("First answer the question above, or send /cancel to stop it.");
    expect((await h.app.services.ngos.card(second.id))?.status).toBe("PENDING");
    await official.send("Duplicate of another NGO.");
    expect((await h.app.services.ngos.card(first.id))?.status).toBe("REJECTED");
  });
});

describe("membership safeguards", () => {
  it("when an NGO is not verified yet, then its leader gets no invite link and its link does not let anyone join", async () => {
    const leader = await person();
    const ngo = await h.app.services.ngos.register(BigInt(leader.id), draft("Zanjan"));
    expect(lastText(await leader.send("/invite"))).toBe("Your NGO can invite members once officials have verified it.");
    const visitor = await person();
    expect(lastText(await visitor.send(`/start ${ngo.inviteToken}`))).toBe("This NGO is not verified yet, so it cannot take members.");
    expect((await visitor.pressData(`join:${ngo.inviteToken}`)).answer).toBe("This NGO is not verified yet, so it cannot take members.");
  });

  it("when someone forges the buttons of another NGO's leader, then nothing changes", async () => {
    const leader = await person();
    const ngo = await h.app.services.ngos.register(BigInt(leader.id), draft("Zanjan"));
    await h.app.services.ngos.approve(await superadmin(), ngo.id);
    const member = await person();
    await h.app.services.memberships.join(BigInt(member.id), ngo.inviteToken);
    const intruder = await person();
    expect((await intruder.pressData(`members:remove-yes:${member.id}`)).answer).toBe("Only an NGO's leader can do this.");
    expect((await intruder.pressData(`members:lead-yes:${member.id}`)).answer).toBe("Only an NGO's leader can do this.");
    expect((await intruder.pressData(`leave:yes:${ngo.id}`)).answer).toBe("That person is not a member (any more).");
    expect((await h.app.services.memberships.ngosOf(BigInt(member.id))).map((n) => n.id)).toEqual([ngo.id]);
  });

  it("when leadership is handed over, then the new leader does not see the old leader's phone and is asked for theirs", async () => {
    const leader = await person();
    const ngo = await h.app.services.ngos.register(BigInt(leader.id), draft("Zanjan"));
    await h.app.services.ngos.approve(await superadmin(), ngo.id);
    const member = await person("Heir");
    await h.app.services.memberships.join(BigInt(member.id), ngo.inviteToken);
    await h.app.services.memberships.transferLeadership(BigInt(leader.id), BigInt(member.id));
    const card = (await member.send("/profile")).find((m) => m.text?.includes("Registration no.:"))?.text;
    expect(card).toContain("Founded: 1399");
    expect(card).not.toContain("+989121111111");
    await member.press("✏️ Phone");
    await member.shareContact("+989350000000");
    expect((await h.app.services.ngos.card(ngo.id))?.contactPhone).toBe("+989350000000");
  });
});

describe("unreachable people and privacy", () => {
  it("when a person's name or language changes on Telegram, then their next update stores it, and an update without a change writes nothing", async () => {
    const before = h.user({ firstName: "Old", language: "en" });
    await before.send("/start");
    const stored = () => db.person.findUniqueOrThrow({ where: { id: BigInt(before.id) } });
    const first = await stored();
    await before.send("/start");
    expect((await stored()).updatedAt).toEqual(first.updatedAt);
    const renamed = h.user({ id: before.id, firstName: "New", lastName: "Name", language: "fa" });
    await renamed.send("/start");
    expect(await stored()).toMatchObject({ firstName: "New", lastName: "Name", telegramLang: "fa" });
  });

  it("when several people write at the same moment, some renamed, new or new to a bot, then each gets their own person and roles, and only those are written", async () => {
    const [known, official, renamed, otherBot] = [
      await person("Known"),
      await person("Official"),
      await person("Before"),
      await person("Other"),
    ];
    await makeOfficial(official, "Ijrud");
    const stored = (id: number) => db.person.findUniqueOrThrow({ where: { id: BigInt(id) } });
    const before = await Promise.all([known, official].map((u) => stored(u.id)));
    const newcomer = newTelegramId();
    // Touched in one turn, the known ones share one read (src/data/batch.ts); the others are written one by one.
    const { people } = h.app.services;
    const touched = await Promise.all([
      people.touch({ messenger: "TELEGRAM", id: known.id, firstName: "Known", languageCode: "en", bot: "telegram" }),
      people.touch({ messenger: "TELEGRAM", id: renamed.id, firstName: "After", languageCode: "en", bot: "telegram" }),
      people.touch({ messenger: "TELEGRAM", id: newcomer, firstName: "New", languageCode: "fa", bot: "telegram" }),
      people.touch({ messenger: "TELEGRAM", id: official.id, firstName: "Official", languageCode: "en", bot: "telegram" }),
      people.touch({ messenger: "TELEGRAM", id: otherBot.id, firstName: "Other", languageCode: "en", bot: "telegram:zanjan" }),
    ]);
    expect(touched.map((t) => [Number(t.person.id), t.person.firstName, t.locale, t.roles.official?.scope ?? null])).toEqual([
      [known.id, "Known", "en", null],
      [renamed.id, "After", "en", null],
      [newcomer, "New", "fa", null],
      [official.id, "Official", "en", "COUNTY"],
      [otherBot.id, "Other", "en", null],
    ]);
    expect(await Promise.all([known, official].map((u) => stored(u.id)))).toEqual(before);
    expect(await stored(renamed.id)).toMatchObject({ firstName: "After" });
    expect(
      await db.personBot.findMany({ where: { personId: BigInt(otherBot.id) }, select: { bot: true }, orderBy: { bot: "asc" } }),
    ).toEqual([{ bot: "telegram" }, { bot: "telegram:zanjan" }]);
  });

  it("when a person blocks the bot, then they are marked unreachable, and the mark goes when they write again", async () => {
    const user = await person();
    await h.app.bot.handleUpdate({
      update_id: 8_000_000 + user.id,
      my_chat_member: {
        chat: { id: user.id, type: "private", first_name: "P" },
        from: { id: user.id, is_bot: false, first_name: "P" },
        date: 0,
        old_chat_member: { status: "member", user: h.fake.botInfo },
        new_chat_member: { status: "kicked", user: h.fake.botInfo, until_date: 0 },
      },
    });
    expect((await db.person.findUnique({ where: { id: BigInt(user.id) } }))?.unreachableSince).toBeInstanceOf(Date);
    await user.send("/start");
    expect((await db.person.findUnique({ where: { id: BigInt(user.id) } }))?.unreachableSince).toBeNull();
  });

  it("when a notification meets a user who blocked the bot (403), then they are marked unreachable and it is not retried", async () => {
    const leader = await person();
    const ngo = await h.app.services.ngos.register(BigInt(leader.id), draft("Zanjan"));
    h.fake.block(leader.id);
    await h.app.services.ngos.approve(await superadmin(), ngo.id);
    await expect
      .poll(async () => (await db.person.findUnique({ where: { id: BigInt(leader.id) } }))?.unreachableSince, { timeout: 10_000 })
      .toBeInstanceOf(Date);
    // A retry would wait its backoff on the queue: once nothing is queued any more, count the attempts.
    await h.settled();
    expect(
      h.fake.calls.filter(
        (c) => c.method === "sendMessage" && c.payload.chat_id === leader.id && String(c.payload.text).includes("verified"),
      ),
    ).toHaveLength(1);
  });
});
