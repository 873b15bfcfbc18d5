import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../src/data/prisma.js";
import { quarterOf, tehranDate } from "../src/domain/calendar.js";
import { buttonsOf, databaseUrl, type Harness, newTelegramId, startApp, type TestUser } from "./support/harness.js";
import { lastText, registeredNgo, textStarting } from "./support/journeys.js";
import { addTestProvince, appointOfficials } from "./support/province.js";

/**
 * Rights at a meeting follow leadership and membership as they are when
 * someone presses, not as they were when the meeting was scheduled. East Vale
 * has NGO A (a leader and an heir) and NGO B (a leader and a member who is
 * removed; a newcomer joins after the meeting is scheduled).
 */

let db: Db;
let h: Harness;
let province: Awaited<ReturnType<typeof addTestProvince>>;
const adminId = newTelegramId();
const provincialId = newTelegramId();
const ngos = { a: "", b: "" };
let people: Record<"leaderA" | "heir" | "leaderB" | "removed" | "newcomer", TestUser>;
const tomorrow = tehranDate(new Date(Date.now() + 86_400_000));

beforeAll(async () => {
  db = createDb(databaseUrl());
  province = await addTestProvince(db);
  h = await startApp({ admins: [adminId] });
  await appointOfficials(h, { admin: adminId, provincial: provincialId, westVale: newTelegramId() }, province.provinceId);
  const person = (firstName: string) => h.user({ language: "en", firstName });
  people = {
    leaderA: person("Arash"),
    heir: person("Hamid"),
    leaderB: person("Bita"),
    removed: person("Reza"),
    newcomer: person("Nima"),
  };
  ngos.a = await registeredNgo(h, adminId, people.leaderA, { county: "East Vale", fields: ["Health"] });
  ngos.b = await registeredNgo(h, adminId, people.leaderB, { county: "East Vale", fields: ["Health"] });
  for (const [member, ngoId] of [
    [people.heir, ngos.a],
    [people.removed, ngos.b],
  ] as const) {
    await member.send("/start");
    await db.membership.create({ data: { ngoId, personId: BigInt(member.id) } });
  }
});

afterAll(async () => {
  await h?.stop();
  await db.meeting.deleteMany({ where: { county: { provinceId: province.provinceId } } });
  await province?.remove();
  await db.$disconnect();
});

/** An official schedules a meeting of East Vale's NGOs for tomorrow through the bot; returns its id. */
async function schedule(title: string, members: boolean): Promise<string> {
  const official = h.user({ id: provincialId, language: "en" });
  await official.send("/meeting_new");
  await official.press("East Vale");
  await official.send(title);
  await official.send("Clinics in the villages close too early in winter.");
  await official.send(`${tomorrow.jy}/${tomorrow.jm}/${tomorrow.jd} 11:00`);
  await official.send("Governor's office, hall 3");
  await official.press("Skip");
  await official.press("All verified NGOs");
  await official.press(members ? "Leaders and members" : "Leaders only");
  await official.press("Confirm");
  return (await db.meeting.findFirstOrThrow({ where: { title } })).id;
}

const invitationOf = (user: TestUser, title: string) => user.waitFor((m) => Boolean(m.text?.includes(`🗓 ${title}`)));
const stored = (meetingId: string, user: TestUser) =>
  db.meetingInvitation.findUnique({ where: { meetingId_personId: { meetingId, personId: BigInt(user.id) } } });
const LEFT = "You are no longer in the NGO this invitation was for, so you cannot answer or act for it.";

