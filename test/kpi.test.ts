import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { createDb, type Db } from "../src/data/prisma.js";
import { quarterBounds, shiftQuarter, startOfTehranDay, tehranDate } from "../src/domain/calendar.js";
import type { MeetingDraft } from "../src/domain/meetings/scheduling.js";
import { buttonsOf, databaseUrl, type Harness, newTelegramId, startApp, type TestUser } from "./support/harness.js";
import { registeredNgo, textStarting } from "./support/journeys.js";
import { addTestProvince, appointOfficials } from "./support/province.js";
import { momentsOf, TEST_QUARTER } from "./support/quarter.js";
import { readWorkbook } from "./support/workbook.js";

/**
 * The quarter's indicators, checked against a hand count. In a province of
 * the test's own, this quarter:
 *  - East Vale held "Water supply": NGOs A (leader and two members), B and D
 *    invited with members. A's leader declined but a member accepted; B
 *    accepted; D did not answer. Two of A's people checked in, nobody else.
 *    Agenda: A raised two problems (one resolved, one for follow-up), B one
 *    (resolved). "Roads" is still to come; "Called off" was cancelled.
 *  - West Vale held nothing; its only meeting was last quarter (C present).
 *  - A training-needs round asked A, B, D and C; only A answered.
 * So East Vale: 1 held, 3 NGOs invited, 2 accepted, 1 present (33%), 2 people,
 * 3 agenda items, 2 resolved, needs 1 of 3; West Vale: 0 held, needs 0 of 1.
 * People act now, on the wall clock; the meetings and the round are then moved
 * into a fixed quarter, and the app's clock is set inside it.
 */

let db: Db;
let h: Harness;
let province: Awaited<ReturnType<typeof addTestProvince>>;
const adminId = newTelegramId();
const provincialId = newTelegramId();
const westOfficialId = newTelegramId();
const eastOfficialId = newTelegramId();
const people = { a: 0, b: 0, c: 0, d: 0, m1: newTelegramId(), m2: newTelegramId() };
const thisQuarter = TEST_QUARTER;
const lastQuarter = shiftQuarter(thisQuarter, -1);
const moments = momentsOf(thisQuarter);
/** The quarter's first minute: the held meeting has taken place, and the round was opened, whenever in the quarter one asks. */
const heldAt = new Date(quarterBounds(thisQuarter).start.getTime() + 60_000);
/** The quarter's last minute: the meeting to come is still to come whenever in the quarter one asks. */
const comesAt = new Date(quarterBounds(thisQuarter).end.getTime() - 60_000);
/** What /kpi and the quarterly check take as now; moved into the quarter's first week by the nudge test. */
let today = moments.inside;
const ids = { water: "", roads: "", previous: "" };

async function schedule(officialId: number, county: string, title: string, startsAt: Date): Promise<string> {
  const draft: MeetingDraft = {
    countyId: await h.countyId(county),
    title,
    theme: "Problems NGOs raised with the county this season.",
    startsAt,
    venue: "County hall",
    location: null,
    fieldIds: [],
    membersInvited: true,
  };
  const { meeting } = await h.app.services.meetings.create(await h.actor(officialId), draft, new Date());
  return meeting.id;
}

const buttonsData = (message: { replyMarkup?: { inline_keyboard?: { callback_data?: string }[][] } }) =>
  (message.replyMarkup?.inline_keyboard ?? []).flat().map((b) => b.callback_data ?? "");

async function answerInvitation(user: TestUser, title: string, button: string) {
  const invitation = await user.waitFor((m) => Boolean(m.text?.includes(`🗓 ${title}`)));
  const buttons: { text: string; callback_data?: string }[] = invitation.replyMarkup?.inline_keyboard.flat() ?? [];
  await user.pressData(buttons.find((b) => b.text.includes(button))?.callback_data ?? "", invitation.messageId);
}

