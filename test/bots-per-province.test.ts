import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "../src/data/prisma.js";
import { tehranDate } from "../src/domain/calendar.js";
import { databaseUrl, FAST_SENDS, type Harness, newTelegramId, startApp, type TestUser } from "./support/harness.js";
import { unique, waitUntil } from "./support/journeys.js";
import { addTestProvince } from "./support/province.js";

/**
 * Two provinces of the test's own, each with a Telegram bot of its own beside
 * the country's, all in one app: a person is reached through the bot they
 * started, of their province.
 */

let db: Db;
let h: Harness;
let north: Awaited<ReturnType<typeof addTestProvince>>;
let south: Awaited<ReturnType<typeof addTestProvince>>;
const adminId = newTelegramId();
const tomorrow = tehranDate(new Date(Date.now() + 86_400_000));
const botOf = (province: { code: string }) => `telegram:${province.code}`;

/** A verified NGO of the province's East Vale led by `leader`, registered through the service and approved. */
async function verifiedNgo(province: { code: string }, leader: TestUser): Promise<string> {
  const county = await db.county.findUniqueOrThrow({ where: { code: `${province.code}.east` } });
  const ngo = await h.app.services.ngos.register(BigInt(leader.id), {
    name: `NGO ${unique()}`,
    registrationNumber: unique(),
    registeringAuthority: "Governor's office",
    countyId: county.id,
    fieldIds: [],
    foundedYear: 1395,
    memberCount: 30,
    isYouth: false,
    contactPhone: "+989127777777",
    description: "Registered by a test.",
  });
  await h.app.services.ngos.approve(await h.actor(adminId), ngo.id);
  return ngo.id;
}

/** Someone who started the bot of `province` (and no other) and leads a verified NGO of `of`. */
async function leaderThrough(province: { code: string }, of: { code: string } = province): Promise<TestUser> {
  const leader = h.user({ bot: botOf(province), language: "en" });
  await leader.send("/start");
  await verifiedNgo(of, leader);
  return leader;
}

/** Everything any of the app's bots sent to the person, as `[bot, text]`. */
function everythingTo(id: number): [string, string][] {
  const apis = [["telegram", h.fake] as const, ...h.provinceBots];
  return apis.flatMap(([key, api]) => api.messagesTo(id).map((m): [string, string] => [key, m.text ?? m.caption ?? ""]));
}

/** A broadcast of `text` from the superadmin to the leaders of the NGOs of the two provinces. */
async function broadcastToBothProvinces(text: string): Promise<string> {
  const counties = await db.county.findMany({ where: { provinceId: { in: [north.provinceId, south.provinceId] } } });
  const source = await h.user({ id: adminId, language: "en" }).send(text);
  const broadcast = await h.app.services.broadcasts.create(
    await h.actor(adminId),
    {
      audience: "LEADERS",
      countyIds: counties.map((c) => c.id),
      fieldIds: [],
      youthOnly: false,
      essential: true,
      sourceChatId: BigInt(adminId),
      sourceMessageId: source.at(-1)?.messageId ?? 0,
      content: { kind: "TEXT", html: text },
      label: text,
      sendAt: null,
    },
    new Date(),
  );
  return broadcast.id;
}

beforeAll(async () => {
  db = createDb(databaseUrl());
  north = await addTestProvince(db);
  south = await addTestProvince(db);
  h = await startApp({ admins: [adminId], provinceBots: [north.code, south.code], config: FAST_SENDS });
  await h.user({ id: adminId, language: "en" }).send("/start");
});

afterAll(async () => {
  await h?.stop();
  await db?.$disconnect();
});

