import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { tehranDate } from "../src/domain/calendar.js";
import { BroadcastProvince } from "./support/broadcasting.js";
import { buttonsOf, FAST_SENDS } from "./support/harness.js";
import { lastText, waitUntil } from "./support/journeys.js";
import { csvRows } from "./support/workbook.js";

/**
 * Broadcasts composed through the bot, delivered, scheduled, cancelled and
 * scoped, in a province of the test's own (support/broadcasting.ts). The rate
 * is not the point here: the workers send as fast as they can, to a fake Bot
 * API without flood limits (broadcast-flood and broadcast-recovery keep
 * Telegram's).
 */

/** The workers' clock, set by a test that makes a scheduled broadcast's time come; the real one otherwise. */
let now: Date | undefined;
const w = new BroadcastProvince({ config: FAST_SENDS, clock: () => now ?? new Date() });

beforeAll(() => w.setUp());
afterAll(() => w.tearDown());

describe("a broadcast to a county", () => {
  const blocked = () => w.people.east.slice(5, 8);
  /** East Vale's broadcast, composed by the first test that needs it; three of its people have blocked the bot. */
  let composed: ReturnType<BroadcastProvince["compose"]> | undefined;
  const countyBroadcast = () => {
    composed ??= (async () => {
      for (const chat of blocked()) w.fake.block(chat);
      return w.compose(w.h.user({ id: w.provincialId, language: "en" }), "Note: the water meeting moves to Monday.", {
        audience: "Leaders and members",
        filter: "By county",
        pick: ["East Vale"],
      });
    })();
    return composed;
  };
  /** The same broadcast, once it has finished. */
  const finished = async () => {
    const { id } = await countyBroadcast();
    await w.waitForStatus(id, "DONE");
    return id;
  };

  it("when a provincial official composes it, then the preview shows the exact message and the recipients per county", async () => {
    const official = w.h.user({ id: w.provincialId, language: "en" });
    const composed = await countyBroadcast();
    expect(composed.summary).toContain("To: Leaders and members");
    expect(composed.summary).toContain("NGOs: East Vale");
    expect(composed.summary).toContain(`Recipients now: ${w.people.east.length}`);
    expect(composed.summary).toContain(`• East Vale: ${w.people.east.length}`);
    const preview = official.messages().filter((m) => m.method === "copyMessage");
    expect(preview.at(-1)?.text).toBe("Note: the water meeting moves to Monday.");
  });

  it("when it runs, then everyone in the audience gets it exactly once and nobody else, and the blocked are marked unreachable", async () => {
    const id = await finished();
    const got = w.copies();
    const reachable = w.people.east.filter((p) => !blocked().includes(p));
    expect(reachable.filter((p) => got.get(p) !== 1)).toEqual([]);
    expect([...got.keys()].filter((p) => !reachable.includes(p))).toEqual([]);
    const deliveries = await w.db.broadcastDelivery.groupBy({ by: ["status"], where: { broadcastId: id }, _count: true });
    expect(Object.fromEntries(deliveries.map((d) => [d.status, d._count]))).toEqual({ SENT: reachable.length, UNREACHABLE: 3 });
    const marked = await w.db.person.count({ where: { id: { in: blocked().map(BigInt) }, unreachableSince: { not: null } } });
    expect(marked).toBe(3);
  });

  it("when it has finished, then the official's status message shows the final counts and a summary arrives, and the audit log has it", async () => {
    const id = await finished();
    const official = w.h.user({ id: w.provincialId, language: "en" });
    const summary = await official.waitFor((m) =>
      Boolean(m.text?.startsWith("📣") && m.text.includes("✅ Finished") && m.method === "sendMessage" && m.edits === 0),
    );
    expect(summary.text).toContain(`Sent: ${w.people.east.length - 3} · Failed: 0 · Unreachable: 3 · Left: 0`);
    await waitUntil(async () => (await w.db.broadcast.findUniqueOrThrow({ where: { id } })).finalReported);
    const status = official.messages().find((m) => m.edits > 0 && m.text?.includes("✅ Finished"));
    expect(status?.text).toContain(`Sent: ${w.people.east.length - 3}`);
    const actions = await w.db.auditLog.findMany({ where: { entityType: "broadcast", entityId: id }, orderBy: { id: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["broadcast.create", "broadcast.done"]);
    expect(actions[1]?.after).toEqual({ SENT: w.people.east.length - 3, UNREACHABLE: 3 });
  });

  it("when the official asks who did not get it, then a CSV lists the unreachable", async () => {
    await finished();
    const official = w.h.user({ id: w.provincialId, language: "en" });
    // One of them is named with a spreadsheet formula: the file holds it as text.
    const [named] = blocked();
    await w.db.person.update({ where: { id: BigInt(named as number) }, data: { firstName: "=cmd|' /C calc'!A0" } });
    const csv = (await official.press("Not delivered")).messages.find((m) => m.document)?.document;
    const [header, ...rows] = csvRows(csv?.bytes);
    expect(header).toEqual(["Name", "Username", "Messenger", "User id on the messenger", "County", "Status", "Error"]);
    expect(rows.map((r) => r[3]).sort()).toEqual(blocked().map(String).sort());
    expect(rows[0]?.slice(2, 6)).toEqual(["Telegram", rows[0]?.[3], "East Vale", "Unreachable (blocked the bot)"]);
    expect(rows.find((r) => r[3] === String(named))?.[0]).toBe("'=cmd|' /C calc'!A0");
  });

  it("when an unreachable person writes to the bot again, then later broadcasts include them again", async () => {
    await finished();
    const [first, ...others] = blocked();
    w.fake.unblock(first as number);
    await w.h.user({ id: first as number, language: "en" }).send("/start");
    const actor = await w.h.actor(w.provincialId);
    const target = {
      audience: "LEADERS_AND_MEMBERS" as const,
      countyIds: [await w.h.countyId("East Vale")],
      fieldIds: [],
      youthOnly: false,
      essential: false,
    };
    const preview = await w.h.app.services.broadcasts.preview(actor, target);
    expect(preview.total).toBe(w.people.east.length - others.length);
  });
});

describe("errors", () => {
  it("when Telegram fails with 5xx, then the send is retried with backoff; when it refuses with 400, then that recipient fails without retry", async () => {
    const official = w.h.user({ id: w.provincialId, language: "en" });
    const start = w.fake.calls.length;
    const [hiccup, refused] = w.people.westLeaders as [number, number];
    w.fake.failNextSends(hiccup, 500);
    w.fake.failNextSends(refused, 400);
    const { id } = await w.compose(official, "West leaders: two hiccups.", {
      audience: "Leaders only",
      filter: "By county",
      pick: ["West Vale"],
    });
    await w.waitForStatus(id, "DONE");
    const deliveries = await w.db.broadcastDelivery.findMany({ where: { broadcastId: id } });
    const statusOf = (person: number) => deliveries.find((d) => Number(d.personId) === person);
    expect(statusOf(hiccup)?.status).toBe("SENT");
    expect(statusOf(refused)?.status).toBe("FAILED");
    expect(statusOf(refused)?.error).toContain("message can't be copied");
    const calls = w.fake.calls.slice(start).filter((c) => c.method === "copyMessage");
    const to = (person: number) => calls.filter((c) => Number(c.payload.chat_id) === person);
    expect(to(refused).map((c) => c.errorCode)).toEqual([400]);
    const toSent = to(hiccup);
    expect(toSent.map((c) => c.errorCode)).toEqual([500, undefined]);
    // The backoff (less a quarter, for margin), not at once.
    expect((toSent[1]?.at ?? 0) - (toSent[0]?.at ?? 0)).toBeGreaterThanOrEqual(w.h.config.deliveryRetryMs * 0.75);
  });

  it("when the official's message is a photo with a caption, then the recipients get the photo with its caption", async () => {
    const official = w.h.user({ id: w.provincialId, language: "en" });
    await official.send("/broadcast");
    await official.sendPhoto(Buffer.from("a picture of the new office"), "The new office of the House of NGOs");
    await official.press("Leaders only");
    await official.press("By county");
    await official.press("West Vale");
    await official.press("Done");
    await official.press("Now");
    expect(
      official
        .messages()
        .filter((m) => m.method === "copyMessage")
        .at(-1)
        ?.photo?.bytes.toString(),
    ).toBe("a picture of the new office");
    await official.press("Confirm");
    const broadcast = await w.db.broadcast.findFirstOrThrow({ where: { label: "The new office of the House of NGOs" } });
    await w.waitForStatus(broadcast.id, "DONE");
    for (const leader of w.people.westLeaders) {
      const copy = w.fake.messagesTo(leader).find((m) => m.caption === "The new office of the House of NGOs");
      expect(copy?.photo?.bytes.toString()).toBe("a picture of the new office");
    }
  });
});

describe("controls", () => {
  it("when a running broadcast is cancelled, then the rest never get it", async () => {
    const official = w.h.user({ id: w.provincialId, language: "en" });
    const { id } = await w.compose(official, "Leaders: a survey is coming.", { audience: "Leaders only", filter: "All verified NGOs" });
    expect((await official.press("Cancel broadcast")).answer).toBe("Cancelled.");
    const cancelled = await w.waitForStatus(id, "CANCELLED");
    expect(cancelled.finishedAt).not.toBeNull();
    await w.h.settled();
    const sent = await w.db.broadcastDelivery.count({ where: { broadcastId: id, status: "SENT" } });
    const notSent = await w.db.broadcastDelivery.count({ where: { broadcastId: id, status: "CANCELLED" } });
    expect(sent + notSent).toBe(await w.db.broadcastDelivery.count({ where: { broadcastId: id } }));
    expect(await w.db.broadcastDelivery.count({ where: { broadcastId: id, status: "PENDING" } })).toBe(0);
  });

  it("when a broadcast is scheduled, then nothing goes before its time and the audience gets it after; a cancelled one never goes", async () => {
    const official = w.h.user({ id: w.provincialId, language: "en" });
    await official.send("/broadcast");
    await official.send("Tomorrow: the youth festival.");
    await official.press("Leaders only");
    await official.press("Youth NGOs only");
    await official.press("Later");
    expect(lastText(await official.send("1400/01/01 10:00"))).toBe("That time has passed. Choose a time in the future.");
    const tomorrow = tehranDate(new Date(Date.now() + 86_400_000));
    const summary = lastText(await official.send(`${tomorrow.jy}/${tomorrow.jm}/${tomorrow.jd} 10:30`));
    expect(summary).toMatch(/When: .*10:30/);
    expect(summary).toContain(`Recipients now: ${w.people.youthLeaders.length}`);
    await official.press("Confirm");
    const festival = await w.db.broadcast.findFirstOrThrow({ where: { label: "Tomorrow: the youth festival." } });
    expect(festival.status).toBe("SCHEDULED");
    await official.send("/broadcasts");
    await official.press("🕒 Tomorrow: the youth festival.");
    await official.press("Cancel broadcast");
    expect((await w.db.broadcast.findUniqueOrThrow({ where: { id: festival.id } })).status).toBe("CANCELLED");

    // One due in an hour: its start job waits in Redis, delayed until then. Its time is made to come rather
    // than waited for: the job is promoted and the workers' clock shows sendAt.
    const sendAt = new Date(Date.now() + 3_600_000);
    const soon = await w.h.app.services.broadcasts.create(
      await w.h.actor(w.provincialId),
      {
        audience: "LEADERS",
        countyIds: [await w.h.countyId("East Vale"), await w.h.countyId("West Vale")],
        fieldIds: [],
        youthOnly: true,
        essential: false,
        sourceChatId: festival.sourceChatId,
        sourceMessageId: festival.sourceMessageId,
        label: "Youth festival",
        sendAt,
      },
      new Date(),
    );
    await w.h.app.jobs.broadcasts.schedule(soon.id, sendAt);
    const redis = new Redis(inject("redisUrl"), { maxRetriesPerRequest: null });
    const queue = new Queue("delivery", { connection: redis, prefix: w.h.config.queuePrefix });
    try {
      // Nothing before its time: the start job is due no earlier than sendAt, there is no delivery now,
      // and (below) it started no earlier than sendAt.
      const start = await queue.getJob(`broadcast.${soon.id}.start`);
      expect(await start?.getState()).toBe("delayed");
      expect((start?.timestamp ?? 0) + (start?.delay ?? 0)).toBeGreaterThanOrEqual(sendAt.getTime());
      expect(await w.db.broadcastDelivery.count({ where: { broadcastId: soon.id } })).toBe(0);
      now = sendAt;
      await start?.promote();
      const done = await w.waitForStatus(soon.id, "DONE");
      expect(done.startedAt?.getTime()).toBeGreaterThanOrEqual(sendAt.getTime());
    } finally {
      now = undefined;
      await queue.close();
      await redis.quit();
    }
    const delivered = await w.db.broadcastDelivery.findMany({ where: { broadcastId: soon.id, status: "SENT" } });
    expect(delivered.map((d) => Number(d.personId)).sort()).toEqual([...w.people.youthLeaders].sort());
    expect(await w.db.broadcastDelivery.count({ where: { broadcastId: festival.id } })).toBe(0);
  });
});

describe("scope and muting", () => {
  it("when a county official broadcasts, then only their county can be reached, and others' broadcasts cannot be touched", async () => {
    const official = w.h.user({ id: w.countyOfficialId, language: "en" });
    await official.send("/broadcast");
    await official.send("West Vale only.");
    await official.press("Leaders only");
    expect(buttonsOf(official.last())).toEqual(["All verified NGOs", "By field of activity", "Youth NGOs only"]);
    await official.press("All verified NGOs");
    const summary = lastText((await official.press("Now")).messages);
    expect(summary).toContain(`Recipients now: ${w.people.westLeaders.length}`);
    expect(summary).not.toContain("East Vale");
    await official.press("Cancel");

    const actor = await w.h.actor(w.countyOfficialId);
    const east = {
      audience: "LEADERS" as const,
      countyIds: [await w.h.countyId("East Vale")],
      fieldIds: [],
      youthOnly: false,
      essential: false,
    };
    await expect(w.h.app.services.broadcasts.preview(actor, east)).rejects.toMatchObject({ code: "forbidden" });
    const draft = { ...east, sourceChatId: BigInt(w.countyOfficialId), sourceMessageId: 1, label: "x", sendAt: null };
    await expect(w.h.app.services.broadcasts.create(actor, draft, new Date())).rejects.toMatchObject({ code: "forbidden" });
    // A provincial broadcast to East Vale, outside this official's county (due tomorrow: this test needs none sent).
    const provincial = await w.h.app.services.broadcasts.create(
      await w.h.actor(w.provincialId),
      { ...draft, sourceChatId: BigInt(w.provincialId), sendAt: new Date(Date.now() + 86_400_000) },
      new Date(),
    );
    expect((await official.pressData(`bc:failed:${provincial.id}`)).answer).toBe("You are not allowed to do this.");
    const member = w.h.user({ id: w.people.east[1] as number, language: "en" });
    expect(lastText(await member.send("/broadcast"))).toBe("You are not allowed to do this.");
  });

  it("when the choices match nobody, then the official is told at once and asked for the NGOs again; an area with nobody at all is told before the message", async () => {
    const official = w.h.user({ id: w.countyOfficialId, language: "en" });
    await official.send("/broadcast");
    await official.send("For environmental NGOs.");
    await official.press("Leaders only");
    await official.press("By field of activity");
    // Typed, not pressed: West Vale has no environment NGO.
    const replies = await official.send("environment");
    expect(replies.map((m) => m.text)).toEqual(["Nobody matches these choices. Change the audience or the NGOs.", "Which NGOs?"]);
    await official.send("/cancel");

    const zanjanOfficial = w.h.user({ language: "en" });
    await zanjanOfficial.send("/start");
    const zanjan = await w.db.province.findUniqueOrThrow({ where: { code: "zanjan" } });
    await w.h.appoint(zanjanOfficial, { scope: "PROVINCE", provinceId: zanjan.id });
    expect((await zanjanOfficial.send("/broadcast")).map((m) => m.text)).toEqual([
      "There is nobody to send to yet: no NGO in your area is verified. Broadcasts reach NGOs once officials approve them (/pending).",
    ]);
    expect(
      await w.db.broadcast.count({
        where: { createdById: { in: [BigInt(w.countyOfficialId), BigInt(zanjanOfficial.id)] }, label: { startsWith: "For environmental" } },
      }),
    ).toBe(0);
  });

  it("when a member mutes broadcasts, then normal ones leave them out and essential ones still reach them", async () => {
    const memberId = w.people.west[1] as number;
    const member = w.h.user({ id: memberId, language: "en" });
    await member.send("/settings");
    await member.press("Mute broadcasts");
    expect(member.last().text).toContain("Broadcasts are muted");
    expect((await w.db.person.findUniqueOrThrow({ where: { id: BigInt(memberId) } })).mutedBroadcasts).toBe(true);

    const actor = await w.h.actor(w.provincialId);
    const west = { audience: "LEADERS_AND_MEMBERS" as const, countyIds: [await w.h.countyId("West Vale")], fieldIds: [], youthOnly: false };
    expect((await w.h.app.services.broadcasts.preview(actor, { ...west, essential: false })).total).toBe(w.people.west.length - 1);
    expect((await w.h.app.services.broadcasts.preview(actor, { ...west, essential: true })).total).toBe(w.people.west.length);
    await member.press("Get broadcasts again");
    expect((await w.h.app.services.broadcasts.preview(actor, { ...west, essential: false })).total).toBe(w.people.west.length);
  });
});

describe("after Redis lost its data", () => {
  it("when a running broadcast recorded a send after the workers read their clock to recover, then its pending deliveries are still queued again and it finishes", async () => {
    const { id, pending, before } = await w.startedWithoutJobs("West leaders: bring the forms.");
    const [under, ...rest] = pending;
    if (under === undefined || rest.length === 0) throw new Error("West Vale has too few leaders for this test");
    // The job that was sending to one of them when Redis lost its data records its send after the workers, finding
    // Redis empty, have read their clock: it stands a minute before.
    await w.h.app.services.broadcasts.record(id, under, "SENT", new Date());
    now = new Date(Date.now() - 60_000);
    try {
      // Workers on a Redis that has nothing of theirs recover as they start.
      await w.restart({ env: { REDIS_PREFIX: `${w.h.config.redisPrefix}-emptied` } });
      await w.waitForStatus(id, "DONE");
    } finally {
      now = undefined;
    }
    const after = w.copies();
    const got = (person: bigint) => (after.get(Number(person)) ?? 0) - (before.get(Number(person)) ?? 0);
    expect(rest.map(got)).toEqual(rest.map(() => 1));
    expect(got(under)).toBe(0); // its send was recorded, not made here
  });
});