describe("leadership handed over", () => {
  it("when a leader hands leadership over and leaves, then they can no longer answer for the NGO or add to the agenda, and the new leader can", async () => {
    const { leaderA, heir } = people;
    const meetingId = await schedule("Handover", false);
    const invitation = await invitationOf(leaderA, "Handover");
    await leaderA.pressData(`mt:count:${meetingId}`, invitation.messageId);
    await leaderA.send("150");

    await leaderA.send("/members");
    await leaderA.press("Hamid");
    await leaderA.press("Make leader");
    await leaderA.press("Yes, I am sure");
    await leaderA.send("/leave");
    await leaderA.press("Test NGO");
    await leaderA.press("Yes, I am sure");
    expect(await db.membership.count({ where: { ngoId: ngos.a, personId: BigInt(leaderA.id) } })).toBe(0);

    for (const button of ["mt:count", "mt:addagenda", "mt:yes"]) {
      expect((await leaderA.pressData(`${button}:${meetingId}`, invitation.messageId)).answer).toBe(LEFT);
    }
    expect(lastText(await leaderA.send("200"))).not.toContain("attending");
    expect(await stored(meetingId, leaderA)).toMatchObject({ ngoId: ngos.a, headcount: 150 });

    await heir.send("/meetings");
    await heir.press("Handover");
    expect(buttonsOf(heir.last())).toContain("👥 Answer for the NGO");
    await heir.press("Answer for the NGO");
    expect(textStarting(await heir.send("12"), "You are invited")).toContain("attending with 12 people");
    await heir.press("Add a problem");
    await heir.send("Winter clinics close at noon and patients wait outside.");
    expect(lastText((await heir.press("Health")).messages)).toBe("The problem is on the agenda.");

    expect(await stored(meetingId, heir)).toMatchObject({ ngoId: ngos.a, isLeader: true, answer: "YES", headcount: 12 });
    // The NGO's number is its current leader's: the earlier one no longer counts.
    expect(await stored(meetingId, leaderA)).toMatchObject({ headcount: null });
    expect(await db.agendaItem.findMany({ where: { meetingId }, select: { ngoId: true, createdById: true } })).toEqual([
      { ngoId: ngos.a, createdById: BigInt(heir.id) },
    ]);
  });
});

describe("membership changed", () => {
  it("when a member is removed, then they can neither answer nor check in; a member who joined after the meeting was scheduled can, for the NGO", async () => {
    const { leaderB, removed, newcomer } = people;
    const meetingId = await schedule("Membership", true);
    const invitation = await invitationOf(removed, "Membership");

    await leaderB.send("/members");
    await leaderB.press("Reza");
    await leaderB.press("Remove from the NGO");
    await leaderB.press("Yes, I am sure");
    const token = (await db.ngo.findUniqueOrThrow({ where: { id: ngos.b } })).inviteToken;
    await newcomer.send(`/start ${token}`);
    await newcomer.press("Join");
    expect(await db.membership.count({ where: { ngoId: ngos.b, personId: BigInt(newcomer.id) } })).toBe(1);

    expect((await removed.pressData(`mt:yes:${meetingId}`, invitation.messageId)).answer).toBe(LEFT);
    expect(await stored(meetingId, removed)).toMatchObject({ answer: null });
    await newcomer.send("/meetings");
    await newcomer.press("Membership");
    expect((await newcomer.press("I will attend")).answer).toBe("Answer recorded.");
    expect(await stored(meetingId, newcomer)).toMatchObject({ ngoId: ngos.b, isLeader: false, answer: "YES" });

    const official = h.user({ id: provincialId, language: "en" });
    await official.send("/meetings");
    await official.press("Membership");
    const code =
      /Check-in code: (\d{6})/.exec(textStarting((await official.press("Start check-in")).messages, "Check-in code:"))?.[1] ?? "";
    expect(lastText(await removed.send(code))).not.toContain("checked in");
    expect(lastText(await newcomer.send(code))).toBe("✅ You are checked in at Membership. Welcome!");
    expect(await stored(meetingId, removed)).toMatchObject({ presentAt: null });
    expect(await stored(meetingId, newcomer)).toMatchObject({ ngoId: ngos.b, presentAt: expect.any(Date) });

    // The meeting's figures: both NGOs invited, one person present, for the NGO they belong to.
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    const report = await h.app.services.kpi.report(await h.actor(provincialId), quarterOf(meeting.startsAt), new Date());
    expect(report.meetings.find((m) => m.id === meetingId)).toMatchObject({ ngosInvited: 2, ngosPresent: 1, peoplePresent: 1 });
  });
});

