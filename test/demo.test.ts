import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "../src/data/prisma.js";
import { loadDemoData } from "../src/sandbox/demo.js";
import { databaseUrl, type Harness, newTelegramId, startApp } from "./support/harness.js";
import { textStarting } from "./support/journeys.js";
import { addTestProvince } from "./support/province.js";
import { momentsOf, TEST_QUARTER } from "./support/quarter.js";

/**
 * The sandbox's demo data (npm start -- --demo), loaded into a province of the
 * test's own (East Vale and West Vale), then read through the bot's reports as
 * its demo official would. Hand count: five NGOs per county, each with a leader
 * and two members; East Vale's meeting invited all five, four accepted, three
 * were present, four problems were raised and two resolved; four NGOs of five
 * in each county answered the training-needs round.
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

describe.each([
  ["well inside a quarter", moments.inside],
  ["in a quarter's first hour", moments.firstHour],
  ["in a quarter's last hour", moments.lastHour],
])("demo data, %s", (_, moment) => {
  // Each test loads the demo into a province of its own, and it is taken away after.
  let province: Awaited<ReturnType<typeof addTestProvince>>;
  const load = () => loadDemoData(h.app.services, db, { adminId: BigInt(adminId), now, provinceId: province.provinceId });
  beforeEach(async () => {
    now = moment;
    province = await addTestProvince(db);
  });

  afterEach(async () => {
    await db.meeting.deleteMany({ where: { county: { provinceId: province.provinceId } } });
    await db.needsRound.deleteMany({ where: { provinceId: province.provinceId } });
    await province.remove();
    await db.person.deleteMany({ where: { id: { gte: 800_000_000, lt: 900_000_000 } } });
    // What the demo told its people, undelivered (no worker runs here), goes with them.
    await db.outbox.deleteMany({
      where: { OR: [{ personId: { gte: 800_000_000, lt: 900_000_000 } }, { personId: BigInt(adminId) }] },
    });
  });

  it("when loaded, then the people, NGOs, meeting and survey are there, and loading again adds nothing", async () => {
    const first = await load();
    expect(first).toEqual({ ngos: 10, people: 3 + 10 * 3 });
    expect(await db.ngo.count({ where: { county: { provinceId: province.provinceId }, status: "VERIFIED" } })).toBe(10);
    expect(await db.membership.count({ where: { ngo: { county: { provinceId: province.provinceId } } } })).toBe(20);
    const again = await load();
    expect(again).toEqual({ ngos: 0, people: 0 });
    expect(await db.ngo.count({ where: { county: { provinceId: province.provinceId } } })).toBe(10);
  });

  it("when the demo's provincial official asks for the indicators, then the held meeting and the survey show in them", async () => {
    await load();
    const official = h.user({ id: DEMO_OFFICIAL, language: "en" });
    await official.send("/language");
    await official.press("English");
    const kpi = textStarting(await official.send("/kpi"), "📈");
    expect(kpi).toContain(
      "✅ East Vale: 1 meeting held (required: 1)\n" +
        "    NGOs invited 5 · accepted 4 · present 3 (attendance 60%) · people present 3\n" +
        "    Agenda items raised 4 · resolved 2\n" +
        "    Training-needs survey: 4 of 5 NGOs answered (80%)",
    );
    expect(kpi).toContain("❌ West Vale: 0 meetings held (required: 1), 1 still to come");
    expect(kpi).toContain("Training-needs survey: 4 of 5 NGOs answered (80%)");
  });
});
