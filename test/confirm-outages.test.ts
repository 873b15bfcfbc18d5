import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../src/data/prisma.js";
import { tehranDate } from "../src/domain/calendar.js";
import { buttonsOf, databaseUrl, type Harness, newTelegramId, startApp, type TestUser } from "./support/harness.js";
import { lastText, registeredNgo, registerUpToSummary, textStarting, unique } from "./support/journeys.js";
import { cutAtNextPressAnswer, type Service, startAppBehindProxy } from "./support/outage.js";
import { addTestProvince, appointOfficials } from "./support/province.js";
import type { TcpProxy } from "./support/tcp-proxy.js";

/**
 * Confirm under a conversation's summary, when Postgres or Redis fails at
 * that moment: nothing the person answered is lost, and nothing is saved twice.
 */

const TRY_AGAIN = "Something went wrong on our side. Please try again shortly.";
const CONFIRM_FAILED = "Something went wrong on our side while saving. Your answers are kept";

let db: Db;
beforeAll(() => {
  db = createDb(databaseUrl());
});
afterAll(() => db?.$disconnect());

/** Presses Confirm until the answer has `expected`: Redis clients reconnect with a backoff once it is back. */
async function confirmOnceBack(person: TestUser, expected: string): Promise<string> {
  let answer = "";
  await expect
    .poll(
      async () => {
        answer = textStarting((await person.press("Confirm")).messages, expected);
        return answer;
      },
      { timeout: 15_000, interval: 100 },
    )
    .not.toBe("");
  return answer;
}

/**
 * Plays an outage at Confirm: Postgres fails as the save runs (the press got
 * in); Redis is away when the press comes (it holds the conversation).
 * Returns the bot's replies and its answer to the press.
 */
async function pressConfirmDuringOutage(person: TestUser, service: Service, proxy: TcpProxy) {
  if (service === "Postgres") cutAtNextPressAnswer(person.fake, proxy);
  else await proxy.cut();
  return person.press("Confirm");
}

/** What the person sees after Confirm failed: asked to try again, and a summary whose Confirm works. */
function expectSummaryKept(service: Service, pressed: { messages: { text?: string }[]; answer: string | undefined }, person: TestUser) {
  if (service === "Postgres") {
    // The press reached the conversation: it says so, and sends the summary again under it.
    expect(pressed.messages[0]?.text).toContain(CONFIRM_FAILED);
    expect(pressed.messages).toHaveLength(2);
  } else {
    // Redis away: the press never reached the conversation, and the summary is untouched.
    expect(pressed.answer).toBe(TRY_AGAIN);
    expect(pressed.messages).toEqual([]);
  }
  expect(buttonsOf(person.last())).toContain("✅ Confirm");
}

describe("registration", () => {
  const leaders: number[] = [];
  afterAll(() => db.ngo.deleteMany({ where: { leaderId: { in: leaders.map(BigInt) } } }));

  it.each<Service>(["Postgres", "Redis"])(
    "when %s fails as the leader confirms, then the summary stays with a working Confirm, which registers the NGO once when the service is back",
    async (service) => {
      const { h, proxy, stop } = await startAppBehindProxy(service, { roles: ["bot"] });
      try {
        const leader = h.user({ language: "en" });
        leaders.push(leader.id);
        const name = `Green Outage ${unique()}`;
        expect((await registerUpToSummary(leader, { name }))?.text).toContain("Please check your NGO's details");
        expectSummaryKept(service, await pressConfirmDuringOutage(leader, service, proxy), leader);
        expect(await db.ngo.count({ where: { leaderId: BigInt(leader.id) } })).toBe(0);

        await proxy.restore();
        expect(await confirmOnceBack(leader, "Thank you!")).toContain(`${name} is registered`);
        expect(await db.ngo.count({ where: { leaderId: BigInt(leader.id) } })).toBe(1);
      } finally {
        await stop();
      }
    },
  );
});

