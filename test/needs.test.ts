import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../src/data/prisma.js";
import { endOfTehranDay, tehranDate } from "../src/domain/calendar.js";
import type { FakeMessage } from "../src/sandbox/bot-api.js";
import { buttonsOf, databaseUrl, type Harness, newTelegramId, startApp, type TestUser } from "./support/harness.js";
import { journey, lastText, registeredNgo, textStarting } from "./support/journeys.js";
import { addTestProvince, appointOfficials } from "./support/province.js";
import { csvRows, readWorkbook } from "./support/workbook.js";

/**
 * One training-needs round from opening to report, in a province of the
 * test's own: East Vale has the NGOs of A, B (a Persian speaker) and D, West
 * Vale those of E and F; G's NGO is pending and is not asked.
 */

let db: Db;
let h: Harness;
let province: Awaited<ReturnType<typeof addTestProvince>>;
const adminId = newTelegramId();
const ids = { provincial: newTelegramId(), county: newTelegramId(), a: 0, b: 0, d: 0, e: 0, f: 0, g: 0 };
const ngoOf: Record<string, string> = {};
let roundId = "";
/**
 * The round Training needs, autumn, from its opening to its report: each step builds on the ones
 * before, which a test run alone runs first.
 */
const round = journey();
/** The round's deadline: the end of the day ten days from now, in Tehran. */
const deadlineDay = tehranDate(new Date(Date.now() + 10 * 86_400_000));
const deadline = endOfTehranDay(deadlineDay);
const persianDigits = (text: string) => text.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)] ?? d);

const FUNDRAISING = "Fundraising and financial transparency";
const PROJECTS = "Project management";
const VOLUNTEERS = "Volunteer management";
/** A leader's free text that a spreadsheet would run as a formula. */
const FORMULA = '=HYPERLINK("http://x","y")';

type Answer = {
  topics: [string, "High" | "Medium" | "Low"][];
  format: string;
  people: string;
  days: string[];
  times: string[];
  other?: string;
};

/** Answers every step of the survey in English, from the button that starts it; returns the summary. */
async function answerSurvey(leader: TestUser, answer: Answer): Promise<FakeMessage | undefined> {
  await leader.press("Answer the survey");
  for (const [topic] of answer.topics) await leader.press(topic);
  await leader.press("Done");
  for (const [, priority] of answer.topics) await leader.press(priority);
  await leader.press(answer.format);
  await leader.send(answer.people);
  for (const day of answer.days) await leader.press(day);
  await leader.press("Done");
  for (const time of answer.times) await leader.press(time);
  await leader.press("Done");
  const replies = answer.other ? await leader.send(answer.other) : (await leader.press("Skip")).messages;
  return replies.at(-1);
}

const count = (user: TestUser, text: string) => user.messages().filter((m) => m.text?.includes(text)).length;

beforeAll(async () => {
  db = createDb(databaseUrl());
  province = await addTestProvince(db);
  h = await startApp({ admins: [adminId] });
  await appointOfficials(h, { admin: adminId, provincial: ids.provincial, westVale: ids.county }, province.provinceId);
  const leaders: [keyof typeof ids, string, string[], string, boolean][] = [
    ["a", "East Vale", ["Health"], "en", true],
    ["b", "East Vale", ["Health", "Children"], "fa", true],
    ["d", "East Vale", ["Environment"], "en", true],
    ["e", "West Vale", ["Children"], "en", true],
    ["f", "West Vale", ["Health"], "en", true],
    ["g", "East Vale", ["Health"], "en", false],
  ];
  for (const [key, county, fields, language, verified] of leaders) {
    const leader = h.user({ language });
    ids[key] = leader.id;
    ngoOf[key] = await registeredNgo(h, adminId, leader, { county, fields, verified });
  }
  // The officials' review requests arrive now, not among the replies of a test below.
  await h.settled();
});

afterAll(async () => {
  await h?.stop();
  await db.needsRound.deleteMany({ where: { provinceId: province.provinceId } });
  await province?.remove();
  await db.$disconnect();
});