beforeAll(async () => {
  db = createDb(databaseUrl());
  province = await addTestProvince(db);
  h = await startApp({ admins: [adminId], clock: () => today });
  await appointOfficials(h, { admin: adminId, provincial: provincialId, westVale: westOfficialId }, province.provinceId);
  const eastOfficial = h.user({ id: eastOfficialId, language: "en" });
  await eastOfficial.send("/start");
  await h.appoint(eastOfficial, { scope: "COUNTY", countyId: await h.countyId("East Vale") });
  const leaders = { a: h.user({ language: "en" }), b: h.user({ language: "en" }), c: h.user({ language: "en" }), d: h.user() };
  const ngoA = await registeredNgo(h, adminId, leaders.a, { county: "East Vale", fields: ["Health"] });
  await registeredNgo(h, adminId, leaders.b, { county: "East Vale", fields: ["Children"] });
  await registeredNgo(h, adminId, leaders.d, { county: "East Vale", fields: ["Health"] });
  await registeredNgo(h, adminId, leaders.c, { county: "West Vale", fields: ["Health"] });
  Object.assign(people, { a: leaders.a.id, b: leaders.b.id, c: leaders.c.id, d: leaders.d.id });
  for (const member of [people.m1, people.m2]) {
    await h.user({ id: member, language: "en" }).send("/start");
    await db.membership.create({ data: { ngoId: ngoA, personId: BigInt(member) } });
  }
  const provincial = await h.actor(provincialId);

  // West Vale's meeting of last quarter, with C present.
  ids.previous = await schedule(provincialId, "West Vale", "Last season", new Date(Date.now() + 3_600_000));
  await h.app.services.meetings.markPresent(provincial, ids.previous, BigInt(people.c), new Date());
  await db.meeting.update({
    where: { id: ids.previous },
    data: { startsAt: new Date(quarterBounds(lastQuarter).start.getTime() + 10 * 86_400_000) },
  });

  ids.water = await schedule(provincialId, "East Vale", "Water supply", new Date(Date.now() + 3_600_000));
  ids.roads = await schedule(eastOfficialId, "East Vale", "Roads", new Date(Date.now() + 7_200_000));
  await db.meeting.update({ where: { id: ids.roads }, data: { startsAt: comesAt } });
  const calledOff = await schedule(provincialId, "East Vale", "Called off", new Date(Date.now() + 3_600_000));
  await h.app.services.meetings.cancel(provincial, calledOff);
  await db.meeting.update({ where: { id: calledOff }, data: { startsAt: heldAt } });

  // Answers from the invitations, as people press them.
  await answerInvitation(h.user({ id: people.m1 }), "Water supply", "I will attend");
  await answerInvitation(h.user({ id: people.a }), "Water supply", "I cannot attend");
  await answerInvitation(h.user({ id: people.b }), "Water supply", "I will attend");

  const fields = await h.app.services.reference.fields();
  const field = (nameEn: string) => fields.find((f) => f.nameEn === nameEn)?.id ?? 0;
  const item1 = await h.app.services.meetings.addAgendaItem(
    BigInt(people.a),
    ids.water,
    { text: "The clinic has no doctor on Thursdays.", fieldId: field("Health") },
    new Date(),
  );
  const item2 = await h.app.services.meetings.addAgendaItem(
    BigInt(people.a),
    ids.water,
    { text: "Water trucks skip the upper villages.", fieldId: field("Health") },
    new Date(),
  );
  const item3 = await h.app.services.meetings.addAgendaItem(
    BigInt(people.b),
    ids.water,
    { text: "The school yard floods every spring.", fieldId: field("Children") },
    new Date(),
  );

  // Check-in with the code shown in the room.
  const official = h.user({ id: provincialId, language: "en" });
  await official.send("/meetings");
  await official.press("Water supply");
  const code = /Check-in code: (\d{6})/.exec(textStarting((await official.press("Start check-in")).messages, "Check-in code:"))?.[1] ?? "";
  for (const attendee of [people.m1, people.m2]) await h.user({ id: attendee, language: "en" }).send(code);

  // The meeting has taken place; the official records what it did.
  await db.meeting.update({ where: { id: ids.water }, data: { startsAt: heldAt } });
  await h.app.services.meetings.recordOutcome(provincial, item1.id, "RESOLVED", null, new Date());
  await h.app.services.meetings.recordOutcome(provincial, item2.id, "FOLLOW_UP", "The water office adds a route.", new Date());
  await h.app.services.meetings.recordOutcome(provincial, item3.id, "RESOLVED", null, new Date());

  const { round } = await h.app.services.needs.openRound(
    provincial,
    {
      title: "Skills this season",
      deadline: tehranDate(new Date(Date.now() + 10 * 86_400_000)),
      countyIds: [await h.countyId("East Vale"), await h.countyId("West Vale")],
    },
    new Date(),
  );
  const topic = await db.trainingTopic.findFirstOrThrow();
  await h.app.services.needs.submit(
    BigInt(people.a),
    round.id,
    {
      choices: [{ topicId: topic.id, priority: "HIGH" }],
      format: "IN_PERSON",
      attendees: 4,
      days: [0],
      times: ["morning"],
      otherNeed: null,
    },
    new Date(),
  );
  await db.needsRound.update({ where: { id: round.id }, data: { createdAt: heldAt } });
});

