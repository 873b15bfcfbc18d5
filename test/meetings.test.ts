import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "../src/data/prisma.js";
import { formatDateTime, tehranDate } from "../src/domain/calendar.js";
import { buttonsOf, databaseUrl, type Harness, newTelegramId, startApp, type TestUser } from "./support/harness.js";
import { journey, lastText, registeredNgo, textStarting, waitUntil } from "./support/journeys.js";
import { addTestProvince, appointOfficials } from "./support/province.js";
import { csvRows, readWorkbook } from "./support/workbook.js";

/**
 * Meetings in a province of the test's own. East Vale: NGO A (health; a
 * leader and two members) and NGO B (children); West Vale: NGO C (health).
 */

let db: Db;
let h: Harness;
let province: Awaited<ReturnType<typeof addTestProvince>>;
const adminId = newTelegramId();
const provincialId = newTelegramId();
const countyOfficialId = newTelegramId();
const ids = { a: 0, b: 0, c: 0, member1: newTelegramId(), member2: newTelegramId() };
const tomorrow = tehranDate(new Date(Date.now() + 86_400_000));
const typedTomorrow = (time: string) => `${tomorrow.jy}/${tomorrow.jm}/${tomorrow.jd} ${time}`;
let eastMeetingId = "";
/**
 * East Vale's meeting Clinics, from its invitations to its calling off: each step builds on the ones
 * before, which a test run alone runs first.
 */
const clinics = journey();
/** The one answer to a check-in code that cannot be used: wrong, of a meeting one is not invited to, or closed. */
const UNUSABLE =
  "That is not a check-in code you can use. Check the digits shown in the room: a code works only while the meeting's check-in is open.";

/** Walks an official through /meeting_new in English up to the summary, which it returns. */
async function scheduleUpToSummary(
  official: TestUser,
  choices: { county?: string; title: string; field?: string; members: boolean; typeNames?: boolean },
) {
  await official.send("/meeting_new");
  if (choices.county) await (choices.typeNames ? official.send(choices.county.toLowerCase()) : official.press(choices.county));
  await official.send(choices.title);
  await official.send("Drinking water in the villages runs out every summer.");
  await official.send(typedTomorrow("10:30"));
  await official.send("Governor's office, hall 2");
  await official.press("Skip");
  if (choices.field) {
    await official.press("By field of activity");
    if (choices.typeNames) await official.send(choices.field.toLowerCase());
    else {
      await official.press(choices.field);
      await official.press("Done");
    }
  } else await official.press("All verified NGOs");
  const replies = await official.press(choices.members ? "Leaders and members" : "Leaders only");
  return textStarting(replies.messages, "Check the meeting");
}

beforeAll(async () => {
  db = createDb(databaseUrl());
  province = await addTestProvince(db);
  h = await startApp({ admins: [adminId] });
  await appointOfficials(h, { admin: adminId, provincial: provincialId, westVale: countyOfficialId }, province.provinceId);
  const leaders = { a: h.user({ language: "en" }), b: h.user({ language: "fa" }), c: h.user({ language: "en" }) };
  const a = await registeredNgo(h, adminId, leaders.a, { county: "East Vale", fields: ["Health"] });
  await registeredNgo(h, adminId, leaders.b, { county: "East Vale", fields: ["Children"] });
  await registeredNgo(h, adminId, leaders.c, { county: "West Vale", fields: ["Health"] });
  Object.assign(ids, { a: leaders.a.id, b: leaders.b.id, c: leaders.c.id });
  for (const member of [ids.member1, ids.member2]) {
    await h.user({ id: member, language: "en" }).send("/start");
    await db.membership.create({ data: { ngoId: a, personId: BigInt(member) } });
  }
});

afterAll(async () => {
  await h?.stop();
  await db.meeting.deleteMany({ where: { county: { provinceId: province.provinceId } } });
  await province?.remove();
  await db.$disconnect();
});