describe("a training-needs round", () => {
  round.it("when a provincial official opens a round, then bad dates are re-asked and the summary counts the NGOs to invite", async () => {
    const official = h.user({ id: ids.provincial, language: "en" });
    expect(lastText(await official.send("/needs_open"))).toContain("Title of the round");
    await official.send("Training needs, autumn");
    expect(lastText(await official.send("1405/13/01"))).toContain("That is not a date I can read");
    expect(lastText(await official.send("1400/01/01"))).toBe("The deadline must be today or later.");
    const typed = persianDigits(`${deadlineDay.jy}/${deadlineDay.jm}/${deadlineDay.jd}`);
    expect(lastText(await official.send(typed))).toBe("Which counties does the round cover?");
    const summary = lastText((await official.press("All 2 counties")).messages);
    expect(summary).toContain("Title: Training needs, autumn");
    expect(summary).toContain("Counties: East Vale and West Vale");
    expect(summary).toContain("NGOs to invite: 5");
  });

  round.it(
    "when a county official opens a round, then it covers their county without asking, and no other county can be forced",
    async () => {
      const official = h.user({ id: ids.county, language: "en" });
      await official.send("/needs_open");
      await official.send("West Vale needs");
      const summary = lastText(await official.send(`${deadlineDay.jy}/${deadlineDay.jm}/${deadlineDay.jd}`));
      expect(summary).toContain("Counties: West Vale");
      expect(summary).toContain("NGOs to invite: 2");
      expect(lastText((await official.press("Cancel")).messages)).toContain("Stopped");
      const forced = h.app.services.needs.openRound(
        await h.actor(ids.county),
        { title: "Not mine", deadline: deadlineDay, countyIds: [await h.countyId("East Vale")] },
        new Date(),
      );
      await expect(forced).rejects.toMatchObject({ code: "forbidden" });
      expect(await db.needsRound.count({ where: { provinceId: province.provinceId } })).toBe(0);
    },
  );

  round.it(
    "when the official confirms, then the leaders of the verified NGOs in scope get an invitation with a button, and nobody else",
    async () => {
      const official = h.user({ id: ids.provincial, language: "en" });
      const done = textStarting((await official.press("Confirm")).messages, "The round");
      expect(done).toBe(
        "The round Training needs, autumn is open. 5 NGOs are being invited; leaders who have not answered get reminders before the deadline.",
      );
      const round = await db.needsRound.findFirstOrThrow({
        where: { provinceId: province.provinceId },
        include: { counties: true, invitations: true },
      });
      roundId = round.id;
      expect(round.deadline).toEqual(deadline);
      expect(round.counties.map((c) => c.nameEn).sort()).toEqual(["East Vale", "West Vale"]);
      expect(round.invitations.map((i) => i.ngoId).sort()).toEqual(["a", "b", "d", "e", "f"].map((k) => ngoOf[k]).sort());

      for (const key of ["a", "d", "e", "f"] as const) {
        const invitation = await h
          .user({ id: ids[key], language: "en" })
          .waitFor((m) => Boolean(m.text?.includes("Training needs, autumn")));
        expect(invitation.text).toContain("Please tell us what");
        expect(buttonsOf(invitation)).toEqual(["📝 Answer the survey"]);
      }
      const persian = await h.user({ id: ids.b, language: "fa" }).waitFor((m) => Boolean(m.text?.includes("Training needs, autumn")));
      expect(persian.text).toContain("دولت می‌خواهد آموزش‌هایی متناسب");
      expect(persian.text).toMatch(/[۰-۹]{4}/); // the deadline, a Solar Hijri date in Persian digits
      await h.settled();
      expect(
        h
          .user({ id: ids.g })
          .messages()
          .some((m) => m.text?.includes("Training needs, autumn")),
      ).toBe(false);
    },
  );

  round.it("when a leader answers, then every step is checked and the answer is stored as given", async () => {
    const a = h.user({ id: ids.a, language: "en" });
    await a.press("Answer the survey");
    expect((await a.press("Done")).answer).toBe("Choose at least 1.");
    for (const topic of [FUNDRAISING, PROJECTS, VOLUNTEERS, "Mentoring", "Monitoring"]) await a.press(topic);
    expect((await a.press("Networking")).answer).toBe("You can choose at most 5.");
    for (const topic of [FUNDRAISING, PROJECTS, VOLUNTEERS, "Mentoring", "Monitoring"]) await a.press(topic);
    await a.press(PROJECTS);
    await a.press(FUNDRAISING);
    expect(lastText((await a.press("Done")).messages)).toBe(`How important is ${PROJECTS} for you?`);
    await a.press("High");
    expect(lastText((await a.press("Medium")).messages)).toBe("Which format do you prefer?");
    await a.press("Online");
    expect(lastText(await a.send("0"))).toBe("Type a whole number from 1 to 1,000.");
    expect(lastText(await a.send("۱۲"))).toContain("Which days suit you?");
    await a.press("Saturday");
    await a.press("Monday");
    await a.press("Done");
    await a.press("Morning");
    await a.press("Done");
    const summary = lastText(await a.send("Grant writing in English"));
    expect(summary).toContain(`• ${PROJECTS} — High`);
    expect(summary).toContain(`• ${FUNDRAISING} — Medium`);
    expect(summary).toContain("People attending: 12");
    expect(summary).toContain("Days: Saturday and Monday");
    expect(lastText((await a.press("Confirm")).messages)).toContain("are recorded");

    const stored = await db.needsAnswer.findUniqueOrThrow({
      where: { roundId_ngoId: { roundId, ngoId: ngoOf.a as string } },
      include: { choices: { include: { topic: true } } },
    });
    expect(stored).toMatchObject({
      format: "ONLINE",
      attendees: 12,
      days: [0, 2],
      times: ["morning"],
      otherNeed: "Grant writing in English",
    });
    expect(Object.fromEntries(stored.choices.map((c) => [c.topic.nameEn, c.priority]))).toEqual({
      [PROJECTS]: "HIGH",
      [FUNDRAISING]: "MEDIUM",
    });
  });

  round.it(
    "when the leader changes the answer before the deadline, then it starts from the stored answer and one answer remains",
    async () => {
      const a = h.user({ id: ids.a, language: "en" });
      const list = lastText(await a.send("/survey"));
      expect(list).toContain("Training needs, autumn — answered; you can change it until");
      const again = (await a.press("Training needs, autumn")).messages;
      expect(again.at(-1)?.text).toContain(`• ${PROJECTS} — High`);
      await a.press("✏️ People");
      expect(lastText(await a.send("20"))).toContain("People attending: 20");
      expect(lastText((await a.press("Confirm")).messages)).toContain("is updated");
      expect(await db.needsAnswer.count({ where: { roundId, ngoId: ngoOf.a as string } })).toBe(1);
      expect((await db.needsAnswer.findFirstOrThrow({ where: { roundId, ngoId: ngoOf.a as string } })).attendees).toBe(20);
    },
  );

  round.it("when the bot restarts in the middle of a survey, then the leader carries on where they were", async () => {
    const prefix = h.config.redisPrefix;
    const d = h.user({ id: ids.d, language: "en" });
    await d.press("Answer the survey");
    await d.press(VOLUNTEERS);
    await d.press("Done");
    await d.press("Low");
    await d.press("In person");
    await h.stop();
    h = await startApp({ admins: [adminId], env: { REDIS_PREFIX: prefix } });
    const same = h.user({ id: ids.d, language: "en" });
    expect(lastText(await same.send("7"))).toContain("Which days suit you?");
    expect(lastText(await same.send("/cancel"))).toContain("Stopped");
    expect(await db.needsAnswer.count({ where: { roundId, ngoId: ngoOf.d as string } })).toBe(0);
  });
});

