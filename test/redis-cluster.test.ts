import { Redis } from "ioredis";
import { afterAll, beforeAll, expect } from "vitest";
import { BroadcastProvince, EVERYONE } from "./support/broadcasting.js";
import { buttonsOf, FAST_SENDS, type Harness, newTelegramId } from "./support/harness.js";
import { journey, unique, waitUntil } from "./support/journeys.js";
import { type LocalRedisCluster, startRedisCluster } from "./support/redis-cluster.js";
import { webhookEnv, webhookPerson } from "./support/webhook.js";

/**
 * The app on a real Redis Cluster of three masters, started by this file (support/redis-cluster.ts) and gone after
 * it: bot and workers in webhook mode, the queues under the hash tag {samanyar} (the cluster is the file's alone, so
 * the tag need not carry the run's prefix). A broadcast, a meeting's invitation and a registration posted as webhooks
 * go through every kind of Redis use there is: BullMQ's queues, schedulers and scripts, the send limiter's scripts,
 * the per-chat webhook queues, conversations, rate limits.
 */
const QUEUE_PREFIX = "{samanyar}";
let cluster: LocalRedisCluster;
let w: BroadcastProvince;
/** Meetings the file made, removed before its province. */
const meetings: string[] = [];

beforeAll(async () => {
  cluster = await startRedisCluster(3);
  w = new BroadcastProvince({ config: FAST_SENDS, env: { ...webhookEnv, REDIS_CLUSTER_NODES: cluster.seeds, QUEUE_PREFIX } });
  await w.setUp();
});
afterAll(async () => {
  try {
    await w?.db.meeting.deleteMany({ where: { id: { in: meetings } } });
    await w?.tearDown();
  } finally {
    // Whatever failed before, the cluster's processes end with the file.
    await cluster?.stop();
  }
});

/** The keys of the app (its prefix) and of its queues that each master holds (a SCAN of a node sees its slots only). */
async function keysByMaster(h: Harness): Promise<string[][]> {
  return Promise.all(
    cluster.nodes.map(async ({ host, port }) => {
      const node = new Redis(port, host);
      try {
        const keys: string[] = [];
        let cursor = "0";
        do {
          const [next, batch] = await node.scan(cursor, "COUNT", 1000);
          cursor = next;
          keys.push(...batch);
        } while (cursor !== "0");
        return keys.filter((key) => key.startsWith(`${h.config.redisPrefix}:`) || key.startsWith(`${QUEUE_PREFIX}:`));
      } finally {
        node.disconnect();
      }
    }),
  );
}

const onCluster = journey();

onCluster.it(
  "when an official broadcasts to every verified NGO of the province, then each of its people gets it exactly once",
  async () => {
    const { id } = await w.compose(w.official(), "Note: the cluster meeting is on Monday.", {
      audience: "Leaders and members",
      filter: "All verified NGOs",
    });
    const done = await w.waitForStatus(id, "DONE");
    expect(done.status).toBe("DONE");
    const got = w.copies();
    const everyone = [...w.people.east, ...w.people.west];
    expect(everyone).toHaveLength(EVERYONE);
    expect(everyone.filter((person) => got.get(person) !== 1)).toEqual([]);
    expect([...got.keys()].filter((person) => !everyone.includes(person))).toEqual([]);
  },
);

onCluster.it("when a member answers a meeting's invitation from its message, then the answer is recorded and shown", async () => {
  const memberId = w.people.east.at(-1) as number;
  await w.db.person.update({ where: { id: BigInt(memberId) }, data: { locale: "en" } });
  const official = await w.h.actor(w.provincialId);
  const { meeting } = await w.h.app.services.meetings.create(
    official,
    {
      countyId: await w.h.countyId("East Vale"),
      title: `Cluster ${unique()}`,
      theme: "Whether the queues keep up on Redis Cluster.",
      startsAt: new Date(Date.now() + 7 * 24 * 3600_000),
      venue: "County hall",
      location: null,
      fieldIds: [],
      membersInvited: true,
    },
    new Date(),
  );
  meetings.push(meeting.id);
  const member = w.h.user({ id: memberId, language: "en" });
  const invitation = await member.waitFor((m) => Boolean(m.text?.includes(meeting.title)));
  expect(buttonsOf(invitation)).toContain("✅ I will attend");
  const { answer } = await member.press("I will attend");
  expect(answer).toBe("Answer recorded.");
  expect(member.current(invitation)?.text).toContain("Your answer: ✅ I will attend.");
  const stored = await w.db.meetingInvitation.findUniqueOrThrow({
    where: { meetingId_personId: { meetingId: meeting.id, personId: BigInt(memberId) } },
  });
  expect(stored.answer).toBe("YES");
});