describe("scheduling", () => {
  it("when a county official schedules one, then their county is taken without asking, bad answers are re-asked, a Gregorian date is offered in Solar Hijri, and the summary counts the invitees", async () => {
    const official = h.user({ id: countyOfficialId, language: "en" });
    await official.send("/meeting_new");
    expect(lastText(await official.send("Water"))).toContain("The problem it is centred on");
    expect(lastText(await official.send("Water"))).toContain("at least 10");
    await official.send("Drinking water in the villages runs out every summer.");
    expect(lastText(await official.send("1400/01/01 10:00"))).toBe("That time has passed. Choose a time in the future.");
    expect(lastText(await official.send("1405/13/40 10:00"))).toContain("I cannot read that");
    const far = tehranDate(new Date(Date.now() + 250 * 86_400_000));
    expect(lastText(await official.send(`${far.jy}/${far.jm}/${far.jd} 10:00`))).toBe("A meeting can be scheduled at most 200 days ahead.");
    const gregorian = new Date(Date.now() + 86_400_000 + 3.5 * 3_600_000);
    const typed = `${gregorian.getUTCFullYear()}-${gregorian.getUTCMonth() + 1}-${gregorian.getUTCDate()} ۱۰:۳۰`;
    const meant = `${tomorrow.jy}/${String(tomorrow.jm).padStart(2, "0")}/${String(tomorrow.jd).padStart(2, "0")} 10:30`;
    const offered = await official.send(typed);
    expect(lastText(offered)).toBe(
      `That looks like a Gregorian date: did you mean ${meant}? Press the button to take it, or type the date in the Solar Hijri calendar.`,
    );
    expect(lastText((await official.press(`✅ ${meant}`)).messages)).toContain("the venue's name and address");
    await official.send("West Vale county hall");
    await official.press("Skip");
    await official.press("All verified NGOs");
    const summary = textStarting((await official.press("Leaders only")).messages, "Check the meeting");
    expect(summary).toContain("County: West Vale");
    expect(summary).toMatch(/When: .*10:30/);
    expect(summary).toContain("Invitations: 1 person of 1 NGO");
    const done = textStarting((await official.press("Confirm")).messages, "The meeting");
    expect(done).toBe("The meeting Water is scheduled; 1 invitation is on their way.");
    const invitation = await h.user({ id: ids.c, language: "en" }).waitFor((m) => Boolean(m.text?.includes("🗓 Water")));
    expect(buttonsOf(invitation)).toEqual([
      "✅ I will attend",
      "❌ I cannot attend",
      "👥 Answer for the NGO",
      "📝 Add a problem",
      "📋 Agenda",
    ]);
    expect(invitation.text).toContain("Where: West Vale county hall");
  });

  it("when an official's area has nobody to invite, then they are told before any question; a county without NGOs is refused at the county step", async () => {
    const official = h.user({ language: "en" });
    await official.send("/start");
    const zanjan = await db.province.findUniqueOrThrow({ where: { code: "zanjan" } });
    await h.appoint(official, { scope: "PROVINCE", provinceId: zanjan.id });
    expect((await official.send("/meeting_new")).map((m) => m.text)).toEqual([
      "There is nobody to invite yet: no NGO in your counties is verified. Meetings can be scheduled once NGOs are approved (/pending).",
    ]);
    expect(lastText(await official.send("A title"))).not.toContain("centred on");

    await registeredNgo(h, adminId, h.user({ language: "en" }), { county: "Abhar", fields: ["Health"] });
    const asked = await official.send("/meeting_new");
    expect(buttonsOf(asked.at(-1))).toContain("Abhar (1)");
    expect((await official.press("Zanjan (0)")).messages.map((m) => m.text)).toEqual([
      "Zanjan has no verified NGO yet, so nobody there can be invited. Choose another county.",
      "In which county? Press it, or type its name.",
    ]);
    expect(lastText(await official.send("Abhar"))).toBe("Title of the meeting:");
    expect(await db.meeting.count({ where: { countyId: await h.countyId("Zanjan") } })).toBe(0);
  });

  clinics.it(
    "when a provincial official invites the health NGOs of East Vale with their members, then exactly those people are invited",
    async () => {
      const official = h.user({ id: provincialId, language: "en" });
      // The county and the field typed, not pressed.
      const summary = await scheduleUpToSummary(official, {
        county: "East Vale",
        title: "Clinics",
        field: "Health",
        members: true,
        typeNames: true,
      });
      expect(summary).toContain("County: East Vale");
      expect(summary).toContain("Invitations: 3 people of 1 NGO");
      await official.press("Confirm");
      const meeting = await db.meeting.findFirstOrThrow({ where: { title: "Clinics" }, include: { invitations: true } });
      eastMeetingId = meeting.id;
      expect(meeting.invitations.map((i) => [Number(i.personId), i.isLeader]).sort()).toEqual(
        [
          [ids.a, true],
          [ids.member1, false],
          [ids.member2, false],
        ].sort(),
      );
      const member = await h.user({ id: ids.member1, language: "en" }).waitFor((m) => Boolean(m.text?.includes("🗓 Clinics")));
      expect(buttonsOf(member)).toEqual(["✅ I will attend", "❌ I cannot attend", "📋 Agenda"]);
      await h.settled();
      expect(
        h
          .user({ id: ids.b })
          .messages()
          .some((m) => m.text?.includes("Clinics")),
      ).toBe(false);
    },
  );
});

