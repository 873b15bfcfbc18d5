import { createDb, type Db } from "../../src/data/prisma.js";
import { FakeBotApi, type FakeBotApiOptions } from "../../src/sandbox/bot-api.js";
import { databaseUrl, type FAST_SENDS, type Harness, newTelegramId, startApp, type TestUser } from "./harness.js";
import { lastText, registeredNgo, waitUntil } from "./journeys.js";
import { addTestProvince, appointOfficials } from "./province.js";

/**
 * The province the broadcast tests send to, one per test file: East Vale has
 * four NGOs of 10 members each, West Vale two of 20 (enough to run into the
 * flood tests' limit); each NGO has a leader. A provincial official and one
 * for West Vale send.
 */

const MEMBERS = { "East Vale": 10, "West Vale": 20 } as const;
/** Everyone in the province's verified NGOs, leaders and members. */
export const EVERYONE = 4 * (MEMBERS["East Vale"] + 1) + 2 * (MEMBERS["West Vale"] + 1);

/**
 * The workers' settings of the broadcast tests: status messages and the sweep for stalled broadcasts
 * come quickly, the sweep for lost start jobs seldom (a delayed start job does its own work).
 */
export const BROADCAST_ENV = {
  SEND_RATE_PER_SECOND: "30",
  JOB_LOCK_MS: "1500",
  BROADCAST_STATUS_INTERVAL_MS: "300",
  // Longer than a retry's backoff (DELIVERY_RETRY_MS in testConfig), so a send waiting for its retry is not taken for a lost one.
  BROADCAST_STALL_MS: "4000",
  SCHEDULER_TICK_MS: "60000",
};

export type BroadcastProvinceOptions = {
  /** The fake Bot API's flood limits (none by default). */
  limits?: FakeBotApiOptions;
  /** Put over BROADCAST_ENV. */
  env?: Record<string, string>;
  /** Send rates put over the app's configuration (e.g. FAST_SENDS). */
  config?: typeof FAST_SENDS;
  /** The apps' clock (startApp's), unless a start names its own. */
  clock?: () => Date;
};

/** A test file's broadcasting province: call `setUp` in beforeAll and `tearDown` in afterAll. */
export class BroadcastProvince {
  db!: Db;
  fake!: FakeBotApi;
  /** The app (bot and workers); a test that restarts it puts the new one here. */
  h!: Harness;
  readonly env: Record<string, string>;
  readonly adminId = newTelegramId();
  readonly provincialId = newTelegramId();
  readonly countyOfficialId = newTelegramId();
  /** Everyone a broadcast may reach, by county and role. */
  readonly people = {
    east: [] as number[],
    west: [] as number[],
    eastLeaders: [] as number[],
    westLeaders: [] as number[],
    youthLeaders: [] as number[],
  };
  private province: Awaited<ReturnType<typeof addTestProvince>> | undefined;

  constructor(private readonly options: BroadcastProvinceOptions = {}) {
    this.env = { ...BROADCAST_ENV, ...options.env };
  }

  async setUp(): Promise<void> {
    this.db = createDb(databaseUrl());
    this.province = await addTestProvince(this.db);
    this.fake = await FakeBotApi.start(this.options.limits ?? {});
    this.h = await this.start();
    await appointOfficials(
      this.h,
      { admin: this.adminId, provincial: this.provincialId, westVale: this.countyOfficialId },
      this.province.provinceId,
    );
    await this.ngoWithMembers("East Vale", "Health", true);
    await this.ngoWithMembers("East Vale", "Children", false);
    await this.ngoWithMembers("East Vale", "Health", false);
    await this.ngoWithMembers("East Vale", "Environment", false);
    await this.ngoWithMembers("West Vale", "Health", false);
    await this.ngoWithMembers("West Vale", "Children", true);
    // What the set-up told people (review requests, approvals) is delivered before any test counts sends.
    await this.h.settled();
  }

  async tearDown(): Promise<void> {
    await this.h?.stop();
    await this.fake?.stop();
    if (!this.db) return;
    await this.db.broadcast.deleteMany({ where: { createdById: { in: [BigInt(this.provincialId), BigInt(this.countyOfficialId)] } } });
    await this.province?.remove();
    await this.db.$disconnect();
  }