describe("an official's conversations", () => {
  let h: Harness;
  let province: Awaited<ReturnType<typeof addTestProvince>>;
  const adminId = newTelegramId();
  const officialId = newTelegramId();
  const leaderId = newTelegramId();
  const tomorrow = tehranDate(new Date(Date.now() + 86_400_000));

  beforeAll(async () => {
    province = await addTestProvince(db);
    // No worker: each test's own app is the only one draining the shared outbox.
    h = await startApp({ admins: [adminId], roles: ["bot"] });
    await appointOfficials(h, { admin: adminId, provincial: newTelegramId(), westVale: officialId }, province.provinceId);
    await registeredNgo(h, adminId, h.user({ id: leaderId, language: "en" }), { county: "West Vale", fields: ["Health"] });
  });
  afterAll(async () => {
    await h?.stop();
    await db.meeting.deleteMany({ where: { county: { provinceId: province.provinceId } } });
    await db.broadcast.deleteMany({ where: { createdById: BigInt(officialId) } });
    await province?.remove();
  });

  /** A meeting in West Vale tomorrow for all its NGOs' leaders, as the services take it. */
  const meetingDraft = async (app: Harness, title: string, theme: string) => ({
    countyId: await app.countyId("West Vale"),
    title: `${title} ${unique()}`,
    theme,
    startsAt: new Date(Date.now() + 86_400_000),
    venue: "County hall",
    location: null,
    fieldIds: [],
    membersInvited: false,
  });

  /** The county official's /meeting_new up to its summary: West Vale, all NGOs, leaders only. */
  async function meetingUpToSummary(official: TestUser, title: string) {
    await official.send("/meeting_new");
    await official.send(title);
    await official.send("The clinic in the valley has had no doctor since spring.");
    await official.send(`${tomorrow.jy}/${tomorrow.jm}/${tomorrow.jd} 10:30`);
    await official.send("County hall");
    await official.press("Skip");
    await official.press("All verified NGOs");
    return textStarting((await official.press("Leaders only")).messages, "Check the meeting");
  }

  it.each<Service>(["Postgres", "Redis"])(
    "when %s fails as the official confirms a meeting, then the summary stays with a working Confirm, which schedules it once when the service is back",
    async (service) => {
      const { h: app, proxy, stop } = await startAppBehindProxy(service, { roles: ["bot"] });
      try {
        const official = app.user({ id: officialId, language: "en" });
        const title = `Doctors ${unique()}`;
        expect(await meetingUpToSummary(official, title)).toContain("Invitations: 1 person of 1 NGO");
        expectSummaryKept(service, await pressConfirmDuringOutage(official, service, proxy), official);
        expect(await db.meeting.count({ where: { title } })).toBe(0);

        await proxy.restore();
        expect(await confirmOnceBack(official, "The meeting")).toBe(`The meeting ${title} is scheduled; 1 invitation is on their way.`);
        const meetings = await db.meeting.findMany({ where: { title }, include: { invitations: true } });
        expect(meetings.map((m) => m.invitations.length)).toEqual([1]);
      } finally {
        await stop();
      }
    },
  );

  it("when Redis fails just after the meeting is saved, so the conversation's state is not, then Confirm again schedules nothing new and says it is scheduled", async () => {
    const { h: app, proxy, stop } = await startAppBehindProxy("Redis", { roles: ["bot"] });
    try {
      const official = app.user({ id: officialId, language: "en" });
      const title = `Roads ${unique()}`;
      await meetingUpToSummary(official, title);
      cutAtNextPressAnswer(app.fake, proxy);
      await official.press("Confirm");
      expect(await db.meeting.count({ where: { title } })).toBe(1);

      await proxy.restore();
      // Redis kept the conversation as it was before that press: waiting at the summary.
      let answer = "";
      await expect
        .poll(
          async () => {
            answer = textStarting((await official.pressData("mnew:confirm")).messages, "The meeting");
            return answer;
          },
          { timeout: 15_000, interval: 100 },
        )
        .not.toBe("");
      expect(answer).toBe(`The meeting ${title} is scheduled; 1 invitation is on their way.`);
      expect(await db.meeting.count({ where: { title } })).toBe(1);
    } finally {
      await stop();
    }
  });

  it("when sending the answer to a confirmed broadcast fails, then Confirm again creates no second broadcast and everyone gets it once", async () => {
    const app = await startApp({ roles: ["bot", "worker"] });
    try {
      const official = app.user({ id: officialId, language: "en" });
      // The first worker of the file delivers what earlier tests left for the official (their appointment): let it arrive first.
      await expect.poll(() => db.outbox.count({ where: { personId: BigInt(officialId) } }), { timeout: 15_000 }).toBe(0);
      const label = `Vaccination day ${unique()}`;
      await official.send("/broadcast");
      await official.send(label);
      await official.press("Leaders only");
      await official.press("All verified NGOs");
      expect(lastText((await official.press("Now")).messages)).toContain("Check the broadcast");
      // A refusal: grammY would retry a 500 for half a minute.
      app.fake.failNextSends(official.id, 400);
      const failed = await official.press("Confirm");
      expect(failed.messages[0]?.text).toContain(CONFIRM_FAILED);
      expect(await db.broadcast.count({ where: { label } })).toBe(1);

      // Notifications of earlier tests (its appointment) may arrive meanwhile: look for the status among the replies.
      const replies = (await official.press("Confirm")).messages.map((m) => m.text ?? "");
      // The status message, as the broadcast stands at that moment (the workers may not have started it yet).
      expect(replies.filter((text) => /Scheduled|Sending|Finished/.test(text))).toHaveLength(1);
      const [broadcast] = await db.broadcast.findMany({ where: { label } });
      expect(broadcast).toBeDefined();
      await expect
        .poll(async () => (await db.broadcast.findUniqueOrThrow({ where: { id: broadcast?.id } })).status, { timeout: 20_000 })
        .toBe("DONE");
      expect(await db.broadcast.count({ where: { label } })).toBe(1);
      expect(await db.broadcastDelivery.count({ where: { broadcastId: broadcast?.id, status: "SENT" } })).toBe(1);
      expect(app.fake.calls.filter((c) => c.method === "copyMessage" && Number(c.payload.chat_id) !== official.id)).toHaveLength(1);
    } finally {
      await app.stop();
    }
  });

  it("when Postgres fails as a leader's agenda item is saved (a conversation without a summary), then what was typed is kept and Try again saves it once", async () => {
    const { h: app, proxy, stop } = await startAppBehindProxy("Postgres", { roles: ["bot"] });
    try {
      const { meeting } = await app.app.services.meetings.create(
        await app.actor(officialId),
        await meetingDraft(app, "Wells", "The village wells run dry before the end of summer."),
        new Date(),
      );
      const leader = app.user({ id: leaderId, language: "en" });
      const problem = `The road to the clinic closes every winter ${unique()}.`;
      await leader.pressData(`mt:addagenda:${meeting.id}`, 1);
      await leader.send(problem);
      cutAtNextPressAnswer(app.fake, proxy);
      const failed = await leader.press("Health");
      expect(lastText(failed.messages)).toBe(
        'Something went wrong on our side while saving. What you typed is kept: press "Try again" in a moment.',
      );
      expect(buttonsOf(leader.last())).toEqual(["🔁 Try again"]);

      await proxy.restore();
      await expect
        .poll(async () => lastText((await leader.press("🔁 Try again")).messages), { timeout: 15_000 })
        .toBe("The problem is on the agenda.");
      expect(await db.agendaItem.count({ where: { meetingId: meeting.id, text: problem } })).toBe(1);
    } finally {
      await stop();
    }
  });

  it("when the same draft is saved twice at the same moment, then one meeting is made and both get it", async () => {
    const actor = await h.actor(officialId);
    const draft = await meetingDraft(h, "Bridges", "The bridge over the river needs repair before winter.");
    const key = `draft-${unique()}`;
    const [first, second] = await Promise.all([
      h.app.services.meetings.create(actor, draft, new Date(), key),
      h.app.services.meetings.create(actor, draft, new Date(), key),
    ]);
    expect(second.meeting.id).toBe(first.meeting.id);
    expect([first.invited, second.invited]).toEqual([1, 1]);
    expect(await db.meeting.count({ where: { title: draft.title } })).toBe(1);
  });
});