describe("the topic catalogue", () => {
  it("when an official adds a topic, then leaders can choose it in their language, and the same topic cannot be added twice", async () => {
    const official = h.user({ id: ids.provincial, language: "en" });
    const list = textStarting(await official.send("/needs_topics"), "Training topics");
    expect(list).toContain("Specialised knowledge\n• Project management");
    await official.press("Add a topic");
    await official.press("Exchange of experience");
    await official.send("کارگاه روایت‌گری");
    await official.press("Skip");
    const added = await official.send("Storytelling workshop");
    expect(textStarting(added, "The topic")).toBe("The topic کارگاه روایت‌گری is in the catalogue; leaders can choose it from now on.");
    const topic = await db.trainingTopic.findFirstOrThrow({ where: { nameFa: "کارگاه روایت‌گری" } });
    expect(topic).toMatchObject({ pillar: "EXPERIENCE", nameEn: "Storytelling workshop", nameAz: "کارگاه روایت‌گری", code: null });

    await official.press("Add a topic");
    await official.press("Exchange of experience");
    await official.send("كارگاه روايت گری"); // Arabic letters, a space for the ZWNJ
    await official.press("Skip");
    expect(textStarting((await official.press("Skip")).messages, "This topic")).toBe("This topic is already in the catalogue.");
    await db.trainingTopic.delete({ where: { id: topic.id } });
  });
});