describe("presses at the same moment", () => {
  it('when invitees press "I will attend" on their invitations at the same moment, one of them no longer a member, then each hears of their own answer and sees it on their invitation, and the former member is refused', async () => {
    const { leaderB } = people;
    const [stays, leaves] = [h.user({ language: "en", firstName: "Mina" }), h.user({ language: "en", firstName: "Omid" })];
    for (const member of [stays, leaves]) {
      await member.send("/start");
      await db.membership.create({ data: { ngoId: ngos.b, personId: BigInt(member.id) } });
    }
    const meetingId = await schedule("At once", true);
    for (const invitee of [leaderB, stays, leaves]) await invitationOf(invitee, "At once");
    await db.membership.delete({ where: { ngoId_personId: { ngoId: ngos.b, personId: BigInt(leaves.id) } } });

    const [leader, member, former] = await Promise.all([leaderB, stays, leaves].map((invitee) => invitee.press("I will attend")));
    expect([leader?.answer, member?.answer, former?.answer]).toEqual(["Answer recorded.", "Answer recorded.", LEFT]);
    for (const invitee of [leaderB, stays]) {
      expect(invitee.messages().find((m) => m.text?.includes("🗓 At once"))?.text).toContain("Your answer: ✅ I will attend.");
    }
    expect(await stored(meetingId, leaderB)).toMatchObject({ ngoId: ngos.b, isLeader: true, answer: "YES" });
    expect(await stored(meetingId, stays)).toMatchObject({ ngoId: ngos.b, isLeader: false, answer: "YES" });
    expect(await stored(meetingId, leaves)).toMatchObject({ answer: null });
  });

  it("when invitees press at once, some refused, then each press gets its own invitation or exactly its own refusal, and the others are recorded", async () => {
    const { leaderB } = people;
    const late = h.user({ language: "en", firstName: "Sara" });
    await late.send("/start");
    await db.membership.create({ data: { ngoId: ngos.b, personId: BigInt(late.id) } });
    const together = await schedule("Together", true);
    const calledOff = await schedule("Called off", false);
    await db.meeting.update({ where: { id: calledOff }, data: { status: "CANCELLED" } });
    const { startsAt } = await db.meeting.findUniqueOrThrow({ where: { id: together } });
    const now = new Date();

    // Called in one turn, the presses share a statement (src/data/batch.ts); the same person's second press waits for the next.
    const { meetings } = h.app.services;
    const presses = await Promise.allSettled([
      meetings.answer(BigInt(leaderB.id), together, "YES", now),
      meetings.answer(BigInt(late.id), together, "YES", new Date(startsAt.getTime() + 60_000)),
      meetings.answer(BigInt(provincialId), together, "YES", now),
      meetings.answer(BigInt(leaderB.id), calledOff, "YES", now),
      meetings.answer(BigInt(late.id), "no-such-meeting", "NO", now),
      meetings.answer(BigInt(leaderB.id), together, "NO", now),
    ]);
    const outcomes = presses.map((p) =>
      p.status === "fulfilled"
        ? { ngoId: p.value.ngoId, answer: p.value.answer, title: p.value.meeting.title }
        : (p.reason as { code: string }).code,
    );
    expect(outcomes).toEqual([
      { ngoId: ngos.b, answer: "YES", title: "Together" },
      "meeting-started",
      "meeting-not-invited",
      "meeting-cancelled",
      "meeting-not-invited",
      { ngoId: ngos.b, answer: "NO", title: "Together" },
    ]);
    expect(await stored(together, leaderB)).toMatchObject({ ngoId: ngos.b, isLeader: true, answer: "NO", answeredAt: now });
    expect(await stored(together, late)).toMatchObject({ ngoId: ngos.b, isLeader: false, answer: null });
    expect(await stored(calledOff, leaderB)).toMatchObject({ answer: null });
    expect(await stored(together, h.user({ id: provincialId }))).toBeNull();
  });
});