onCluster.it(
  "when a registration sent as webhooks is half done and the bot restarts, then it goes on where it was and the NGO is stored as typed",
  async () => {
    const id = newTelegramId();
    const person = webhookPerson(id);
    const reader = () => w.h.user({ id, language: "en" });
    const name = `Cluster Relay ${unique()}`;
    const number = unique();
    // Posted without waiting for answers: the chat's queue in Redis keeps them in order.
    for (const text of ["/register", name, number, "Governor's office", "Zanjan"]) expect(await person.send(w.h, text)).toBe(200);
    await waitUntil(() =>
      reader()
        .messages()
        .some((m) => m.text?.startsWith("In which county is the NGO based?")),
    );

    // The same deployment (its key prefix) comes back: what it keeps in Redis is all the conversation has.
    await w.restart({ env: { REDIS_PREFIX: w.h.config.redisPrefix } });
    for (const text of ["Abhar", "Youth, Environment", "1398", "25"]) expect(await person.send(w.h, text)).toBe(200);
    await waitUntil(() =>
      reader()
        .messages()
        .some((m) => m.text?.startsWith("Is it a youth NGO?")),
    );

    const youth = reader().last();
    const yes = youth.replyMarkup?.inline_keyboard?.flat().find((b: { text: string }) => b.text.includes("Yes"));
    expect(await person.press(w.h, yes.callback_data, youth.messageId)).toBe(200);
    expect(await person.send(w.h, "0912 123 4567")).toBe(200);
    expect(await person.send(w.h, "We keep the queues of Zanjan in order.")).toBe(200);
    await waitUntil(() =>
      reader()
        .messages()
        .some((m) => m.text?.startsWith("Please check your NGO's details")),
    );
    const summary = reader().last();
    const confirm = summary.replyMarkup?.inline_keyboard?.flat().find((b: { text: string }) => b.text.includes("Confirm"));
    expect(await person.press(w.h, confirm.callback_data, summary.messageId)).toBe(200);
    await waitUntil(() =>
      reader()
        .messages()
        .some((m) => m.text?.startsWith("Thank you!")),
    );

    const stored = await w.h.app.services.ngos.ledBy(BigInt(id));
    expect(stored).toMatchObject({
      name,
      registrationNumber: number,
      countyId: await w.h.countyId("Abhar"),
      foundedYear: 1398,
      memberCount: 25,
      isYouth: true,
      contactPhone: "+989121234567",
      status: "PENDING",
    });
  },
);

onCluster.it(
  "when a dozen people write to the bot, then the app's keys lie on more than one master, and every queue key on the master of the queues' hash tag",
  async () => {
    // Each has a rate-limit counter of their own: twelve keys in slots of their own, which a cluster spreads over its masters.
    const people = Array.from({ length: 12 }, () => w.h.user({ language: "en" }));
    for (const person of people) await person.send("/start");
    const byMaster = await keysByMaster(w.h);
    const counters = byMaster.map((keys) =>
      keys.filter((key) => people.some((p) => key === `${w.h.config.redisPrefix}:ratelimit:${p.id}`)),
    );
    expect(counters.flat()).toHaveLength(people.length);
    expect(counters.filter((keys) => keys.length > 0).length).toBeGreaterThan(1);
    const queueKeys = byMaster.map((keys) => keys.filter((key) => key.startsWith(`${QUEUE_PREFIX}:`)));
    expect(queueKeys.filter((keys) => keys.length > 0)).toHaveLength(1);
    expect(queueKeys.flat()).toEqual(expect.arrayContaining([`${QUEUE_PREFIX}:delivery:meta`, `${QUEUE_PREFIX}:schedules:meta`]));
  },
);