describe("answers from the invitation", () => {
  clinics.it(
    "when an invitee answers, then the message shows the answer; pressing twice keeps one answer; they can change it",
    async () => {
      const member = h.user({ id: ids.member1, language: "en" });
      const first = await member.press("I will attend");
      expect(first.answer).toBe("Answer recorded.");
      expect(member.last().text).toContain("Your answer: ✅ I will attend.");
      expect(buttonsOf(member.last())[0]).toBe("• ✅ I will attend");
      await member.press("I will attend");
      expect(await db.meetingInvitation.count({ where: { meetingId: eastMeetingId, personId: BigInt(ids.member1), answer: "YES" } })).toBe(
        1,
      );
      await member.press("I cannot attend");
      expect(member.last().text).toContain("Your answer: ❌ I cannot attend.");
      const stored = await db.meetingInvitation.findUniqueOrThrow({
        where: { meetingId_personId: { meetingId: eastMeetingId, personId: BigInt(ids.member1) } },
      });
      expect(stored.answer).toBe("NO");
    },
  );

  clinics.it("when a leader answers for the NGO, then the number is checked and recorded as the NGO's answer", async () => {
    const leader = h.user({ id: ids.a, language: "en" });
    await leader.waitFor((m) => Boolean(m.text?.includes("🗓 Clinics")));
    expect(lastText((await leader.press("Answer for the NGO")).messages)).toContain("How many people of your NGO will come?");
    expect(lastText(await leader.send("0"))).toBe("Type a whole number from 1 to 200.");
    const answered = lastText(await leader.send("12"));
    expect(answered).toContain("attending with 12 people");
    const stored = await db.meetingInvitation.findUniqueOrThrow({
      where: { meetingId_personId: { meetingId: eastMeetingId, personId: BigInt(ids.a) } },
    });
    expect(stored).toMatchObject({ answer: "YES", headcount: 12 });
  });

  clinics.it(
    "when a leader adds problems to the agenda, then invitees and the official see them grouped by field; members cannot add",
    async () => {
      const leader = h.user({ id: ids.a, language: "en" });
      await leader.press("Add a problem");
      expect(lastText(await leader.send("Too short"))).toContain("at least 10");
      await leader.send("The village clinic has no doctor on Thursdays.");
      expect(lastText((await leader.press("Health")).messages)).toBe("The problem is on the agenda.");
      await leader.press("Add a problem");
      await leader.send("Children miss vaccinations when the road is closed.");
      await leader.press("Children");
      const member = h.user({ id: ids.member2, language: "en" });
      const agenda = textStarting((await member.pressData(`mt:agenda:${eastMeetingId}`)).messages, "📋");
      expect(agenda).toMatch(/\nHealth\n• The village clinic has no doctor on Thursdays\. — Test NGO \d+/);
      expect(agenda).toMatch(/\nChildren\n• Children miss vaccinations when the road is closed\. — Test NGO \d+/);
      expect((await member.pressData(`mt:addagenda:${eastMeetingId}`)).answer).toBe("Only an NGO's leader can do this.");
      expect(await db.agendaItem.count({ where: { meetingId: eastMeetingId } })).toBe(2);
      const official = h.user({ id: provincialId, language: "en" });
      expect(textStarting((await official.pressData(`mt:agenda:${eastMeetingId}`, 1)).messages, "📋")).toMatch(/\n\d\. The village clinic/);
      const outsider = h.user({ id: ids.c, language: "en" });
      expect((await outsider.pressData(`mt:agenda:${eastMeetingId}`)).answer).toBe("You are not allowed to do this.");
    },
  );

  clinics.it(
    "when the official records an outcome for an agenda item, then the question names the problem, Skip goes once a note is typed, and it is stored and shown with the agenda",
    async () => {
      const official = h.user({ id: provincialId, language: "en" });
      const agenda = textStarting((await official.pressData(`mt:agenda:${eastMeetingId}`, 1)).messages, "📋");
      expect(agenda).toMatch(/\n1\. /);
      const first = await db.agendaItem.findFirstOrThrow({
        where: { meetingId: eastMeetingId },
        orderBy: [{ field: { sortOrder: "asc" } }, { createdAt: "asc" }],
      });
      const question = (await official.press("✍️ 1")).messages[0];
      expect(question?.text).toBe(`What did the meeting do about this problem?\n«${first.text}»`);
      await official.press("Follow-up");
      // The chosen option shows once, with its own mark.
      expect(official.messages().find((m) => m.messageId === question?.messageId)?.text).toMatch(/\n\n🔁 Follow-up$/);
      const notePrompt = official.last();
      expect(buttonsOf(notePrompt)).toEqual(["Skip"]);
      expect(lastText(await official.send("The county health network sends a doctor; checked next quarter."))).toBe(
        "The outcome is recorded.",
      );
      expect(buttonsOf(official.messages().find((m) => m.messageId === notePrompt.messageId))).toEqual([]);
      expect(await db.agendaItem.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
        outcome: "FOLLOW_UP",
        outcomeNote: "The county health network sends a doctor; checked next quarter.",
        outcomeById: BigInt(provincialId),
      });
      const shown = textStarting((await official.press("Agenda")).messages, "📋");
      expect(shown).toContain("🔁 Follow-up: The county health network sends a doctor; checked next quarter.");
      const member = h.user({ id: ids.member2, language: "en" });
      expect((await member.pressData(`mt:out:${first.id}`)).answer).toBe("You are not allowed to do this.");
    },
  );

  clinics.it(
    "when a county official of another county presses an outcome button, then they are refused at once, before any question",
    async () => {
      const item = await db.agendaItem.findFirstOrThrow({ where: { meetingId: eastMeetingId } });
      const before = await db.agendaItem.findUniqueOrThrow({ where: { id: item.id } });
      const county = h.user({ id: countyOfficialId, language: "en" });
      const pressed = await county.pressData(`mt:out:${item.id}`);
      expect(pressed.answer).toBe("You are not allowed to do this.");
      expect(pressed.messages).toEqual([]);
      expect(lastText(await county.send("A note typed after the refusal."))).not.toBe("The outcome is recorded.");
      expect(await db.agendaItem.findUniqueOrThrow({ where: { id: item.id } })).toEqual(before);
    },
  );

  clinics.it("when the official looks at the meeting, then the counts match the answers", async () => {
    const official = h.user({ id: provincialId, language: "en" });
    await official.send("/meetings");
    const view = textStarting((await official.press("Clinics")).messages, "🗓 Clinics");
    expect(view).toContain("Invited: 3 · Attending: 1 · Not attending: 1 · No answer: 1 · People announced by leaders: 12");
  });

  clinics.it("when the official starts check-in, then attendees check in with the code and the official marks others present", async () => {
    const official = h.user({ id: provincialId, language: "en" });
    await official.send("/meetings");
    await official.press("Clinics");
    const shown = textStarting((await official.press("Start check-in")).messages, "Check-in code:");
    const code = /Check-in code: (\d{6})/.exec(shown)?.[1] ?? "";
    expect(code).toMatch(/^\d{6}$/);
    const member = h.user({ id: ids.member2, language: "en" });
    expect(lastText(await member.send("000000"))).toBe(UNUSABLE);
    const persian = code.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)] ?? d);
    // As read off the screen in the room: in groups of three, in Persian digits, or with a dash.
    expect(lastText(await member.send(`${persian.slice(0, 3)} ${persian.slice(3)}`))).toBe("✅ You are checked in at Clinics. Welcome!");
    expect(lastText(await member.send(`${code.slice(0, 3)}-${code.slice(3)}`))).toBe("✅ You are checked in at Clinics. Welcome!");
    const outsider = h.user({ id: ids.c, language: "en" });
    expect(lastText(await outsider.send(code))).toBe(UNUSABLE);

    const list = textStarting((await official.press("Mark present")).messages, "Present:");
    expect(list).toBe("Present: 1 of 3. Press a name to mark them present.");
    const leaderName = buttonsOf(official.last()).find((b) => b.startsWith("⬜️") && b.includes("Test NGO")) ?? "";
    await official.press(leaderName);
    expect(official.last().text).toBe("Present: 2 of 3. Press a name to mark them present.");
    const present = await db.meetingInvitation.findMany({ where: { meetingId: eastMeetingId, presentAt: { not: null } } });
    expect(present).toHaveLength(2);
    expect(present.map((p) => Number(p.personId))).toContain(ids.member2);
  });

  clinics.it(
    "when the official asks for attendance, then the counts and names match, and the Excel and CSV files list everyone",
    async () => {
      const official = h.user({ id: provincialId, language: "en" });
      await official.send("/attendance");
      const view = textStarting((await official.press("Clinics")).messages, "📋 Clinics");
      expect(view).toContain("Invited: 3 · Accepted: 1 · Declined: 1 · No answer: 1 · Present: 2");
      expect(view).toMatch(/❌ Declined: Test\n/);
      const xlsx = (await official.press("Excel file")).messages.find((m) => m.document)?.document;
      const rows = (await readWorkbook(xlsx?.bytes))("Attendance");
      expect(rows[0]).toEqual(["Name", "Username", "NGO", "Role", "Answer", "People (leader's answer)", "Present"]);
      expect(rows).toHaveLength(4);
      expect(rows.filter((r) => r[3] === "Leader").map((r) => [r[4], r[5]])).toEqual([["Attending", 12]]);
      // Two invitees whose Telegram names are spreadsheet formulas: the CSV file holds them as text.
      await h.user({ id: ids.member1, firstName: '=HYPERLINK("http://x","y")', language: "en" }).send("/start");
      await h.user({ id: ids.member2, firstName: "=cmd|' /C calc'!A0", language: "en" }).send("/start");
      const csv = (await official.press("CSV")).messages.find((m) => m.document)?.document;
      const csvTable = csvRows(csv?.bytes);
      expect(csvTable).toHaveLength(4);
      expect(csvTable[0]).toEqual(rows[0]);
      expect(csvTable.map((r) => r[0])).toEqual(expect.arrayContaining([`'=HYPERLINK("http://x","y")`, "'=cmd|' /C calc'!A0"]));
      const county = h.user({ id: countyOfficialId, language: "en" });
      expect((await county.pressData(`mt:att:${eastMeetingId}`)).answer).toBe("You are not allowed to do this.");
    },
  );

  it("when an invitee presses after the meeting started, then they are told politely and nothing changes", async () => {
    const actor = await h.actor(provincialId);
    const startsAt = new Date(Date.now() + 3_600_000);
    const { meeting } = await h.app.services.meetings.create(
      actor,
      {
        countyId: await h.countyId("West Vale"),
        title: "Starting now",
        theme: "A meeting that starts in a moment.",
        startsAt,
        venue: "Hall 3",
        location: null,
        fieldIds: [],
        membersInvited: false,
      },
      new Date(),
    );
    const leader = h.user({ id: ids.c, language: "en" });
    await leader.waitFor((m) => Boolean(m.text?.includes("Starting now")));
    // The meeting's start passes: moved into the past rather than waited for.
    await db.meeting.update({ where: { id: meeting.id }, data: { startsAt: new Date(Date.now() - 1000) } });
    const pressed = await leader.pressData(`mt:yes:${meeting.id}`);
    expect(pressed.answer).toBe("This meeting has already started: answers are closed.");
    expect((await db.meetingInvitation.findFirstOrThrow({ where: { meetingId: meeting.id } })).answer).toBeNull();
  });
});

