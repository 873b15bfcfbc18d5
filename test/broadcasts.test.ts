import { spawn } from "node:child_process";
import { once } from "node:events";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "../src/data/prisma.js";
import { tehranDate } from "../src/domain/calendar.js";
import { tell } from "../src/domain/outbox.js";
import { FakeBotApi } from "../src/sandbox/bot-api.js";
import { buttonsOf, databaseUrl, type Harness, newTelegramId, startApp, type TestUser } from "./support/harness.js";
import { lastText, registeredNgo, waitUntil } from "./support/journeys.js";
import { addTestProvince, appointOfficials } from "./support/province.js";
import { csvRows } from "./support/workbook.js";

/**
 * Broadcasts in a province of the test's own, against a fake Bot API with
 * Telegram's limits (30 messages a second in all, a few a second per chat).
 * East Vale: four NGOs of 10 members each; West Vale: two of 20 (enough to
 * run into the flood test's limit); each NGO has a leader. The delivery
 * workers send at most 30 a second.
 */

const MEMBERS = { "East Vale": 10, "West Vale": 20 } as const;
/** Everyone in the province's verified NGOs, leaders and members. */
const EVERYONE = 4 * (MEMBERS["East Vale"] + 1) + 2 * (MEMBERS["West Vale"] + 1);
let db: Db;
let fake: FakeBotApi;
let h: Harness;
let province: Awaited<ReturnType<typeof addTestProvince>>;
const adminId = newTelegramId();
const provincialId = newTelegramId();
const countyOfficialId = newTelegramId();
/** Everyone a broadcast may reach, by county and role. */
const people = {
  east: [] as number[],
  west: [] as number[],
  eastLeaders: [] as number[],
  westLeaders: [] as number[],
  youthLeaders: [] as number[],
};
// The sweep for lost start jobs is slowed down, so the test sees the delayed start job do its work.
const env = {
  SEND_RATE_PER_SECOND: "30",
  JOB_LOCK_MS: "1500",
  BROADCAST_STATUS_INTERVAL_MS: "300",
  // Longer than the first retry's backoff (2 s), so a send waiting for its retry is not taken for a lost one.
  BROADCAST_STALL_MS: "4000",
  SCHEDULER_TICK_MS: "60000",
  // Notifications reach the queue soon after they are written (the priority test measures from there).
  OUTBOX_INTERVAL_MS: "100",
};

async function ngoWithMembers(county: keyof typeof MEMBERS, field: string, isYouth: boolean) {
  const leader = h.user({ language: "en" });
  const ngoId = await registeredNgo(h, adminId, leader, { county, fields: [field], isYouth });
  const members = Array.from({ length: MEMBERS[county] }, () => newTelegramId());
  await db.person.createMany({ data: members.map((id) => ({ id: BigInt(id), externalId: BigInt(id), firstName: `Member ${id}` })) });
  await db.membership.createMany({ data: members.map((id) => ({ ngoId, personId: BigInt(id) })) });
  const group = county === "East Vale" ? "east" : "west";
  people[group].push(leader.id, ...members);
  people[group === "east" ? "eastLeaders" : "westLeaders"].push(leader.id);
  if (isYouth) people.youthLeaders.push(leader.id);
  return { leader, members, ngoId };
}

/** Successful copies of the official's messages per recipient chat (the official's own previews left out). */
function copies(from = provincialId): Map<number, number> {
  const counts = new Map<number, number>();
  for (const call of fake.calls) {
    if (call.method !== "copyMessage" || call.errorCode || Number(call.payload.from_chat_id) !== from) continue;
    const chat = Number(call.payload.chat_id);
    if (chat !== from) counts.set(chat, (counts.get(chat) ?? 0) + 1);
  }
  return counts;
}

