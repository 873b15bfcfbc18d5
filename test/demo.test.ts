import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../src/data/prisma.js";
import { quarterBounds, quarterOf } from "../src/domain/calendar.js";
import { summarise } from "../src/domain/coverage.js";
import { loadDemoData } from "../src/sandbox/demo.js";
import { databaseUrl, type Harness, newTelegramId, startApp } from "./support/harness.js";
import { textStarting } from "./support/journeys.js";
import { addTestProvince } from "./support/province.js";
import { momentsOf, TEST_QUARTER } from "./support/quarter.js";

/**
 * The sandbox's demo data (npm start -- --demo), loaded into a province of the
 * test's own (East Vale and West Vale), then read through the bot's reports as
 * its demo official would. Hand count: six verified NGOs in East Vale (four of
 * them charities: a crowded cell) and five in West Vale, each with a leader and
 * two members, and East Vale's second NGO registered again under a slightly
 * different name, awaiting review; East Vale's meeting invited its six verified
 * NGOs, four accepted, three were present, four problems were raised and two
 * resolved; five of six and four of five NGOs answered the training-needs round.
 * The demo is loaded and read at a fixed moment well inside a quarter, and again
 * at both of its edges, where the meeting held and the one to come must still
 * fall in the quarter.
 */
let db: Db;
let h: Harness;
const adminId = newTelegramId();
const DEMO_OFFICIAL = 800_000_001;
const moments = momentsOf(TEST_QUARTER);
/** What the app and the demo take as now. */
let now = moments.inside;

beforeAll(async () => {
  db = createDb(databaseUrl());
  // The bot alone: the demo's survey deadline has passed on the wall clock, and no worker is to close the round.
  h = await startApp({ admins: [adminId], roles: ["bot"], clock: () => now });
});

afterAll(async () => {
  await h?.stop();
  await db.$disconnect();
});

/** The demo's people, on either messenger: their user ids there start at 800,000,001. */
const DEMO_PEOPLE = { externalId: { gte: 800_000_000, lt: 900_000_000 } };

