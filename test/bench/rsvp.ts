/**
 * RSVP burst benchmark (not a test): `npm run bench:rsvp [-- --invitees 5000]`.
 *
 * Seeds a meeting with N invitees in a fresh database and sends each of them
 * their invitation (rendered as the workers render it) through the fake Bot
 * API. Then runs the COMPILED bot (`node dist/main.js`: bot and workers in one
 * process, as deployed) against the fake's long polling, pushes N presses of
 * "✅ I will attend" at once (distinct people, each on their own invitation
 * message), and prints answered presses/s, p50/p99 from push to
 * answerCallbackQuery, the answers Postgres recorded, and the process's
 * resident memory idle after start and at the burst, and the CPU time per press of
 * the bot, its Postgres connections, Redis and the fake. In the same run, a bare
 * grammY + @grammyjs/runner bot (bare-bot.mjs) that only answers the press gets
 * the same N presses: the framework's own ceiling on this machine, and the ratio.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import type { TranslateFunction } from "@grammyjs/i18n";
import { Api, HttpError } from "grammy";
import type { Message, Update } from "grammy/types";
import { Redis } from "ioredis";
import { invitationKeyboard, invitationText } from "../../src/bot/meeting-format.js";
import { createDb, type Db } from "../../src/data/prisma.js";
import { prepareDatabase } from "../../src/data/setup.js";
import type { InvitationView, MeetingView } from "../../src/domain/meetings/scheduling.js";
import { MeetingService } from "../../src/domain/meetings/service.js";
import { createI18n } from "../../src/i18n.js";
import { FakeBotApi } from "../../src/sandbox/bot-api.js";
import { freePort } from "../support/free-port.js";
import { deleteKeys, dropDatabase, percentile } from "./scratch.js";

const { values } = parseArgs({
  options: {
    invitees: { type: "string", default: "5000" },
    /** The compiled entry point to run (another build, to compare). */
    bot: { type: "string", default: "dist/main.js" },
    /** Writes a CPU profile of the bot's process (node --cpu-prof) into this folder. */
    profile: { type: "string" },
    /** Writes heap snapshots of the bot's process into this folder: idle after start, and halfway through the burst. */
    heap: { type: "string" },
    /** Give up on presses not answered after this many seconds. */
    timeout: { type: "string", default: "300" },
  },
});
const invitees = Number(values.invitees);
const timeoutMs = Number(values.timeout) * 1000;
const SERVER = process.env.TEST_DATABASE_SERVER ?? "postgresql://postgres@127.0.0.1:5432";
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const TOKEN = "123456789:BENCH-token-for-the-fake-bot-api";
const MEMBERS_PER_NGO = 11; // and a leader: 12 people per NGO
/** How long the started process is left alone before its idle memory is read. */
const SETTLE_MS = 5_000;

const run = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
const databaseUrl = `${SERVER}/samanyar_bench_${run}`;
const prefix = `samanyar-bench-${run}`;

type Figures = {
  answered: number;
  perSecond: number;
  p50: number;
  p99: number;
  idleMb: number;
  burstMb: number;
  peakMb: number;
  /** CPU time per answered press during the burst, in ms: the bot's process, its Postgres connections, Redis, this process (the fake Bot API). */
  cpu: { bot: number; postgres: number; redis: number; fake: number };
};

/** CPU time a process has used, in ms (utime + stime from /proc/<pid>/stat, Linux); 0 once it has gone. */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    // After "pid (comm) ": state is field 3, utime field 14, stime field 15 (clock ticks of 10 ms).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** CPU time of every Postgres backend connected to the benchmark's database (Postgres on this machine), by pid. */
async function postgresCpu(db: Db | undefined): Promise<Map<number, number>> {
  if (!db) return new Map();
  const rows = await db.$queryRaw<{ pid: number }[]>`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`;
  return new Map(rows.map(({ pid }) => [pid, cpuMs(pid)]));
}

/** CPU time the Redis server has used, in ms (INFO cpu: its main thread and the rest, user and system). */
async function redisCpu(redis: Redis): Promise<number> {
  const info = await redis.info("cpu");
  const seconds = (field: string) => Number(new RegExp(`^${field}:([\\d.]+)`, "m").exec(info)?.[1] ?? 0);
  return (seconds("used_cpu_user") + seconds("used_cpu_sys")) * 1000;
}

/** A memory figure of a process from /proc (Linux), in MB: VmRSS now, VmHWM the peak since it started. */
function memoryMb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0; // the process has gone
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Seeded = { meeting: MeetingView; invitees: { personId: bigint; ngoId: string; isLeader: boolean }[] };