afterAll(async () => {
  await h?.stop();
  await db.meeting.deleteMany({ where: { county: { provinceId: province.provinceId } } });
  await db.needsRound.deleteMany({ where: { provinceId: province.provinceId } });
  await province.remove();
  await db.$disconnect();
});

/** The hand count above, as the provincial official reads it in English. */
function expectHandCount(text: string) {
  expect(text).toContain("Counties that held their meeting of the quarter: 1 of 2");
  expect(text).toContain("All counties: 1 meeting held (required: 2), 1 still to come");
  expect(text).toContain(
    "✅ East Vale: 1 meeting held (required: 1), 1 still to come\n" +
      "    NGOs invited 3 · accepted 2 · present 1 (attendance 33%) · people present 2\n" +
      "    Agenda items raised 3 · resolved 2\n" +
      "    Training-needs survey: 1 of 3 NGOs answered (33%)",
  );
  expect(text).toContain("❌ West Vale: 0 meetings held (required: 1)\n    Training-needs survey: 0 of 1 NGO answered (0%)");
  expect(text).toContain("The quarter is under way");
}

describe("/kpi", () => {
  it("when the provincial official asks, then every figure of every county matches the hand count", async () => {
    const official = h.user({ id: provincialId, language: "en" });
    expectHandCount(textStarting(await official.send("/kpi"), "📈"));
    expect(buttonsOf(official.last())).toEqual(["◀ Earlier quarter", "🖼 Chart", "📊 Excel file"]);
  });

  describe("at the edges of the quarter", () => {
    // A bot of its own, without workers: its clock may stand in the quarter's first week without the quarterly check running.
    let edge: Harness;
    let now = moments.firstHour;
    beforeAll(async () => {
      edge = await startApp({ roles: ["bot"], fake: h.fake, clock: () => now });
    });
    afterAll(() => edge?.stop());

    it.each([
      ["first hour", moments.firstHour],
      ["last hour", moments.lastHour],
    ])("when the provincial official asks in the quarter's %s, then every figure still matches the hand count", async (_, moment) => {
      now = moment;
      expectHandCount(textStarting(await edge.user({ id: provincialId, language: "en" }).send("/kpi"), "📈"));
    });
  });

  it("when the official goes to the earlier quarter, then the message shows that quarter's meeting, says once that it had no training-needs round, and can come back", async () => {
    const official = h.user({ id: provincialId, language: "en" });
    await official.send("/kpi");
    await official.press("Earlier quarter");
    const earlier = official.last().text ?? "";
    expect(earlier).toContain("✅ West Vale: 1 meeting held (required: 1)");
    expect(earlier).toContain("NGOs invited 1 · accepted 0 · present 1 (attendance 100%) · people present 1");
    expect(earlier).toContain("❌ East Vale: 0 meetings held");
    expect(earlier).not.toContain("under way");
    // A quarter without a training-needs round says so once, not under each county.
    expect(earlier.split("No training-needs round was opened this quarter.")).toHaveLength(2);
    expect(earlier).not.toContain("Training-needs survey");
    expect(buttonsOf(official.last())).toContain("Later quarter ▶");
    await official.press("Later quarter");
    expect(official.last().text).toContain("✅ East Vale: 1 meeting held");
    const future = shiftQuarter(thisQuarter, 1);
    expect((await official.pressData(`kpi:v:${future.year}.${future.quarter}`)).answer).toBe("I cannot find that any more.");
  });

  it("when the official asks for Excel, then the counties and the meetings behind them read back with the same figures", async () => {
    const official = h.user({ id: provincialId, language: "en" });
    await official.send("/kpi");
    const file = (await official.press("Excel file")).messages.find((m) => m.document)?.document;
    expect(file?.filename).toBe(`kpi-${thisQuarter.year}.${thisQuarter.quarter}.xlsx`);
    const rows = await readWorkbook(file?.bytes);
    const counties = rows("Indicators");
    expect(counties[0]?.slice(0, 8)).toEqual([
      "County",
      "Meetings required",
      "Meetings held",
      "Meetings to come",
      "NGOs invited",
      "Accepted",
      "Present",
      "Attendance (%)",
    ]);
    expect(counties.slice(1)).toEqual([
      ["East Vale", 1, 1, 1, 3, 2, 1, 33.3, 2, 3, 2, 1, 0, 3, 1, 33.3],
      ["West Vale", 1, 0, 0, 0, 0, 0, undefined, 0, 0, 0, 0, 0, 1, 0, 0],
      ["All counties", 2, 1, 1, 3, 2, 1, 33.3, 2, 3, 2, 1, 0, 4, 1, 25],
    ]);
    const meetings = rows("Meetings").slice(1);
    expect(meetings.map((m) => [m[0], m[1], m[3], ...m.slice(4)])).toEqual([
      ["East Vale", "Water supply", "Held", 3, 2, 1, 2, 3, 2],
      ["East Vale", "Roads", "To come", 3, 0, 0, 0, 0, 0],
    ]);
  });

  it("when a Persian official asks for the chart, then a PNG table comes in Persian", async () => {
    const official = h.user({ id: provincialId, language: "fa" });
    await official.send("/language");
    await official.press("فارسی");
    const text = textStarting(await official.send("/kpi"), "📈");
    expect(text).toContain("شهرستان‌هایی که نشست فصل را برگزار کرده‌اند: ۱ از ۲");
    expect(text).toContain("حاضر ۱ (حضور ۳۳٪)");
    const picture = (await official.press("نمودار")).messages.find((m) => m.photo)?.photo;
    expect(picture?.bytes.subarray(1, 4).toString()).toBe("PNG");
    expect(picture?.bytes.length).toBeGreaterThan(10_000);
  });

  it("when a county official asks, then only their county is counted; leaders and members are refused", async () => {
    const west = h.user({ id: westOfficialId, language: "en" });
    const text = textStarting(await west.send("/kpi"), "📈");
    expect(text).toContain("Counties that held their meeting of the quarter: 0 of 1");
    expect(text).toContain("❌ West Vale");
    expect(text).not.toContain("East Vale");
    expect(text).not.toContain("All counties");
    const leader = h.user({ id: people.a, language: "en" });
    expect(textStarting(await leader.send("/kpi"), "You are not")).toBe("You are not allowed to do this.");
    expect((await leader.pressData(`kpi:xlsx:${thisQuarter.year}.${thisQuarter.quarter}`)).answer).toBe("You are not allowed to do this.");
  });
});