describe("check-in", () => {
  const persianMember = newTelegramId();
  let meetingId = "";
  let code = "";
  const official = () => h.user({ id: provincialId, language: "en" });
  const leader = () => h.user({ id: ids.c, language: "en" });
  const presentAt = async (person: number) =>
    (await db.meetingInvitation.findUniqueOrThrow({ where: { meetingId_personId: { meetingId, personId: BigInt(person) } } })).presentAt;
  const startCheckIn = async () => {
    await official().pressData(`mt:show:${meetingId}`);
    const shown = textStarting((await official().press("Start check-in")).messages, "Check-in code:");
    code = /Check-in code: (\d{6})/.exec(shown)?.[1] ?? "";
    return shown;
  };

  beforeAll(async () => {
    // West Vale: the leader of NGO C, and a member who reads Persian.
    await h.user({ id: persianMember, language: "fa" }).send("/start");
    const ngo = await db.ngo.findFirstOrThrow({ where: { leaderId: BigInt(ids.c) } });
    await db.membership.create({ data: { ngoId: ngo.id, personId: BigInt(persianMember) } });
    const { meeting } = await h.app.services.meetings.create(
      await h.actor(provincialId),
      {
        countyId: await h.countyId("West Vale"),
        title: "Roads",
        theme: "The mountain road closes every winter.",
        startsAt: new Date(Date.now() + 3_600_000),
        venue: "Hall 4",
        location: null,
        fieldIds: [],
        membersInvited: true,
      },
      new Date(),
    );
    meetingId = meeting.id;
  });

  it("when the official starts check-in, then it is open until three hours after the meeting's start, pressing again shows the same code, and ending it closes it at once", async () => {
    const shown = await startCheckIn();
    const stored = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    expect(stored.checkInCode).toBe(code);
    expect((stored.checkInClosesAt?.getTime() ?? 0) - stored.startsAt.getTime()).toBe(3 * 3_600_000);
    expect(shown).toContain(`until ${formatDateTime(stored.checkInClosesAt as Date, "en")}`);
    expect(textStarting((await official().press("Start check-in")).messages, "Check-in code:")).toBe(shown);

    expect(textStarting((await official().press("End check-in")).messages, "Check-in")).toBe(
      "Check-in for Roads is closed: its code no longer works. Present: 0 of 2.",
    );
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).checkInCode).toBeNull();
    expect(lastText(await leader().send(code))).toBe(UNUSABLE);
    expect(await presentAt(ids.c)).toBeNull();
    const actions = await db.auditLog.findMany({ where: { entityId: meetingId, action: { startsWith: "meeting.check-in" } } });
    expect(actions.map((a) => a.action)).toEqual(["meeting.check-in.start", "meeting.check-in.end"]);
  });

  it("when three hours have passed since the meeting's start, then its code no longer works and check-in cannot be started again", async () => {
    await startCheckIn();
    const moveBy = async (hours: number) =>
      db.$executeRaw`UPDATE "Meeting" SET "startsAt" = "startsAt" + make_interval(hours => ${hours}),
        "checkInClosesAt" = "checkInClosesAt" + make_interval(hours => ${hours}) WHERE id = ${meetingId}`;
    await moveBy(-5); // it started four hours ago
    expect(lastText(await leader().send(code))).toBe(UNUSABLE);
    expect(await presentAt(ids.c)).toBeNull();
    await official().pressData(`mt:show:${meetingId}`);
    expect((await official().press("Start check-in")).answer).toBe(
      "Check-in for this meeting is over: it closes three hours after the meeting's start.",
    );
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).checkInCode).toBe(code);

    await moveBy(5);
    await startCheckIn();
    expect(lastText(await leader().send(code))).toBe("✅ You are checked in at Roads. Welcome!");
    expect(await presentAt(ids.c)).not.toBeNull();
  });

  it("when someone sends five codes they cannot use within an hour, then even the right one is refused with the time they may try again, in their language", async () => {
    await startCheckIn(); // open, or the same code again if it is
    const member = h.user({ id: persianMember, language: "fa" });
    for (let k = 1; k <= 5; k++) {
      const wrong = String(((Number(code) - 100_000 + k) % 900_000) + 100_000);
      expect(lastText(await member.send(wrong))).toBe(
        "این کدی نیست که بتوانید برای ثبت حضور به کار ببرید. رقم‌هایی را که در سالن نشان داده شده بررسی کنید: کد تنها تا وقتی کار می‌کند که حضور و غیاب نشست باز است.",
      );
    }
    const attempts = await db.checkInAttempt.findMany({ where: { personId: BigInt(persianMember) }, orderBy: { at: "asc" } });
    expect(attempts).toHaveLength(5);
    const retryAt = new Date((attempts[0]?.at.getTime() ?? 0) + 3_600_000);
    expect(lastText(await member.send(code))).toBe(
      `کدهای نادرست بسیاری فرستاده‌اید. از ${formatDateTime(retryAt, "fa")} می‌توانید دوباره تلاش کنید.`,
    );
    expect(await presentAt(persianMember)).toBeNull();
    expect(await db.checkInAttempt.count({ where: { personId: BigInt(persianMember) } })).toBe(5);

    // An hour later the oldest no longer counts.
    await db.$executeRaw`UPDATE "CheckInAttempt" SET at = at - interval '1 hour' WHERE "personId" = ${BigInt(persianMember)}`;
    expect(lastText(await member.send(code))).toBe("✅ حضور شما در Roads ثبت شد. خوش آمدید!");
    expect(await presentAt(persianMember)).not.toBeNull();
  });
});