/** One county's NGOs (a leader and 11 members each) and a meeting inviting all their people, written in bulk. */
async function seed(db: Db): Promise<Seeded> {
  const county = await db.county.findFirstOrThrow({ orderBy: { id: "asc" } });
  const officialId = 1_000_000n;
  await db.person.create({ data: { id: officialId, externalId: officialId, firstName: "Official" } });
  await db.official.create({ data: { personId: officialId, scope: "PROVINCE", provinceId: county.provinceId, grantedById: officialId } });
  const people = Array.from({ length: invitees }, (_, i) => 2_000_000n + BigInt(i));
  await db.person.createMany({ data: people.map((id) => ({ id, externalId: id, firstName: `P${id}` })) });
  // Invitees have started the bot (it is how they registered, and how their invitations reach them): a press reads them.
  await db.personBot.createMany({ data: people.map((personId) => ({ personId, bot: "telegram" })) });
  const ngos = Array.from({ length: Math.ceil(invitees / (MEMBERS_PER_NGO + 1)) }, (_, n) => ({
    id: `bench-ngo-${n}`,
    people: people.slice(n * (MEMBERS_PER_NGO + 1), (n + 1) * (MEMBERS_PER_NGO + 1)),
  }));
  await db.ngo.createMany({
    data: ngos.map(({ id, people: [leaderId, ...members] }, n) => ({
      id,
      name: `Bench NGO ${n}`,
      nameKey: `bench ngo ${n}`,
      registrationNumber: `B${n}`,
      registrationKey: `B${n}`,
      registeringAuthority: "Bench",
      countyId: county.id,
      foundedYear: 1400,
      memberCount: members.length + 1,
      isYouth: false,
      contactPhone: "+989120000000",
      description: "Benchmark NGO",
      status: "VERIFIED" as const,
      leaderId: leaderId as bigint,
      submittedById: leaderId as bigint,
      inviteToken: `bench-${n}`,
    })),
  });
  await db.membership.createMany({ data: ngos.flatMap(({ id, people }) => people.slice(1).map((personId) => ({ ngoId: id, personId }))) });
  // As MeetingService.create schedules it (its transaction is too long for a busy machine at this size),
  // without the outbox rows: sendInvitations sends the invitations.
  const meeting = await db.meeting.create({
    data: {
      countyId: county.id,
      title: "Benchmark meeting",
      theme: "How fast five thousand people answer",
      startsAt: new Date(Date.now() + 7 * 86_400_000),
      venue: "Bench hall",
      fieldIds: [],
      membersInvited: true,
      createdById: officialId,
    },
    include: { county: true },
  });
  await db.$executeRaw`INSERT INTO "MeetingNgo" ("meetingId", "ngoId") SELECT ${meeting.id}, id FROM "Ngo" WHERE status = 'VERIFIED'`;
  const invited = await new MeetingService(db).inviteesNow(db, meeting);
  if (invited.length !== invitees) throw new Error(`the meeting invites ${invited.length}, not ${invitees}`);
  await db.meetingInvitation.createMany({ data: invited.map((i) => ({ meetingId: meeting.id, ...i })) });
  return { meeting, invitees: invited };
}

/**
 * Sends every invitee their invitation as the workers render it (same text
 * and buttons), in Persian, the language of people with no other.
 */
async function sendInvitations(db: Db, fake: FakeBotApi, { meeting, invitees }: Seeded): Promise<void> {
  const i18n = createI18n();
  const t: TranslateFunction = (key, vars) => i18n.t("fa", key, vars);
  const tr = { t, locale: "fa" as const };
  const api = new Api(TOKEN, { apiRoot: fake.apiRoot });
  const ngoNames = new Map((await db.ngo.findMany({ select: { id: true, name: true } })).map((n) => [n.id, n.name]));
  let next = 0;
  const sender = async () => {
    while (next < invitees.length) {
      const invitee = invitees[next++] as Seeded["invitees"][number];
      const invitation: InvitationView = {
        ...invitee,
        meetingId: meeting.id,
        answer: null,
        headcount: null,
        answeredAt: null,
        presentAt: null,
        meeting,
        ngo: { name: ngoNames.get(invitee.ngoId) ?? "" },
      };
      const send = () =>
        api.sendMessage(Number(invitee.personId), invitationText(tr, invitation), {
          parse_mode: "HTML",
          reply_markup: invitationKeyboard(t, invitation),
        });
      // A kept-alive connection the fake closed just then: sent again (the press takes the chat's last invitation).
      await send().catch((error: unknown) => (error instanceof HttpError ? send() : Promise.reject(error)));
    }
  };
  await Promise.all(Array.from({ length: 16 }, sender));
}