describe("reminders", () => {
  /** Starts the app again with reminder times chosen so that `due` of them fall now; the others later. */
  const restartWithReminders = async (firstDueAt: number, secondDueAt: number) => {
    await h.stop();
    const ahead = (at: number) => `${deadline.getTime() - at}ms`;
    h = await startApp({ admins: [adminId], env: { NEEDS_REMINDERS_BEFORE_DEADLINE: `${ahead(firstDueAt)},${ahead(secondDueAt)}` } });
  };
  let firstDueAt = 0;

  round.it("when the first reminder falls due, then only the leaders who have not answered get it, once", async () => {
    firstDueAt = Date.now() - 500;
    await restartWithReminders(firstDueAt, Date.now() + 3_600_000);
    await h.runTask("needs-due");
    for (const key of ["b", "d", "e", "f"] as const) {
      const language = key === "b" ? "fa" : "en";
      await h.user({ id: ids[key], language }).waitFor((m) => Boolean(m.text?.includes("⏰")));
    }
    // Later runs owe nobody anything more.
    for (let run = 0; run < 3; run++) await h.runTask("needs-due");
    await h.settled();
    for (const key of ["b", "d", "e", "f"] as const) expect(count(h.user({ id: ids[key] }), "⏰")).toBe(1);
    expect(count(h.user({ id: ids.a }), "⏰")).toBe(0);
    expect(lastText(h.user({ id: ids.e }).messages())).toContain("Reminder:");
    expect(await db.needsReminder.count({ where: { roundId } })).toBe(4);
  });

  round.it("when two more leaders answer (one in Persian), then their answers are stored", async () => {
    const b = h.user({ id: ids.b, language: "fa" });
    await b.press("پاسخ به پرسشنامه");
    await b.press("جذب منابع و شفافیت مالی");
    await b.press("پایان");
    await b.press("زیاد");
    await b.press("حضوری");
    await b.send("۵");
    await b.press("شنبه");
    await b.press("پایان");
    await b.press("صبح");
    await b.press("عصر");
    await b.press("پایان");
    const summary = (await b.press("از این مرحله بگذر")).messages.at(-1)?.text ?? "";
    expect(summary).toContain("شمار شرکت‌کنندگان: ۵");
    expect(lastText((await b.press("تأیید")).messages)).toContain("ثبت شد");

    const e = h.user({ id: ids.e, language: "en" });
    await answerSurvey(e, {
      topics: [
        [FUNDRAISING, "Low"],
        [VOLUNTEERS, "High"],
      ],
      format: "Either",
      people: "8",
      days: ["Monday", "Tuesday"],
      times: ["Afternoon"],
      other: FORMULA,
    });
    await e.press("Confirm");
    expect(await db.needsAnswer.count({ where: { roundId } })).toBe(3);
  });

  round.it(
    "when the workers restart and the last-day reminder falls due, then it reaches only those still silent, and nobody gets the first again",
    async () => {
      await restartWithReminders(firstDueAt, Date.now() - 500);
      await h.runTask("needs-due");
      for (const key of ["d", "f"] as const)
        await h.user({ id: ids[key], language: "en" }).waitFor((m) => Boolean(m.text?.includes("Last day")));
      for (let run = 0; run < 3; run++) await h.runTask("needs-due");
      await h.settled();
      for (const key of ["d", "f"] as const) expect(count(h.user({ id: ids[key] }), "⏰")).toBe(1);
      for (const key of ["a", "b", "e"] as const) expect(count(h.user({ id: ids[key] }), "⏰")).toBe(0);
      expect(await db.needsReminder.count({ where: { roundId } })).toBe(6);
    },
  );

  round.it(
    "when the official closes the round, then a leader who was about to confirm is refused, and so is a press on the reminder",
    async () => {
      const f = h.user({ id: ids.f, language: "en" });
      await answerSurvey(f, { topics: [[PROJECTS, "High"]], format: "Online", people: "3", days: ["Thursday"], times: ["Evening"] });

      const official = h.user({ id: ids.provincial, language: "en" });
      await official.send("/needs");
      await official.press("🟢 Training needs, autumn");
      expect(textStarting((await official.press("Close now")).messages, "Close")).toContain("Close Training needs, autumn now?");
      expect(official.messages().some((m) => m.text === "The round Training needs, autumn is closed.")).toBe(false);
      await official.press("Yes, close it");
      expect(official.messages().some((m) => m.text === "The round Training needs, autumn is closed.")).toBe(true);

      expect(lastText((await f.press("Confirm")).messages)).toBe("This round is closed: answers are no longer accepted.");
      expect(lastText((await f.pressData(`needs:answer:${roundId}`)).messages)).toBe(
        "This round is closed: answers are no longer accepted.",
      );
      expect(lastText(await f.send("/survey"))).toBe("There is no open training-needs round for your NGO right now.");
      expect(await db.needsAnswer.count({ where: { roundId, ngoId: ngoOf.f as string } })).toBe(0);
    },
  );

  it("when a round's deadline passes, then the workers close it once and tell the official who opened it", async () => {
    const actor = await h.actor(ids.provincial);
    const tomorrow = tehranDate(new Date(Date.now() + 86_400_000));
    const { round } = await h.app.services.needs.openRound(
      actor,
      { title: "Short round", deadline: tomorrow, countyIds: [await h.countyId("East Vale")] },
      new Date(),
    );
    const after = new Date(round.deadline.getTime() + 1000);
    const everyReminder = [3 * 86_400_000, 3_600_000];
    expect(await h.app.services.needs.processDue(after, everyReminder)).toEqual({ closed: 1, reminded: 0 });
    expect(await h.app.services.needs.processDue(after, everyReminder)).toEqual({ closed: 0, reminded: 0 });
    const official = h.user({ id: ids.provincial, language: "en" });
    const told = await official.waitFor((m) => Boolean(m.text?.includes("Short round")));
    expect(told.text).toBe("The round Short round has reached its deadline and is closed: 0 of 3 NGOs answered.");
    expect(count(official, "Short round has reached")).toBe(1);
  });
});