describe("changes", () => {
  clinics.it("when the official reschedules, then the invitees get the new time with fresh buttons", async () => {
    const official = h.user({ id: provincialId, language: "en" });
    await official.send("/meetings");
    await official.press("Clinics");
    await official.press("Reschedule");
    const done = textStarting(await official.send(typedTomorrow("16:45")), "Clinics");
    expect(done).toContain("now takes place");
    expect(done).toContain("16:45");
    const moved = await h
      .user({ id: ids.member2, language: "en" })
      .waitFor((m) => Boolean(m.text?.startsWith("🕒 The meeting has a new time")));
    expect(moved.text).toContain("16:45");
    expect(buttonsOf(moved)).toContain("✅ I will attend");
  });

  clinics.it("when the official calls it off, then the invitees are told and the old buttons refuse", async () => {
    const official = h.user({ id: provincialId, language: "en" });
    await official.send("/meetings");
    await official.press("Clinics");
    await official.press("Cancel meeting");
    await official.press("Yes, call it off");
    expect((await db.meeting.findUniqueOrThrow({ where: { id: eastMeetingId } })).status).toBe("CANCELLED");
    const member = h.user({ id: ids.member2, language: "en" });
    await member.waitFor((m) => Boolean(m.text?.startsWith("✖️ This meeting is called off")));
    expect((await member.pressData(`mt:yes:${eastMeetingId}`)).answer).toBe("This meeting was called off.");
  });

  clinics.it("when a county official or a member tries to manage a meeting of another county, then they are refused", async () => {
    const county = h.user({ id: countyOfficialId, language: "en" });
    expect((await county.pressData(`mt:show:${eastMeetingId}`)).answer).toBe("You are not allowed to do this.");
    expect((await county.pressData(`mt:cancelled:${eastMeetingId}`)).answer).toBe("You are not allowed to do this.");
    const member = h.user({ id: ids.member1, language: "en" });
    expect(lastText(await member.send("/meeting_new"))).toBe("You are not allowed to do this.");
    expect((await member.pressData(`mt:yes:${eastMeetingId}`, 1)).answer).toBe("This meeting was called off.");
  });
});