/** Each invitee pressing "✅ I will attend" on their own invitation message. */
function presses(fake: FakeBotApi, people: bigint[]): Omit<Update, "update_id">[] {
  const invitations = new Map(fake.sent.map((m) => [m.chatId, m]));
  return people.map((personId, i) => {
    const id = Number(personId);
    const message = invitations.get(id);
    const buttons: { text: string; callback_data?: string }[] = (message?.replyMarkup?.inline_keyboard ?? []).flat();
    const data = buttons.find((b) => b.callback_data?.startsWith("mt:yes:"))?.callback_data;
    if (!message || !data) throw new Error(`no invitation with "I will attend" in the chat of ${id}`);
    const from = { id, is_bot: false, first_name: `P${id}` };
    return {
      callback_query: {
        id: `press-${i}`,
        from,
        chat_instance: String(id),
        data,
        message: {
          message_id: message.messageId,
          date: message.date,
          chat: { id, type: "private", first_name: from.first_name },
          text: message.text ?? "",
        } as Message,
      },
    };
  });
}

/** Waits until the process polls the fake (it has started), or fails if it exits first. */
async function started(child: ChildProcess, fake: FakeBotApi, name: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (!fake.calls.some((c) => c.method === "getUpdates")) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} before polling`);
    if (Date.now() > deadline) throw new Error(`${name} did not start polling within 120 s`);
    await sleep(100);
  }
}

/** Pushes all presses at once and measures until every one is answered (or the timeout), sampling memory meanwhile. */
/** Has the process write a heap snapshot (node --heapsnapshot-signal) into the folder, and waits until it is written. */
async function heapSnapshot(child: ChildProcess, dir: string): Promise<void> {
  const snapshots = () => readdirSync(dir).filter((f) => f.endsWith(".heapsnapshot"));
  const before = snapshots().length;
  child.kill("SIGUSR2");
  // The file appears when the snapshot starts and grows until it is written.
  while (snapshots().length === before) await sleep(100);
  const file = snapshots()
    .map((f) => `${dir}/${f}`)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0] as string;
  let size = -1;
  while (size !== statSync(file).size) {
    size = statSync(file).size;
    await sleep(1_000);
  }
}

async function burst(
  child: ChildProcess,
  fake: FakeBotApi,
  updates: Omit<Update, "update_id">[],
  name: string,
  redis: Redis,
  db?: Db,
  heapDir?: string,
): Promise<Figures> {
  const pid = child.pid as number;
  await started(child, fake, name);
  await sleep(SETTLE_MS);
  const idleMb = memoryMb(pid, "VmRSS");
  if (heapDir) await heapSnapshot(child, heapDir);
  const answeredAt = new Map<string, number>();
  const unsubscribe = fake.subscribe((event) => {
    if (event.type === "callback-answer") answeredAt.set(event.answer.callbackQueryId, performance.now());
  });
  let burstMb = 0;
  const sampler = setInterval(() => {
    burstMb = Math.max(burstMb, memoryMb(pid, "VmRSS"));
  }, 50);
  const cpuBefore = { bot: cpuMs(pid), postgres: await postgresCpu(db), redis: await redisCpu(redis), fake: process.cpuUsage() };
  const pushedAt = performance.now();
  for (const update of updates) fake.pushUpdate(update);
  const deadline = Date.now() + timeoutMs;
  if (heapDir) {
    while (answeredAt.size < updates.length / 2 && Date.now() < deadline && child.exitCode === null) await sleep(20);
    await heapSnapshot(child, heapDir);
  }
  while (answeredAt.size < updates.length && Date.now() < deadline && child.exitCode === null) await sleep(50);
  clearInterval(sampler);
  unsubscribe();
  const postgresAfter = await postgresCpu(db);
  const redisMs = (await redisCpu(redis)) - cpuBefore.redis;
  const postgresMs = [...postgresAfter].reduce((sum, [pid, ms]) => sum + ms - (cpuBefore.postgres.get(pid) ?? 0), 0);
  const fakeUsage = process.cpuUsage(cpuBefore.fake);
  const perPress = (ms: number) => ms / Math.max(1, answeredAt.size);
  const cpu = {
    bot: perPress(cpuMs(pid) - cpuBefore.bot),
    postgres: perPress(postgresMs),
    redis: perPress(redisMs),
    fake: perPress((fakeUsage.user + fakeUsage.system) / 1000),
  };
  burstMb = Math.max(burstMb, memoryMb(pid, "VmRSS"));
  const waits = [...answeredAt.values()].map((at) => at - pushedAt).sort((a, b) => a - b);
  const last = waits.at(-1) ?? 0;
  return {
    answered: waits.length,
    perSecond: waits.length / (last / 1000),
    p50: percentile(waits, 50) / 1000,
    p99: percentile(waits, 99) / 1000,
    idleMb,
    burstMb,
    peakMb: memoryMb(pid, "VmHWM"),
    cpu,
  };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

function line(name: string, f: Figures): string {
  return (
    `${name}: ${f.answered}/${invitees} presses answered, ${f.perSecond.toFixed(0)}/s; ` +
    `p50 ${f.p50.toFixed(2)} s, p99 ${f.p99.toFixed(2)} s; ` +
    `RSS idle ${f.idleMb.toFixed(0)} MB, at the burst ${f.burstMb.toFixed(0)} MB (VmHWM since start ${f.peakMb.toFixed(0)} MB)\n` +
    `  CPU per press: bot ${f.cpu.bot.toFixed(2)} ms, its Postgres connections ${f.cpu.postgres.toFixed(2)} ms, ` +
    `Redis ${f.cpu.redis.toFixed(2)} ms, ` +
    `fake Bot API ${f.cpu.fake.toFixed(2)} ms`
  );
}

async function main() {
  console.log(`preparing a meeting with ${invitees} invitees …`);
  await prepareDatabase(databaseUrl);
  const db = createDb(databaseUrl);
  const fakes: FakeBotApi[] = [];
  const children: ChildProcess[] = [];
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  try {
    const seeded = await seed(db);
    const meetingId = seeded.meeting.id;
    const people = seeded.invitees.map((i) => i.personId);
    const fake = await FakeBotApi.start();
    fakes.push(fake);
    await sendInvitations(db, fake, seeded);
    const updates = presses(fake, people);

    console.log(`the compiled bot (node ${values.bot}: bot and workers in one process) …`);
    if (values.heap) mkdirSync(values.heap, { recursive: true });
    const diagnostics = [
      ...(values.profile ? ["--cpu-prof", "--cpu-prof-dir", values.profile] : []),
      ...(values.heap ? ["--heapsnapshot-signal=SIGUSR2", "--diagnostic-dir", values.heap] : []),
    ];
    const bot = spawn(process.execPath, [...diagnostics, values.bot], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        BOT_TOKEN: TOKEN,
        DATABASE_URL: databaseUrl,
        REDIS_URL,
        REDIS_PREFIX: prefix,
        BOT_API_ROOT: fake.apiRoot,
        HTTP_PORT: String(await freePort()),
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
    children.push(bot);
    const samanyar = await burst(bot, fake, updates, "the bot", redis, db, values.heap);
    // The edits and the last writes may trail the answers.
    const recordedDeadline = Date.now() + 30_000;
    let recorded = 0;
    for (;;) {
      recorded = await db.meetingInvitation.count({ where: { meetingId, answer: "YES" } });
      if (recorded >= invitees || Date.now() > recordedDeadline) break;
      await sleep(200);
    }
    const recordedText = createI18n().t("fa", "meeting-answer-recorded");
    const confirmed = fake.callbackAnswers.filter((a) => a.text === recordedText).length;
    await stop(bot);

    console.log("a bare grammY + runner bot that only answers the press …");
    const bareFake = await FakeBotApi.start();
    fakes.push(bareFake);
    const bare = spawn(process.execPath, ["test/bench/bare-bot.mjs"], {
      env: { ...process.env, BOT_TOKEN: TOKEN, BOT_API_ROOT: bareFake.apiRoot },
      stdio: ["ignore", "ignore", "inherit"],
    });
    children.push(bare);
    const ceiling = await burst(bare, bareFake, updates, "the bare bot", redis);
    await stop(bare);

    console.log(line("samanyar", samanyar));
    console.log(`  RSVPs recorded in Postgres: ${recorded}/${invitees}; presses answered "${recordedText}": ${confirmed}`);
    console.log(line("bare grammY + runner", ceiling));
    console.log(
      `ratio samanyar / bare: ${((samanyar.perSecond / ceiling.perSecond) * 100).toFixed(1)}% of the presses/s; ` +
        `p99 ${(samanyar.p99 / ceiling.p99).toFixed(1)}× the bare bot's`,
    );
  } finally {
    await Promise.all(children.map(stop));
    await db.$disconnect();
    for (const fake of fakes) await fake.stop();
    await deleteKeys(redis, prefix);
    await redis.quit();
    await dropDatabase(SERVER, `samanyar_bench_${run}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