async function waitForStatus(id: string, status: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const broadcast = await db.broadcast.findUniqueOrThrow({ where: { id } });
    if (broadcast.status === status) return broadcast;
    if (Date.now() > deadline) throw new Error(`broadcast ${id} is ${broadcast.status}, not ${status}, after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Composes a text broadcast through the bot and confirms it; returns its id and the preview summary. */
async function compose(
  official: TestUser,
  text: string,
  choices: { audience: string; filter: string; pick?: string[]; essential?: boolean },
) {
  await official.send("/broadcast");
  await official.send(text, { entities: [{ type: "bold", offset: 0, length: 4 }] });
  await official.press(choices.audience);
  if (choices.audience === "Leaders and members") await official.press(choices.essential ? "Essential" : "Normal");
  await official.press(choices.filter);
  if (choices.pick) {
    for (const label of choices.pick) await official.press(label);
    await official.press("Done");
  }
  const summary = lastText((await official.press("Now")).messages);
  const before = await db.broadcast.findMany({ select: { id: true } });
  await official.press("Confirm");
  const created = await db.broadcast.findFirstOrThrow({ where: { id: { notIn: before.map((b) => b.id) } } });
  return { id: created.id, summary };
}

beforeAll(async () => {
  db = createDb(databaseUrl());
  province = await addTestProvince(db);
  // Telegram allows short bursts to one chat; three a second keeps the officials' conversations quick.
  fake = await FakeBotApi.start({ globalPerSecond: 30, perChatPerSecond: 3 });
  h = await startApp({ admins: [adminId], fake, env });
  await appointOfficials(h, { admin: adminId, provincial: provincialId, westVale: countyOfficialId }, province.provinceId);
  await ngoWithMembers("East Vale", "Health", true);
  await ngoWithMembers("East Vale", "Children", false);
  await ngoWithMembers("East Vale", "Health", false);
  await ngoWithMembers("East Vale", "Environment", false);
  await ngoWithMembers("West Vale", "Health", false);
  await ngoWithMembers("West Vale", "Children", true);
});

afterAll(async () => {
  await h?.stop();
  await fake?.stop();
  await db.broadcast.deleteMany({ where: { createdById: { in: [BigInt(provincialId), BigInt(countyOfficialId)] } } });
  await province?.remove();
  await db.$disconnect();
});

describe("a broadcast to a county", () => {
  const blocked = () => people.east.slice(5, 8);
  /** East Vale's broadcast, composed by the first test that needs it; three of its people have blocked the bot. */
  let composed: ReturnType<typeof compose> | undefined;
  const countyBroadcast = () => {
    composed ??= (async () => {
      for (const chat of blocked()) fake.block(chat);
      return compose(h.user({ id: provincialId, language: "en" }), "Note: the water meeting moves to Monday.", {
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
    await waitForStatus(id, "DONE");
    return id;
  };

  it("when a provincial official composes it, then the preview shows the exact message and the recipients per county", async () => {
    const official = h.user({ id: provincialId, language: "en" });
    const composed = await countyBroadcast();
    expect(composed.summary).toContain("To: Leaders and members");
    expect(composed.summary).toContain("NGOs: East Vale");
    expect(composed.summary).toContain(`Recipients now: ${people.east.length}`);
    expect(composed.summary).toContain(`• East Vale: ${people.east.length}`);
    const preview = official.messages().filter((m) => m.method === "copyMessage");
    expect(preview.at(-1)?.text).toBe("Note: the water meeting moves to Monday.");
  });

  it("when it runs, then everyone in the audience gets it exactly once and nobody else, and the blocked are marked unreachable", async () => {
    const id = await finished();
    const got = copies();
    const reachable = people.east.filter((p) => !blocked().includes(p));
    expect(reachable.filter((p) => got.get(p) !== 1)).toEqual([]);
    expect([...got.keys()].filter((p) => !reachable.includes(p))).toEqual([]);
    const deliveries = await db.broadcastDelivery.groupBy({ by: ["status"], where: { broadcastId: id }, _count: true });
    expect(Object.fromEntries(deliveries.map((d) => [d.status, d._count]))).toEqual({ SENT: reachable.length, UNREACHABLE: 3 });
    const marked = await db.person.count({ where: { id: { in: blocked().map(BigInt) }, unreachableSince: { not: null } } });
    expect(marked).toBe(3);
  });

  it("when it has finished, then the official's status message shows the final counts and a summary arrives, and the audit log has it", async () => {
    const id = await finished();
    const official = h.user({ id: provincialId, language: "en" });
    const summary = await official.waitFor((m) =>
      Boolean(m.text?.startsWith("📣") && m.text.includes("✅ Finished") && m.method === "sendMessage" && m.edits === 0),
    );
    expect(summary.text).toContain(`Sent: ${people.east.length - 3} · Failed: 0 · Unreachable: 3 · Left: 0`);
    await waitUntil(async () => (await db.broadcast.findUniqueOrThrow({ where: { id } })).finalReported);
    const status = official.messages().find((m) => m.edits > 0 && m.text?.includes("✅ Finished"));
    expect(status?.text).toContain(`Sent: ${people.east.length - 3}`);
    const actions = await db.auditLog.findMany({ where: { entityType: "broadcast", entityId: id }, orderBy: { id: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["broadcast.create", "broadcast.done"]);
    expect(actions[1]?.after).toEqual({ SENT: people.east.length - 3, UNREACHABLE: 3 });
  });

  it("when the official asks who did not get it, then a CSV lists the unreachable", async () => {
    await finished();
    const official = h.user({ id: provincialId, language: "en" });
    // One of them is named with a spreadsheet formula: the file holds it as text.
    const [named] = blocked();
    await db.person.update({ where: { id: BigInt(named as number) }, data: { firstName: "=cmd|' /C calc'!A0" } });
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
    fake.unblock(first as number);
    await h.user({ id: first as number, language: "en" }).send("/start");
    const actor = await h.actor(provincialId);
    const target = {
      audience: "LEADERS_AND_MEMBERS" as const,
      countyIds: [await h.countyId("East Vale")],
      fieldIds: [],
      youthOnly: false,
      essential: false,
    };
    const preview = await h.app.services.broadcasts.preview(actor, target);
    expect(preview.total).toBe(people.east.length - others.length);
  });
});

describe("flood control", () => {
  /** The broadcast's copies to its recipients since call `start`. */
  const copyCalls = (start: number) =>
    fake.calls.slice(start).filter((c) => c.method === "copyMessage" && Number(c.payload.chat_id) !== provincialId);

  it("when Telegram answers 429 for the whole bot, then every worker process waits retry_after instead of retrying at once, and nobody is missed", async () => {
    // A second worker process's worth: the pause is in Redis, and it must hold there too.
    const second = await startApp({ fake, roles: ["worker"], env: { ...env, REDIS_PREFIX: h.config.redisPrefix } });
    try {
      fake.setLimits({ globalPerSecond: 10 });
      const start = fake.calls.length;
      const official = h.user({ id: provincialId, language: "en" });
      const { id } = await compose(official, "West Vale: papers due Thursday.", {
        audience: "Leaders and members",
        filter: "By county",
        pick: ["West Vale"],
      });
      await waitForStatus(id, "DONE", 60_000);
      fake.setLimits({ globalPerSecond: 30 });
      const calls = copyCalls(start);
      const refused = calls.filter((c) => c.errorCode === 429);
      const accepted = calls.filter((c) => !c.errorCode);
      // Telegram words both limits alike: the bot's shows as refusals for different chats close together, and
      // from the second one on every send waits. Requests already on their way may arrive just after it; none
      // is sent later within the second.
      const chat = (c: (typeof calls)[0]) => Number(c.payload.chat_id);
      const pausing = refused.filter((r) => refused.some((o) => chat(o) !== chat(r) && o.at <= r.at && o.at > r.at - 500));
      expect(pausing.length).toBeGreaterThan(0);
      for (const r of pausing) {
        expect(accepted.filter((c) => c.at > r.at + 150 && c.at < r.at + 900)).toEqual([]);
      }
      expect(refused.length).toBeLessThan(accepted.length);
      const got = copies();
      expect(people.west.filter((p) => got.get(p) !== 1)).toEqual([]);
    } finally {
      await second.stop();
    }
  });

  it("when Telegram answers 429 for one chat, then only that chat's message waits retry_after and the broadcast goes on", async () => {
    const start = fake.calls.length;
    const official = h.user({ id: provincialId, language: "en" });
    const { id } = await compose(official, "East Vale: the clinic opens on Saturdays.", {
      audience: "Leaders and members",
      filter: "By county",
      pick: ["East Vale"],
    });
    await waitUntil(() => copyCalls(start).filter((c) => !c.errorCode).length >= 10, 30_000);
    fake.floodNextSend(3);
    await waitForStatus(id, "DONE", 60_000);
    const calls = copyCalls(start);
    const refused = calls.filter((c) => c.errorCode === 429);
    expect(refused).toHaveLength(1);
    const [r] = refused as [(typeof refused)[0]];
    const chat = Number(r.payload.chat_id);
    const accepted = calls.filter((c) => !c.errorCode);
    const late = accepted.filter((c) => Number(c.payload.chat_id) === chat);
    expect(late).toHaveLength(1);
    expect(late[0]?.at).toBeGreaterThanOrEqual(r.at + 3000);
    // Some thirty recipients were still to go: the others kept getting theirs meanwhile.
    expect(accepted.filter((c) => c.at > r.at + 200 && c.at < r.at + 2800).length).toBeGreaterThan(10);
    const perChat = new Map<number, number>();
    for (const c of accepted) perChat.set(Number(c.payload.chat_id), (perChat.get(Number(c.payload.chat_id)) ?? 0) + 1);
    const sent = await db.broadcastDelivery.findMany({ where: { broadcastId: id, status: "SENT" } });
    expect(sent.filter((d) => perChat.get(Number(d.personId)) !== 1)).toEqual([]);
    expect(perChat.size).toBe(sent.length);
  });

  it("when a notification is due while a broadcast is sending, then it goes ahead of the broadcast's waiting messages", async () => {
    const start = fake.calls.length;
    const official = h.user({ id: provincialId, language: "en" });
    const { id } = await compose(official, "Everyone: the annual report is due.", {
      audience: "Leaders and members",
      filter: "All verified NGOs",
    });
    await waitUntil(() => copyCalls(start).filter((c) => !c.errorCode).length >= 5, 30_000);
    await db.$transaction((tx) => tell(tx, [BigInt(countyOfficialId)], { kind: "official-granted" }));
    await waitForStatus(id, "DONE", 60_000);
    const calls = fake.calls.slice(start);
    const told = calls.findIndex((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === countyOfficialId && !c.errorCode);
    expect(told).toBeGreaterThan(-1);
    // All 85 or so copies were queued before it: first in, first out, it would have come after the last of them.
    const copiesAfter = calls
      .slice(told)
      .filter((c) => c.method === "copyMessage" && !c.errorCode && Number(c.payload.chat_id) !== provincialId);
    expect(copiesAfter.length).toBeGreaterThan(10);
  });
});

describe("controls", () => {
  it("when a running broadcast is paused, nothing more is sent; when resumed, it finishes with nobody twice", async () => {
    const official = h.user({ id: provincialId, language: "en" });
    const before = copies();
    const { id } = await compose(official, "All NGOs: the House of NGOs opens.", {
      audience: "Leaders and members",
      filter: "All verified NGOs",
    });
    await waitUntil(async () => (await db.broadcastDelivery.count({ where: { broadcastId: id, status: "SENT" } })) >= 30);
    await official.press("Pause");
    expect((await db.broadcast.findUniqueOrThrow({ where: { id } })).status).toBe("PAUSED");
    await h.settled(); // sends already under way finish, the waiting ones are dropped
    const paused = await db.broadcastDelivery.count({ where: { broadcastId: id, status: "SENT" } });
    expect(await db.broadcastDelivery.count({ where: { broadcastId: id, status: "SENT" } })).toBe(paused);
    expect(paused).toBeLessThan(people.east.length + people.west.length - 5);

    await official.press("Resume");
    await waitForStatus(id, "DONE");
    const after = copies();
    const everyone = [...people.east, ...people.west].filter((p) => !people.east.slice(6, 8).includes(p));
    expect(everyone.filter((p) => (after.get(p) ?? 0) - (before.get(p) ?? 0) !== 1)).toEqual([]);
  });

  it("when a running broadcast is cancelled, then the rest never get it", async () => {
    const official = h.user({ id: provincialId, language: "en" });
    const { id } = await compose(official, "Leaders: a survey is coming.", { audience: "Leaders only", filter: "All verified NGOs" });
    expect((await official.press("Cancel broadcast")).answer).toBe("Cancelled.");
    const cancelled = await waitForStatus(id, "CANCELLED");
    expect(cancelled.finishedAt).not.toBeNull();
    await h.settled();
    const sent = await db.broadcastDelivery.count({ where: { broadcastId: id, status: "SENT" } });
    const notSent = await db.broadcastDelivery.count({ where: { broadcastId: id, status: "CANCELLED" } });
    expect(sent + notSent).toBe(await db.broadcastDelivery.count({ where: { broadcastId: id } }));
    expect(await db.broadcastDelivery.count({ where: { broadcastId: id, status: "PENDING" } })).toBe(0);
  });

  it("when a broadcast is scheduled, then nothing goes before its time and the audience gets it after; a cancelled one never goes", async () => {
    const official = h.user({ id: provincialId, language: "en" });
    await official.send("/broadcast");
    await official.send("Tomorrow: the youth festival.");
    await official.press("Leaders only");
    await official.press("Youth NGOs only");
    await official.press("Later");
    expect(lastText(await official.send("1400/01/01 10:00"))).toBe("That time has passed. Choose a time in the future.");
    const tomorrow = tehranDate(new Date(Date.now() + 86_400_000));
    const summary = lastText(await official.send(`${tomorrow.jy}/${tomorrow.jm}/${tomorrow.jd} 10:30`));
    expect(summary).toMatch(/When: .*10:30/);
    expect(summary).toContain(`Recipients now: ${people.youthLeaders.length}`);
    await official.press("Confirm");
    const festival = await db.broadcast.findFirstOrThrow({ where: { label: "Tomorrow: the youth festival." } });
    expect(festival.status).toBe("SCHEDULED");
    await official.send("/broadcasts");
    await official.press("🕒 Tomorrow: the youth festival.");
    await official.press("Cancel broadcast");
    expect((await db.broadcast.findUniqueOrThrow({ where: { id: festival.id } })).status).toBe("CANCELLED");

    // One due in a second and a half: its delayed start job waits for it.
    const sendAt = new Date(Date.now() + 1500);
    const soon = await h.app.services.broadcasts.create(
      await h.actor(provincialId),
      {
        audience: "LEADERS",
        countyIds: [await h.countyId("East Vale"), await h.countyId("West Vale")],
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
    await h.app.jobs.broadcasts.schedule(soon.id, sendAt);
    // Nothing before its time: no delivery now, and (below) it started no earlier than sendAt.
    expect(await db.broadcastDelivery.count({ where: { broadcastId: soon.id } })).toBe(0);
    const done = await waitForStatus(soon.id, "DONE");
    expect(done.startedAt?.getTime()).toBeGreaterThanOrEqual(sendAt.getTime());
    const delivered = await db.broadcastDelivery.findMany({ where: { broadcastId: soon.id, status: "SENT" } });
    expect(delivered.map((d) => Number(d.personId)).sort()).toEqual([...people.youthLeaders].sort());
    expect(await db.broadcastDelivery.count({ where: { broadcastId: festival.id } })).toBe(0);
  });
});

describe("errors", () => {
  it("when Telegram fails with 5xx, then the send is retried with backoff; when it refuses with 400, then that recipient fails without retry", async () => {
    const official = h.user({ id: provincialId, language: "en" });
    const start = fake.calls.length;
    const [hiccup, refused] = people.westLeaders as [number, number];
    fake.failNextSends(hiccup, 500);
    fake.failNextSends(refused, 400);
    const { id } = await compose(official, "West leaders: two hiccups.", {
      audience: "Leaders only",
      filter: "By county",
      pick: ["West Vale"],
    });
    await waitForStatus(id, "DONE");
    const deliveries = await db.broadcastDelivery.findMany({ where: { broadcastId: id } });
    const statusOf = (person: number) => deliveries.find((d) => Number(d.personId) === person);
    expect(statusOf(hiccup)?.status).toBe("SENT");
    expect(statusOf(refused)?.status).toBe("FAILED");
    expect(statusOf(refused)?.error).toContain("message can't be copied");
    const calls = fake.calls.slice(start).filter((c) => c.method === "copyMessage");
    const to = (person: number) => calls.filter((c) => Number(c.payload.chat_id) === person);
    expect(to(refused).map((c) => c.errorCode)).toEqual([400]);
    const toSent = to(hiccup);
    expect(toSent.map((c) => c.errorCode)).toEqual([500, undefined]);
    expect((toSent[1]?.at ?? 0) - (toSent[0]?.at ?? 0)).toBeGreaterThanOrEqual(1500); // the backoff, not at once
  });

  it("when the official's message is a photo with a caption, then the recipients get the photo with its caption", async () => {
    const official = h.user({ id: provincialId, language: "en" });
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
    const broadcast = await db.broadcast.findFirstOrThrow({ where: { label: "The new office of the House of NGOs" } });
    await waitForStatus(broadcast.id, "DONE");
    for (const leader of people.westLeaders) {
      const copy = fake.messagesTo(leader).find((m) => m.caption === "The new office of the House of NGOs");
      expect(copy?.photo?.bytes.toString()).toBe("a picture of the new office");
    }
  });
});

describe("recovery", () => {
  it("when a running broadcast's jobs are lost, then the workers queue its pending deliveries again and it finishes", async () => {
    const official = h.user({ id: provincialId, language: "en" });
    const earlier = await compose(official, "West leaders: the forms are out.", {
      audience: "Leaders only",
      filter: "By county",
      pick: ["West Vale"],
    });
    const { sourceMessageId } = await waitForStatus(earlier.id, "DONE");
    const before = copies();
    const broadcast = await h.app.services.broadcasts.create(
      await h.actor(provincialId),
      {
        audience: "LEADERS",
        countyIds: [await h.countyId("West Vale")],
        fieldIds: [],
        youthOnly: false,
        essential: false,
        sourceChatId: BigInt(provincialId),
        sourceMessageId, // the official's message of an earlier broadcast
        label: "West leaders",
        sendAt: null,
      },
      new Date(),
    );
    // Started as the start job would, but its recipients' jobs never reach Redis.
    expect((await h.app.services.broadcasts.start(broadcast.id, new Date()))?.pending).toHaveLength(people.westLeaders.length);
    await waitForStatus(broadcast.id, "DONE");
    const after = copies();
    expect(people.westLeaders.map((p) => (after.get(p) ?? 0) - (before.get(p) ?? 0))).toEqual(people.westLeaders.map(() => 1));
  });
});

describe("scope and muting", () => {
  it("when a county official broadcasts, then only their county can be reached, and others' broadcasts cannot be touched", async () => {
    const official = h.user({ id: countyOfficialId, language: "en" });
    await official.send("/broadcast");
    await official.send("West Vale only.");
    await official.press("Leaders only");
    expect(buttonsOf(official.last())).toEqual(["All verified NGOs", "By field of activity", "Youth NGOs only"]);
    await official.press("All verified NGOs");
    const summary = lastText((await official.press("Now")).messages);
    expect(summary).toContain(`Recipients now: ${people.westLeaders.length}`);
    expect(summary).not.toContain("East Vale");
    await official.press("Cancel");

    const actor = await h.actor(countyOfficialId);
    const east = {
      audience: "LEADERS" as const,
      countyIds: [await h.countyId("East Vale")],
      fieldIds: [],
      youthOnly: false,
      essential: false,
    };
    await expect(h.app.services.broadcasts.preview(actor, east)).rejects.toMatchObject({ code: "forbidden" });
    const draft = { ...east, sourceChatId: BigInt(countyOfficialId), sourceMessageId: 1, label: "x", sendAt: null };
    await expect(h.app.services.broadcasts.create(actor, draft, new Date())).rejects.toMatchObject({ code: "forbidden" });
    // A provincial broadcast to East Vale, outside this official's county (due tomorrow: this test needs none sent).
    const provincial = await h.app.services.broadcasts.create(
      await h.actor(provincialId),
      { ...draft, sourceChatId: BigInt(provincialId), sendAt: new Date(Date.now() + 86_400_000) },
      new Date(),
    );
    expect((await official.pressData(`bc:failed:${provincial.id}`)).answer).toBe("You are not allowed to do this.");
    const member = h.user({ id: people.east[1] as number, language: "en" });
    expect(lastText(await member.send("/broadcast"))).toBe("You are not allowed to do this.");
  });

  it("when a member mutes broadcasts, then normal ones leave them out and essential ones still reach them", async () => {
    const memberId = people.west[1] as number;
    const member = h.user({ id: memberId, language: "en" });
    await member.send("/settings");
    await member.press("Mute broadcasts");
    expect(member.last().text).toContain("Broadcasts are muted");
    expect((await db.person.findUniqueOrThrow({ where: { id: BigInt(memberId) } })).mutedBroadcasts).toBe(true);

    const actor = await h.actor(provincialId);
    const west = { audience: "LEADERS_AND_MEMBERS" as const, countyIds: [await h.countyId("West Vale")], fieldIds: [], youthOnly: false };
    expect((await h.app.services.broadcasts.preview(actor, { ...west, essential: false })).total).toBe(people.west.length - 1);
    expect((await h.app.services.broadcasts.preview(actor, { ...west, essential: true })).total).toBe(people.west.length);
    await member.press("Get broadcasts again");
    expect((await h.app.services.broadcasts.preview(actor, { ...west, essential: false })).total).toBe(people.west.length);
  });
});

describe("a worker killed in the middle of a broadcast", () => {
  /** A worker in a process of its own, as deployed (`npm run start:worker`), so that it can really be killed. */
  const spawnWorker = (prefix: string) =>
    spawn(process.execPath, ["--import", "tsx", "src/main.ts", "worker"], {
      env: {
        ...process.env,
        ...env,
        BOT_TOKEN: h.config.messengers[0]?.token,
        DATABASE_URL: databaseUrl(),
        REDIS_URL: inject("redisUrl"),
        REDIS_PREFIX: prefix,
        BOT_API_ROOT: fake.apiRoot,
        HTTP_PORT: "0",
        LOG_LEVEL: "error",
        SEND_RATE_PER_SECOND: "20",
      },
      stdio: ["ignore", "ignore", "inherit"],
    });

  it("when another worker takes over, then the broadcast finishes with nobody twice and nobody missed", async () => {
    const prefix = h.config.redisPrefix;
    await h.stop();
    h = await startApp({ admins: [adminId], fake, roles: ["bot"], env: { ...env, REDIS_PREFIX: prefix } });
    const child = spawnWorker(prefix);
    let second: Harness | undefined;
    try {
      const official = h.user({ id: provincialId, language: "en" });
      const before = copies();
      const { id } = await compose(official, "Everyone: new office hours.", {
        audience: "Leaders and members",
        filter: "All verified NGOs",
      });
      await waitUntil(async () => (await db.broadcastDelivery.count({ where: { broadcastId: id, status: "SENT" } })) >= 40, 30_000);
      // Sends in flight when the process dies never reach Telegram: the fake holds them, then drops them with the connection.
      fake.holdSends();
      await waitUntil(() => fake.heldCount > 0);
      // What Telegram took before the hold is recorded first: a worker dying between Telegram's answer and the
      // record is the one case no Bot API call can make safe (see README).
      const taken = () => [...copies()].filter(([person, n]) => n > (before.get(person) ?? 0)).length;
      await waitUntil(async () => (await db.broadcastDelivery.count({ where: { broadcastId: id, status: "SENT" } })) === taken());
      child.kill("SIGKILL");
      await once(child, "exit");
      await waitUntil(() => fake.heldCount === 0); // the fake has seen every held connection close
      fake.releaseSends();
      const left = await db.broadcastDelivery.count({ where: { broadcastId: id, status: "PENDING" } });
      expect(left).toBeGreaterThan(0);

      second = await startApp({ fake, roles: ["worker"], env: { ...env, REDIS_PREFIX: prefix } });
      await waitForStatus(id, "DONE");
      const after = copies();
      const recipients = (await db.broadcastDelivery.findMany({ where: { broadcastId: id } })).map((d) => Number(d.personId));
      expect(recipients.length).toBeGreaterThan(EVERYONE - 6); // all but the few who blocked the bot
      expect(recipients.filter((p) => (after.get(p) ?? 0) - (before.get(p) ?? 0) !== 1)).toEqual([]);
      expect(await db.broadcastDelivery.count({ where: { broadcastId: id, status: { not: "SENT" } } })).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      await second?.stop();
    }
  });
});

describe("Redis losing its data", () => {
  /** Apps on a Redis prefix of their own, which the test can empty without touching other tests' keys. */
  const prefix = () => `${inject("redisPrefix")}-lost-${process.pid}`;
  const lostEnv = () => ({ ...env, REDIS_PREFIX: prefix(), REDIS_CHECK_INTERVAL_MS: "100" });
  async function emptyRedis() {
    const redis = new Redis(inject("redisUrl"));
    const keys = await redis.keys(`${prefix()}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    return keys.length;
  }
  /** Every recipient of the broadcast got exactly one copy since `before`, and all are recorded as sent. */
  async function expectEachOnce(id: string, before: Map<number, number>) {
    const after = copies();
    const recipients = (await db.broadcastDelivery.findMany({ where: { broadcastId: id } })).map((d) => Number(d.personId));
    expect(recipients.length).toBeGreaterThan(EVERYONE - 6); // all but the few who blocked the bot
    expect(recipients.filter((p) => (after.get(p) ?? 0) - (before.get(p) ?? 0) !== 1)).toEqual([]);
    expect(await db.broadcastDelivery.count({ where: { broadcastId: id, status: { not: "SENT" } } })).toBe(0);
  }

  it("when Redis loses everything in the middle of a broadcast, then the workers notice without a restart, and it finishes with nobody missed and nobody twice", async () => {
    await h.stop();
    h = await startApp({ admins: [adminId], fake, env: lostEnv() });
    const official = h.user({ id: provincialId, language: "en" });
    const before = copies();
    const { id } = await compose(official, "Everyone: the office moves.", { audience: "Leaders and members", filter: "All verified NGOs" });
    await waitUntil(async () => (await db.broadcastDelivery.count({ where: { broadcastId: id, status: "SENT" } })) >= 30);
    expect(await emptyRedis()).toBeGreaterThan(0);
    await waitForStatus(id, "DONE");
    await expectEachOnce(id, before);
  });

  it("when no worker runs at Confirm and Redis then loses everything, then the broadcast is stored once and each recipient gets it once when a worker starts", async () => {
    await h.stop();
    h = await startApp({ admins: [adminId], fake, roles: ["bot"], env: lostEnv() });
    const official = h.user({ id: provincialId, language: "en" });
    const before = copies();
    const { id } = await compose(official, "Everyone: forms are due Friday.", {
      audience: "Leaders and members",
      filter: "All verified NGOs",
    });
    expect(await db.broadcast.count({ where: { label: { startsWith: "Everyone: forms are due" } } })).toBe(1);
    expect(await db.outbox.count({ where: { personId: null } })).toBeGreaterThan(0); // the intent to start it, in Postgres
    await emptyRedis();
    const worker = await startApp({ fake, roles: ["worker"], env: lostEnv() });
    try {
      await waitForStatus(id, "DONE");
      await expectEachOnce(id, before);
    } finally {
      await worker.stop();
    }
  });
});