describe("the report", () => {
  const official = () => h.user({ id: ids.provincial, language: "en" });
  const openReport = async (user: TestUser) => {
    await user.send("/needs");
    return textStarting((await user.press("Training needs, autumn")).messages, "📚");
  };

  round.it("when the aggregates are computed, then they match the hand count", async () => {
    const report = await h.app.services.needs.report(await h.actor(ids.provincial), roundId);
    expect(report.counties.map((c) => c.nameEn)).toEqual(["East Vale", "West Vale"]);
    expect(report.invited).toEqual([3, 2]);
    expect(report.answered).toEqual([2, 1]);
    // A: projects high, fundraising medium, 20 people; B: fundraising high, 5; E: fundraising low, volunteers high, 8.
    const topics = report.topics.map((d) => [d.topic.nameEn, d.ngos, d.demand, d.people, d.demandByCounty, d.peopleByCounty]);
    expect(topics).toEqual([
      [FUNDRAISING, 3, 6, 33, [5, 1], [25, 8]],
      [PROJECTS, 1, 3, 20, [3, 0], [20, 0]],
      [VOLUNTEERS, 1, 3, 8, [0, 3], [0, 8]],
    ]);
    const byField = Object.fromEntries(
      report.byField.map((f) => [f.field.nameEn, f.topics.map((d) => [d.topic.nameEn, d.demand, d.ngos, d.people])]),
    );
    expect(byField).toEqual({
      Children: [
        [FUNDRAISING, 4, 2, 13],
        [VOLUNTEERS, 3, 1, 8],
      ],
      Health: [
        [FUNDRAISING, 5, 2, 25],
        [PROJECTS, 3, 1, 20],
      ],
    });
    expect(report.formats).toEqual({ IN_PERSON: 1, ONLINE: 1, EITHER: 1 });
    expect(report.days).toEqual([2, 0, 2, 1, 0, 0]);
    expect(report.times).toEqual({ morning: 2, afternoon: 1, evening: 1 });
  });

  round.it("when the provincial official opens the report, then each view shows those numbers", async () => {
    const user = official();
    const overview = await openReport(user);
    expect(overview).toContain("Answered: 3 of 5 NGOs (60%)");
    expect(overview).toContain("• East Vale: 2 of 3 (67%)");
    expect(overview).toContain(`1. ${FUNDRAISING} — demand 6 · 3 NGOs · 33 people`);
    expect(overview).toContain(`2. ${PROJECTS} — demand 3 · 1 NGO · 20 people`);
    expect(overview).toContain(`3. ${VOLUNTEERS} — demand 3 · 1 NGO · 8 people`);
    const view = async (label: string) => {
      await user.press(label);
      return user.last().text ?? "";
    };
    expect(await view("By county")).toContain(`West Vale\n• ${VOLUNTEERS} — demand 3 · 8 people\n• ${FUNDRAISING} — demand 1 · 8 people`);
    expect(await view("By field")).toContain(`Children\n• ${FUNDRAISING} — demand 4 · 2 NGOs · 13 people`);
    const when = await view("Format and time");
    expect(when).toContain("• In person: 1");
    expect(when).toContain("• Saturday: 2");
    expect(when).toContain("• Morning: 2");
    expect(await view("Other needs")).toContain("• Grant writing in English — ");
    expect(await view("Suggestions")).toContain(`• ${FUNDRAISING}: East Vale (demand 5, 25 people) and West Vale (demand 1, 8 people)`);
  });

  round.it("when the official asks for the chart, then a PNG picture of sensible size arrives", async () => {
    const user = official();
    await openReport(user);
    const picture = (await user.press("Chart")).messages.find((m) => m.photo)?.photo?.bytes;
    expect(picture?.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(picture?.readUInt32BE(16)).toBe(1100);
    expect(picture?.readUInt32BE(20)).toBeGreaterThan(150);
    expect(picture?.readUInt32BE(20)).toBeLessThan(1000);
  });

  round.it("when the official asks for the Excel and CSV files, then they hold the raw answers and the aggregates", async () => {
    const user = official();
    await openReport(user);
    const xlsx = (await user.press("Excel file")).messages.find((m) => m.document)?.document;
    expect(xlsx?.filename).toBe("training-needs.xlsx");
    const values = await readWorkbook(xlsx?.bytes);
    const answers = values("Answers");
    expect(answers[0]).toEqual([
      "NGO",
      "County",
      "Fields of activity",
      "Topic",
      "Pillar",
      "Priority",
      "Format",
      "People",
      "Days",
      "Times",
      "Other need",
      "Answered",
    ]);
    expect(answers).toHaveLength(1 + 5); // a row per chosen topic: A 2, B 1, E 2
    const demand = values("Demand by topic");
    expect(demand[0]).toEqual(["Topic", "Pillar", "NGOs", "Demand", "People", "East Vale", "West Vale"]);
    expect(demand[1]).toEqual([FUNDRAISING, "Specialised knowledge", 3, 6, 33, 5, 1]);
    expect(values("Response by county")).toEqual([
      ["County", "Invited", "Answered", "Response rate (%)"],
      ["East Vale", 3, 2, 66.7],
      ["West Vale", 2, 1, 50],
    ]);

    const csv = (await user.press("CSV")).messages.find((m) => m.document)?.document;
    expect(csv?.filename).toBe("training-needs.csv");
    const csvTable = csvRows(csv?.bytes);
    expect(csvTable[0]).toEqual(answers[0]);
    expect(csvTable).toHaveLength(answers.length);
    // E typed a spreadsheet formula as the other need: the file holds it as text.
    expect(csvTable.filter((r) => r[10] === `'${FORMULA}`)).toHaveLength(2);
  });

  round.it("when a county official reads the round, then only their county is counted; others are refused", async () => {
    const report = await h.app.services.needs.report(await h.actor(ids.county), roundId);
    expect(report.counties.map((c) => c.nameEn)).toEqual(["West Vale"]);
    expect(report.topics.map((d) => [d.topic.nameEn, d.demand])).toEqual([
      [VOLUNTEERS, 3],
      [FUNDRAISING, 1],
    ]);
    const county = h.user({ id: ids.county, language: "en" });
    const overview = await openReport(county);
    expect(overview).toContain("Answered: 1 of 2 NGOs (50%)");
    expect(overview).not.toContain("East Vale");
    expect(overview).not.toContain(PROJECTS);

    const leader = h.user({ id: ids.a, language: "en" });
    expect(lastText(await leader.send("/needs"))).toBe("You are not allowed to do this.");
    expect((await leader.pressData(`needs:f:${roundId}:xlsx`)).answer).toBe("You are not allowed to do this.");
  });
});