describe.each([
  ["well inside a quarter", moments.inside],
  ["in a quarter's first hour", moments.firstHour],
  ["in a quarter's last hour", moments.lastHour],
])("demo data, %s", (_, moment) => {
  // The demo is loaded once, into a province of its own, by the first test that needs it (the tests only
  // read it), and taken away after the last. `loaded()` gives the province and what that first load added.
  let province: Awaited<ReturnType<typeof addTestProvince>> | undefined;
  let loading: Promise<{ provinceId: number; added: Awaited<ReturnType<typeof loadDemoData>> }> | undefined;
  const load = (provinceId: number) => loadDemoData(h.app.services, db, { adminId: BigInt(adminId), now, provinceId });
  const loaded = () => {
    now = moment;
    loading ??= (async () => {
      province = await addTestProvince(db);
      return { provinceId: province.provinceId, added: await load(province.provinceId) };
    })();
    return loading;
  };

  afterAll(async () => {
    if (!province) return;
    await db.meeting.deleteMany({ where: { county: { provinceId: province.provinceId } } });
    await db.needsRound.deleteMany({ where: { provinceId: province.provinceId } });
    await province.remove();
    const people = await db.person.findMany({ where: DEMO_PEOPLE, select: { id: true } });
    await db.person.deleteMany({ where: DEMO_PEOPLE });
    // What the demo told its people, undelivered (no worker runs here), goes with them.
    await db.outbox.deleteMany({ where: { personId: { in: [...people.map((p) => p.id), BigInt(adminId)] } } });
  });

  it("when loaded, then the people, NGOs, meeting and survey are there, and loading again adds nothing", async () => {
    const { provinceId, added: first } = await loaded();
    expect(first).toEqual({ ngos: 12, people: 3 + 11 * 3 + 1 });
    expect(await db.ngo.count({ where: { county: { provinceId }, status: "VERIFIED" } })).toBe(11);
    expect(await db.membership.count({ where: { ngo: { county: { provinceId } } } })).toBe(22);
    const again = await load(provinceId);
    expect(again).toEqual({ ngos: 0, people: 0 });
    expect(await db.ngo.count({ where: { county: { provinceId } } })).toBe(12);
  });

  it("when loaded, then one NGO is led from Bale with its members on Telegram, and a member of another is on Bale", async () => {
    const { provinceId } = await loaded();
    const onBale = await db.person.findMany({
      where: { ...DEMO_PEOPLE, messenger: "BALE" },
      include: { leads: true, memberships: true },
    });
    expect(onBale).toHaveLength(2);
    const led = onBale.find((p) => p.leads)?.leads;
    expect(led?.status).toBe("VERIFIED");
    const members = await db.membership.findMany({ where: { ngoId: led?.id }, include: { person: true } });
    expect(members.map((m) => m.person.messenger)).toEqual(["TELEGRAM", "TELEGRAM"]);
    const member = onBale.find((p) => p.memberships.length > 0);
    expect(await db.ngo.count({ where: { id: member?.memberships[0]?.ngoId ?? "", county: { provinceId } } })).toBe(1);
  });

  it("when loaded, then people have first and last names in their own language and script, no two alike, and NGOs their own names and descriptions", async () => {
    const { provinceId } = await loaded();
    const people = await db.person.findMany({ where: DEMO_PEOPLE });
    const fullNames = people.map((p) => `${p.firstName} ${p.lastName}`);
    expect(new Set(fullNames).size).toBe(people.length);
    for (const p of people) {
      expect(p.lastName).toBeTruthy();
      expect(/[\u0600-\u06FF]/.test(`${p.firstName}${p.lastName}`)).toBe(p.telegramLang === "fa");
    }
    expect(people.filter((p) => p.username).length).toBeGreaterThan(people.length / 2);
    const ngos = await db.ngo.findMany({ where: { county: { provinceId } } });
    expect(new Set(ngos.map((n) => n.description)).size).toBe(ngos.length);
  });

  it("when loaded, then its meetings start in office hours: Saturday to Wednesday, 8:00 to 14:00 Tehran time", async () => {
    const { provinceId } = await loaded();
    const meetings = await db.meeting.findMany({ where: { county: { provinceId } }, orderBy: { startsAt: "asc" } });
    expect(meetings).toHaveLength(2);
    for (const { startsAt } of meetings) {
      const tehran = new Date(startsAt.getTime() + 3.5 * 3_600_000);
      expect([6, 0, 1, 2, 3]).toContain(tehran.getUTCDay());
      expect(tehran.getUTCHours()).toBeGreaterThanOrEqual(8);
      expect(tehran.getUTCHours()).toBeLessThan(14);
    }
    expect(meetings[0]?.startsAt.getTime()).toBeLessThan(now.getTime());
    expect(meetings[1]?.startsAt.getTime()).toBeGreaterThan(now.getTime());
  });

  it("when the demo's provincial official looks for duplicates and at coverage, then a likely duplicate and a crowded cell show", async () => {
    await loaded();
    const official = await h.actor(DEMO_OFFICIAL);
    const pairs = await h.app.services.duplicates.pairs(official);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ reason: "similar-name", newer: { status: "PENDING" }, older: { status: "VERIFIED" } });
    const { crowded } = summarise(await h.app.services.coverage.coverage(official));
    expect(crowded.map((c) => [c.county.nameEn, c.field.code, c.count])).toEqual([["East Vale", "charity", 4]]);
  });

  it("when the demo's provincial official asks for the indicators, then the held meeting and the survey show in them", async () => {
    const { provinceId } = await loaded();
    const official = h.user({ id: DEMO_OFFICIAL, language: "en" });
    await official.send("/language");
    await official.press("English");
    const kpi = textStarting(await official.send("/kpi"), "📈");
    const [held, coming] = await db.meeting.findMany({
      where: { county: { provinceId } },
      orderBy: { startsAt: "asc" },
    });
    const { start, end } = quarterBounds(quarterOf(now));
    // In a quarter's first hours no working morning of it has passed yet: the meeting was held in the last one.
    if (held && held.startsAt >= start) {
      expect(kpi).toContain(
        "✅ East Vale: 1 meeting held (required: 1)\n" +
          "    NGOs invited 6 · accepted 4 · present 3 (attendance 50%) · people present 3\n" +
          "    Agenda items raised 4 · resolved 2\n" +
          "    Training-needs survey: 5 of 6 NGOs answered (83%)",
      );
    } else expect(kpi).toContain("❌ East Vale: 0 meetings held (required: 1)");
    // Likewise, in its last hours the next meeting falls in the next quarter.
    expect(kpi).toContain(`❌ West Vale: 0 meetings held (required: 1)${coming && coming.startsAt < end ? ", 1 still to come" : ""}`);
    expect(kpi).toContain("Training-needs survey: 4 of 5 NGOs answered (80%)");
  });
});