describe("a bot per province", () => {
  it("when someone starts a province's bot, then it is recorded as a bot that may reach them, beside any other they started", async () => {
    const person = h.user({ bot: botOf(north), language: "en" });
    await person.send("/start");
    expect(person.messages().length).toBeGreaterThan(0);
    await h.user({ id: person.id, language: "en" }).send("/start");
    const started = await db.personBot.findMany({ where: { personId: BigInt(person.id) }, orderBy: { bot: "asc" } });
    expect(started.map((s) => s.bot)).toEqual(["telegram", botOf(north)]);
  });

  it("when someone registers through a province's bot, then they are not asked the province: the counties offered are that province's", async () => {
    const leader = h.user({ bot: botOf(south), language: "en" });
    await leader.send("/register");
    await leader.send(`Bots NGO ${unique()}`);
    await leader.send(unique());
    const counties = await leader.send("Provincial governor's office");
    const question = counties.at(-1);
    expect(question?.text).not.toContain("province");
    const offered = ((question?.replyMarkup?.inline_keyboard ?? []) as { text: string }[][]).flat().map((b) => b.text);
    expect(offered).toEqual(expect.arrayContaining(["East Vale", "West Vale"]));
    expect(offered).toHaveLength(2);
    await leader.send("/cancel");
  });

  it("when an official of a province schedules a meeting through its bot, then its leader who started that bot is invited through it, and nothing comes through another bot", async () => {
    const leader = await leaderThrough(north);
    const official = h.user({ bot: botOf(north), language: "en" });
    await official.send("/start");
    await h.app.services.officials.grant(await h.actor(adminId), BigInt(official.id), { scope: "PROVINCE", provinceId: north.provinceId });
    await h.settled();

    await official.send("/meeting_new");
    await official.press("East Vale");
    await official.send("Water of the north");
    await official.send("Drinking water in the villages runs out every summer.");
    await official.send(`${tomorrow.jy}/${tomorrow.jm}/${tomorrow.jd} 10:30`);
    await official.send("Governor's office, hall 2");
    await official.press("Skip");
    await official.press("All verified NGOs");
    await official.press("Leaders only");
    await official.press("Confirm");

    const invitation = await leader.waitFor((m) => Boolean(m.text?.includes("Water of the north")));
    expect(invitation.text).toContain("Water of the north");
    await h.settled();
    expect(everythingTo(leader.id).filter(([, text]) => text.includes("Water of the north"))).toEqual([
      [botOf(north), expect.stringContaining("Water of the north")],
    ]);
  });

  it("when a broadcast goes to the people of two provinces, then each gets it once through their province's bot, and one who started only another province's bot is reported unreachable", async () => {
    const northLeader = await leaderThrough(north);
    const southLeader = await leaderThrough(south);
    // Of the south, but started only the north's bot: the north's bot may not speak for the south.
    const stranger = await leaderThrough(north, south);
    const text = `Open day of both provinces ${unique()}`;
    const broadcastId = await broadcastToBothProvinces(text);
    await h.settled();

    const deliveries = await db.broadcastDelivery.findMany({ where: { broadcastId } });
    const statusOf = (person: TestUser) => deliveries.find((d) => d.personId === BigInt(person.id))?.status;
    expect([statusOf(northLeader), statusOf(southLeader), statusOf(stranger)]).toEqual(["SENT", "SENT", "UNREACHABLE"]);
    const got = (person: TestUser) => everythingTo(person.id).filter(([, t]) => t.includes(text));
    expect(got(northLeader)).toEqual([[botOf(north), text]]);
    expect(got(southLeader)).toEqual([[botOf(south), text]]);
    expect(got(stranger)).toEqual([]);
  });

  it("when one province's bot is told to wait as a whole (429) during broadcasts to two provinces, then the other's people are all reached while it waits, and its own once the wait is over, each once", async () => {
    const northLeaders = [await leaderThrough(north), await leaderThrough(north), await leaderThrough(north)];
    const southLeaders = [await leaderThrough(south), await leaderThrough(south)];
    const northApi = h.provinceBots.get(botOf(north));
    if (!northApi) throw new Error("the north's bot is not running");
    const redis = new Redis(inject("redisUrl"), { maxRetriesPerRequest: null });
    const queue = new Queue("delivery", { connection: redis, prefix: h.config.queuePrefix });
    // The north's bot's pause, shared by every worker (send-limiter.ts keysOf, under the app's key prefix).
    const northPause = `${h.config.redisPrefix}:send:{${botOf(north)}:limits}:paused`;
    const texts = [`Water cut in both provinces ${unique()}`, `Water back in both provinces ${unique()}`];
    const got = (person: TestUser, text: string) => everythingTo(person.id).filter(([, t]) => t.includes(text));
    const broadcastIds: string[] = [];
    /** The sends of these broadcasts put off until later, and whom they are for. */
    const delayed = async () =>
      (await queue.getDelayed()).filter((job) => broadcastIds.some((id) => job.id?.startsWith(`broadcast.${id}.`)));
    const delayedFor = async () => (await delayed()).map((job) => Number(job.data.personId));
    try {
      // Every send of the north's bot is refused with a minute's retry_after: longer than anything below waits, so
      // the north's bot stays paused while the south's people are reached.
      northApi.floodEverySend(60);
      broadcastIds.push(await broadcastToBothProvinces(texts[0] as string));
      // Refused for two chats within a second: the north's bot is paused as a whole, and its jobs put off.
      await waitUntil(async () => {
        const waitingFor = await delayedFor();
        return northLeaders.every((leader) => waitingFor.includes(leader.id));
      });
      broadcastIds.push(await broadcastToBothProvinces(texts[1] as string));

      // Each of the second broadcast's sends to the south starts while the north's bot is paused.
      await waitUntil(() => southLeaders.every((leader) => texts.every((text) => got(leader, text).length > 0)));
      expect(await redis.pttl(northPause)).toBeGreaterThan(0);
      expect(northLeaders.flatMap((leader) => texts.flatMap((text) => got(leader, text)))).toEqual([]);

      // The wait is made to pass rather than waited for: the bot accepts sends again, its pause ends (as the key's
      // expiry would end it) and the north's jobs, delayed by the retry_after, are promoted.
      northApi.endFlood();
      await redis.del(northPause);
      const waitingFor = await delayedFor();
      for (const leader of northLeaders) expect(waitingFor.filter((id) => id === leader.id)).toHaveLength(2);
      expect(waitingFor.filter((id) => southLeaders.some((leader) => leader.id === id))).toEqual([]);
      for (const job of await delayed()) await job.promote();
      await h.settled();
    } finally {
      northApi.endFlood();
      await queue.close();
      await redis.quit();
    }

    for (const leader of northLeaders)
      expect(texts.flatMap((text) => got(leader, text))).toEqual(texts.map((text) => [botOf(north), text]));
    for (const leader of southLeaders)
      expect(texts.flatMap((text) => got(leader, text))).toEqual(texts.map((text) => [botOf(south), text]));
    const ours = [...northLeaders, ...southLeaders].map((leader) => BigInt(leader.id));
    const deliveries = await db.broadcastDelivery.findMany({ where: { broadcastId: { in: broadcastIds }, personId: { in: ours } } });
    expect(deliveries.map((d) => d.status)).toEqual(Array(ours.length * 2).fill("SENT"));
  });
});