describe("reminders", () => {
  /** The workers' clock, moved by the tests to a reminder's time; the bot keeps the real one. */
  let now = new Date();
  const env = () => ({ MEETING_REMINDERS_BEFORE: "3h,2h,1h", REDIS_PREFIX: h.config.redisPrefix });
  /** Just after the reminder falling `hours` before the meeting's start. */
  const reminderTime = (meeting: { startsAt: Date }, hours: number) => new Date(meeting.startsAt.getTime() - hours * 3_600_000 + 1000);
  const reminders = (user: TestUser, title: string) =>
    user.messages().filter((m) => m.text?.startsWith("⏰") && m.text.includes(title)).length;

  /** Schedules a meeting in East Vale for tomorrow, at least ten hours ahead: every reminder time falls after it is set. */
  async function schedule(official: TestUser, title: string) {
    await scheduleUpToSummary(official, { county: "East Vale", title, field: "Health", members: true });
    await official.press("Confirm");
    return db.meeting.findFirstOrThrow({ where: { title } });
  }

  it("when the reminder times come, then whoever has not declined gets each one once, also across a restart; none for a moved or called-off meeting", async () => {
    await h.stop();
    h = await startApp({ admins: [adminId], env: env(), clock: () => now });
    const official = h.user({ id: provincialId, language: "en" });
    const reminded = await schedule(official, "Reminded");
    await schedule(official, "Moved");
    await schedule(official, "Called off");

    const member1 = h.user({ id: ids.member1, language: "en" });
    const invitation = await member1.waitFor((m) => Boolean(m.text?.includes("🗓 Reminded")));
    await member1.pressData(`mt:no:${reminded.id}`, invitation.messageId);
    await official.send("/meetings");
    await official.press("Moved");
    await official.press("Reschedule");
    await official.send(typedTomorrow("18:00")); // its reminders fall after the others'
    await official.send("/meetings");
    await official.press("Called off");
    await official.press("Cancel meeting");
    await official.press("Yes, call it off");

    const before = h.config.meetingRemindersBeforeMs;
    now = reminderTime(reminded, 3);
    await h.runTask("meeting-reminders");
    const leader = h.user({ id: ids.a, language: "en" });
    const member2 = h.user({ id: ids.member2, language: "en" });
    await leader.waitFor((m) => Boolean(m.text?.startsWith("⏰") && m.text.includes("Reminded")));
    await member2.waitFor((m) => Boolean(m.text?.startsWith("⏰") && m.text.includes("Reminded")));
    expect(await h.app.services.meetings.remindDue(now, before)).toBe(0); // nothing more is owed for that time
    expect({ leader: reminders(leader, "Reminded"), member2: reminders(member2, "Reminded") }).toEqual({ leader: 1, member2: 1 });

    // A restart between reminders: Postgres knows which are owed.
    await h.stop();
    h = await startApp({ admins: [adminId], env: env(), clock: () => now });
    const [leaderAfter, member2After, member1After] = [ids.a, ids.member2, ids.member1].map((id) => h.user({ id, language: "en" })) as [
      TestUser,
      TestUser,
      TestUser,
    ];
    for (const hours of [2, 1]) {
      now = reminderTime(reminded, hours);
      await h.runTask("meeting-reminders");
      await waitUntil(() => reminders(leaderAfter, "Reminded") === 3 - hours && reminders(member2After, "Reminded") === 3 - hours);
    }
    expect(await h.app.services.meetings.remindDue(now, before)).toBe(0);
    expect(reminders(leaderAfter, "Reminded")).toBe(2);
    expect(reminders(member2After, "Reminded")).toBe(2);
    expect(reminders(member1After, "Reminded") + reminders(member1, "Reminded")).toBe(0);
    expect(await db.meetingReminder.count({ where: { meetingId: reminded.id } })).toBe(6);
    for (const user of [leader, member2, leaderAfter, member2After]) {
      expect(reminders(user, "Moved") + reminders(user, "Called off")).toBe(0);
    }
    const others = await db.meeting.findMany({ where: { title: { in: ["Moved", "Called off"] } }, select: { id: true } });
    expect(await db.meetingReminder.count({ where: { meetingId: { in: others.map((m) => m.id) } } })).toBe(0);
  }, 60_000);

  it("when Redis loses all its data before a reminder is due, then the workers notice, and each invitee who has not declined gets it exactly once, also with two workers", async () => {
    // Apps of their own, with a Redis prefix that can be emptied without touching the other tests' keys.
    const prefix = `${h.config.redisPrefix}-lost`;
    const ownEnv = { ...env(), REDIS_PREFIX: prefix, REDIS_CHECK_INTERVAL_MS: "100" };
    await h.stop();
    h = await startApp({ admins: [adminId], env: ownEnv, clock: () => now });
    const secondWorker = await startApp({ fake: h.fake, roles: ["worker"], env: ownEnv, clock: () => now });
    try {
      now = new Date();
      const official = h.user({ id: provincialId, language: "en" });
      const meeting = await schedule(official, "Survives Redis");
      const member1 = h.user({ id: ids.member1, language: "en" });
      const invitation = await member1.waitFor((m) => Boolean(m.text?.includes("🗓 Survives Redis")));
      await member1.pressData(`mt:no:${meeting.id}`, invitation.messageId);

      const redis = new Redis(inject("redisUrl"));
      const keys = await redis.keys(`${prefix}:*`);
      expect(keys.length).toBeGreaterThan(0);
      await redis.del(...keys);
      // The workers restore their schedules on their own: the reminder sweep runs again.
      await waitUntil(async () => (await redis.exists(`${prefix}:workers:redis-kept`)) === 1);
      const schedules = new Queue("schedules", { connection: redis, prefix });
      await waitUntil(async () => (await schedules.getJobScheduler("meeting-reminders")) !== undefined);
      await schedules.close();
      await redis.quit();

      now = reminderTime(meeting, 3);
      // Both workers sweep at once.
      await Promise.all([h.runTask("meeting-reminders"), h.runTask("meeting-reminders")]);
      const leader = h.user({ id: ids.a, language: "en" });
      const member2 = h.user({ id: ids.member2, language: "en" });
      await waitUntil(() => reminders(leader, "Survives Redis") === 1 && reminders(member2, "Survives Redis") === 1);
      expect(await h.app.services.meetings.remindDue(now, h.config.meetingRemindersBeforeMs)).toBe(0);
      expect(reminders(leader, "Survives Redis")).toBe(1);
      expect(reminders(member2, "Survives Redis")).toBe(1);
      expect(reminders(member1, "Survives Redis")).toBe(0); // declined
      expect(await db.meetingReminder.count({ where: { meetingId: meeting.id } })).toBe(2);
    } finally {
      await secondWorker.stop();
    }
  }, 60_000);
});