describe("the quarterly check", () => {
  // Each test moves the app's clock into its occasion and runs the check there (its cron never comes in tests), then moves the clock back.
  afterEach(() => {
    today = moments.inside;
  });

  it("when the first week of a quarter comes, then a county without a meeting has its official nudged and the province's officials get the list, once", async () => {
    // The provincial official reads Persian.
    const provincial = h.user({ id: provincialId });
    await provincial.send("/language");
    await provincial.press("فارسی");
    const first = quarterBounds(thisQuarter).start;
    const { jy, jm } = tehranDate(first);
    today = new Date(startOfTehranDay({ jy, jm, jd: 3 }).getTime() + 9 * 3_600_000);
    await h.runTask("quarterly-check");
    const west = h.user({ id: westOfficialId, language: "en" });
    const nudge = await west.waitFor((m) => Boolean(m.text?.startsWith("📅 No meeting")));
    expect(nudge.text).toContain("No meeting with NGOs is scheduled in West Vale for");
    expect(buttonsOf(nudge)).toEqual(["➕ New meeting"]);
    const list = await provincial.waitFor((m) => Boolean(m.text?.startsWith("📅")));
    expect(list.text).toContain("۱ شهرستان هنوز نشستی با سمن‌ها برنامه‌ریزی نکرده‌اند: غرب");
    expect(list.text).not.toContain("شرق");
    // Its button opens the indicators as a new message; the list stays.
    const opened = await provincial.pressData(buttonsData(list)[0] ?? "", list.messageId);
    expect(textStarting(opened.messages, "📈")).toContain("❌ غرب");
    expect(provincial.messages().find((m) => m.messageId === list.messageId)?.text).toBe(list.text);
    // Later runs of the check nudge nobody again.
    for (let run = 0; run < 2; run++) await h.runTask("quarterly-check");
    await h.settled();
    expect(west.messages().filter((m) => m.text?.startsWith("📅"))).toHaveLength(1);
    expect(provincial.messages().filter((m) => m.text?.startsWith("📅"))).toHaveLength(1);
    expect(
      h
        .user({ id: eastOfficialId })
        .messages()
        .some((m) => m.text?.startsWith("📅")),
    ).toBe(false);
    const checks = await db.quarterCheck.findMany({ where: { provinceId: province.provinceId } });
    expect(checks).toEqual([expect.objectContaining({ ...thisQuarter, occasion: "START", countyIds: [await h.countyId("West Vale")] })]);
  });

  it("when West Vale schedules its meeting before mid-quarter, then the mid-quarter check nudges nobody", async () => {
    const west = h.user({ id: westOfficialId, language: "en" });
    const nudges = () => west.messages().filter((m) => m.text?.startsWith("📅")).length;
    const before = nudges();
    const bridges = await schedule(westOfficialId, "West Vale", "Bridges", new Date(Date.now() + 3_600_000));
    // The other tests count West Vale's meetings without it.
    onTestFinished(async () => {
      await db.meeting.delete({ where: { id: bridges } });
    });
    await db.meeting.update({ where: { id: bridges }, data: { startsAt: comesAt } });
    await h.settled(); // the invitations to Bridges are out
    const { jy, jm } = tehranDate(quarterBounds(thisQuarter).start);
    today = new Date(startOfTehranDay({ jy, jm: jm + 1, jd: 16 }).getTime() + 9 * 3_600_000);
    await h.runTask("quarterly-check");
    expect(await db.quarterCheck.count({ where: { provinceId: province.provinceId, occasion: "MID" } })).toBeGreaterThan(0);
    expect(await db.quarterCheck.findFirst({ where: { provinceId: province.provinceId, occasion: "MID" } })).toMatchObject({
      countyIds: [],
    });
    await h.settled();
    expect(nudges()).toBe(before);
  });
});