  /** Starts an app on this province's fake Bot API with its settings (`env` put over them). */
  start(options: { roles?: ("bot" | "worker")[]; env?: Record<string, string>; clock?: () => Date } = {}): Promise<Harness> {
    const clock = options.clock ?? this.options.clock;
    return startApp({
      admins: [this.adminId],
      fake: this.fake,
      env: { ...this.env, ...options.env },
      ...(this.options.config ? { config: this.options.config } : {}),
      ...(options.roles ? { roles: options.roles } : {}),
      ...(clock ? { clock } : {}),
    });
  }

  /** Stops the app and starts another in its place. */
  async restart(options: Parameters<BroadcastProvince["start"]>[0] = {}): Promise<Harness> {
    await this.h.stop();
    this.h = await this.start(options);
    return this.h;
  }

  /** The provincial official, in English. */
  official(): TestUser {
    return this.h.user({ id: this.provincialId, language: "en" });
  }

  private async ngoWithMembers(county: keyof typeof MEMBERS, field: string, isYouth: boolean) {
    const leader = this.h.user({ language: "en" });
    const ngoId = await registeredNgo(this.h, this.adminId, leader, { county, fields: [field], isYouth });
    const members = Array.from({ length: MEMBERS[county] }, () => newTelegramId());
    await this.db.person.createMany({ data: members.map((id) => ({ id: BigInt(id), externalId: BigInt(id), firstName: `Member ${id}` })) });
    await this.db.membership.createMany({ data: members.map((id) => ({ ngoId, personId: BigInt(id) })) });
    const group = county === "East Vale" ? "east" : "west";
    this.people[group].push(leader.id, ...members);
    this.people[group === "east" ? "eastLeaders" : "westLeaders"].push(leader.id);
    if (isYouth) this.people.youthLeaders.push(leader.id);
  }

  /** Successful copies of the official's messages per recipient chat (the official's own previews left out). */
  copies(from = this.provincialId): Map<number, number> {
    const counts = new Map<number, number>();
    for (const call of this.fake.calls) {
      if (call.method !== "copyMessage" || call.errorCode || Number(call.payload.from_chat_id) !== from) continue;
      const chat = Number(call.payload.chat_id);
      if (chat !== from) counts.set(chat, (counts.get(chat) ?? 0) + 1);
    }
    return counts;
  }

  /**
   * A broadcast to West Vale's leaders, started as its start job would start it, but none of its recipients' jobs in
   * Redis: those a test loses, or has the workers queue again. Its message is that of a broadcast composed through
   * the bot first (`text`, to the same leaders). Returns it with its pending recipients and everyone's copies before.
   */
  async startedWithoutJobs(text: string): Promise<{ id: string; pending: bigint[]; before: Map<number, number> }> {
    const official = this.h.user({ id: this.provincialId, language: "en" });
    const earlier = await this.compose(official, text, { audience: "Leaders only", filter: "By county", pick: ["West Vale"] });
    const { sourceMessageId } = await this.waitForStatus(earlier.id, "DONE");
    const before = this.copies();
    const broadcast = await this.h.app.services.broadcasts.create(
      await this.h.actor(this.provincialId),
      {
        audience: "LEADERS",
        countyIds: [await this.h.countyId("West Vale")],
        fieldIds: [],
        youthOnly: false,
        essential: false,
        sourceChatId: BigInt(this.provincialId),
        sourceMessageId,
        label: `${text} (again)`,
        sendAt: new Date(Date.now() + 3_600_000),
      },
      new Date(),
    );
    // Due in an hour, its start job waits in Redis (once the intent to start it is queued); it is started now instead.
    await waitUntil(async () => (await this.db.outbox.count({ where: { personId: null } })) === 0);
    const started = await this.h.app.services.broadcasts.start(broadcast.id, new Date());
    return { id: broadcast.id, pending: started?.pending ?? [], before };
  }

  async waitForStatus(id: string, status: string, timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const broadcast = await this.db.broadcast.findUniqueOrThrow({ where: { id } });
      if (broadcast.status === status) return broadcast;
      if (Date.now() > deadline) throw new Error(`broadcast ${id} is ${broadcast.status}, not ${status}, after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Composes a text broadcast through the bot and confirms it; returns its id and the preview summary. */
  async compose(
    official: TestUser,
    text: string,
    choices: { audience: string; filter: string; pick?: string[]; essential?: boolean },
  ): Promise<{ id: string; summary: string }> {
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
    const before = await this.db.broadcast.findMany({ select: { id: true } });
    await official.press("Confirm");
    const created = await this.db.broadcast.findFirstOrThrow({ where: { id: { notIn: before.map((b) => b.id) } } });
    return { id: created.id, summary };
  }
}
