/**
 * Broadcast benchmark (not a test):
 * `npm run build && npm run bench:broadcast -- --recipients 10000 [--workers 2] [--rate 30] [--paid [--paid-rate 1000]]`.
 *
 * Sends one broadcast to N recipients through worker processes of the compiled
 * build (`node dist/main.js worker`, as deployed), real Postgres and Redis, and
 * the fake Bot API with Telegram's limits (30 messages in any sliding second in
 * all, 1 a second per chat, 1000 a second for paid broadcasts). Prints the
 * achieved rate against Telegram's 30/s and against the workers' cap, 429s,
 * duplicates, missing recipients and the workers' peak memory. The workers run
 * with the default settings unless --rate (SEND_RATE_PER_SECOND) or --paid
 * (PAID_BROADCAST_RATE) is given, or the environment sets them.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Queue } from "bullmq";
import type { Message } from "grammy/types";
import { Redis } from "ioredis";
import { loadConfig } from "../../src/config.js";
import { createDb } from "../../src/data/prisma.js";
import { prepareDatabase } from "../../src/data/setup.js";
import { BroadcastService } from "../../src/domain/broadcasts.js";
import { BroadcastQueue } from "../../src/jobs/broadcasts.js";
import { createDeliveryQueue, type DeliveryJob } from "../../src/jobs/delivery.js";
import { FakeBotApi } from "../../src/sandbox/bot-api.js";
import { deleteKeys, dropDatabase } from "./scratch.js";

const { values } = parseArgs({
  options: {
    recipients: { type: "string", default: "10000" },
    workers: { type: "string", default: "2" },
    rate: { type: "string" },
    paid: { type: "boolean", default: false },
    "paid-rate": { type: "string", default: "1000" },
  },
});
const recipients = Number(values.recipients);
const workers = Number(values.workers);
/** Telegram's limits, which the fake enforces. */
const TELEGRAM = { perSecond: 30, paidPerSecond: 1000 };
const WORKER_SCRIPT = "dist/main.js";
const SERVER = process.env.TEST_DATABASE_SERVER ?? "postgresql://postgres@127.0.0.1:5432";
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const TOKEN = "123456789:BENCH-token-for-the-fake-bot-api";
const MEMBERS_PER_NGO = 11; // and a leader: 12 people per NGO

const run = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
const databaseUrl = `${SERVER}/samanyar_bench_${run}`;
const prefix = `samanyar-bench-${run}`;

/** The peak resident memory of a process, from /proc (Linux). */
function peakMemoryMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

async function seed(db: ReturnType<typeof createDb>) {
  const county = await db.county.findFirstOrThrow({ orderBy: { id: "asc" } });
  const officialId = 1_000_000n;
  await db.person.create({ data: { id: officialId, externalId: officialId, firstName: "Official" } });
  await db.official.create({ data: { personId: officialId, scope: "PROVINCE", provinceId: county.provinceId, grantedById: officialId } });
  const ngos = Math.ceil(recipients / (MEMBERS_PER_NGO + 1));
  let next = 2_000_000n;
  for (let n = 0; n < ngos; n++) {
    const size = Math.min(MEMBERS_PER_NGO + 1, recipients - n * (MEMBERS_PER_NGO + 1));
    const ids = Array.from({ length: size }, () => next++);
    await db.person.createMany({ data: ids.map((id) => ({ id, externalId: id, firstName: `P${id}` })) });
    const ngo = await db.ngo.create({
      data: {
        name: `Bench NGO ${n}`,
        nameKey: `bench ngo ${n}`,
        registrationNumber: `B${n}`,
        registrationKey: `B${n}`,
        registeringAuthority: "Bench",
        countyId: county.id,
        foundedYear: 1400,
        memberCount: size,
        isYouth: false,
        contactPhone: "+989120000000",
        description: "Benchmark NGO",
        status: "VERIFIED",
        leaderId: ids[0] as bigint,
        submittedById: ids[0] as bigint,
        inviteToken: `bench-${n}`,
      },
    });
    await db.membership.createMany({ data: ids.slice(1).map((personId) => ({ ngoId: ngo.id, personId })) });
  }
  return { officialId, countyId: county.id };
}

/** The workers' environment, as given plus the options; loadConfig reads the cap they will keep from it. */
function workerEnv(apiRoot: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    BOT_TOKEN: TOKEN,
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    REDIS_PREFIX: prefix,
    BOT_API_ROOT: apiRoot,
    HTTP_PORT: "0",
    LOG_LEVEL: "error",
    ...(values.rate ? { SEND_RATE_PER_SECOND: values.rate } : {}),
    ...(values.paid ? { PAID_BROADCAST_RATE: values["paid-rate"] } : {}),
  };
}

function startWorker(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [WORKER_SCRIPT, "worker"], { env, stdio: ["ignore", "ignore", "inherit"] });
}

async function main() {
  if (!existsSync(WORKER_SCRIPT)) throw new Error(`${WORKER_SCRIPT} is missing: run \`npm run build\` first`);
  console.log(`preparing ${recipients} recipients …`);
  await prepareDatabase(databaseUrl);
  const db = createDb(databaseUrl);
  const fake = await FakeBotApi.start({ globalPerSecond: TELEGRAM.perSecond, perChatPerSecond: 1, paidPerSecond: TELEGRAM.paidPerSecond });
  const env = workerEnv(fake.apiRoot);
  const config = loadConfig(env);
  const cap = config.broadcastRatePerSecond;
  const telegram = config.paidBroadcastRate === undefined ? TELEGRAM.perSecond : TELEGRAM.paidPerSecond;
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const children: ChildProcess[] = [];
  let queue: Queue<DeliveryJob> | undefined;
  try {
    const { officialId, countyId } = await seed(db);
    const source = {
      message_id: 1,
      date: 0,
      chat: { id: Number(officialId), type: "private", first_name: "Official" },
      text: "Benchmark broadcast",
    };
    fake.rememberUserMessage(source as Message);
    for (let i = 0; i < workers; i++) children.push(startWorker(env));

    const service = new BroadcastService(db);
    const actor = {
      id: officialId,
      roles: { superadmin: false, official: { scope: "PROVINCE" as const, provinceId: 0, countyId: null }, leads: null, memberOf: [] },
    };
    actor.roles.official.provinceId = (await db.county.findUniqueOrThrow({ where: { id: countyId } })).provinceId;
    const broadcast = await service.create(
      actor,
      {
        audience: "LEADERS_AND_MEMBERS",
        countyIds: [countyId],
        fieldIds: [],
        youthOnly: false,
        essential: false,
        sourceChatId: officialId,
        sourceMessageId: 1,
        label: "Benchmark",
        sendAt: null,
      },
      new Date(),
    );
    queue = createDeliveryQueue(redis, prefix, config.deliveryRetryMs);
    const kind = config.paidBroadcastRate === undefined ? "free" : "paid (allow_paid_broadcast)";
    console.log(`sending with ${workers} worker processes (${WORKER_SCRIPT}), ${kind}, at a cap of ${cap}/s …`);
    await new BroadcastQueue(queue).schedule(broadcast.id, new Date());

    for (;;) {
      const current = await db.broadcast.findUniqueOrThrow({ where: { id: broadcast.id } });
      if (current.status === "DONE") break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const memory = children.map((child) => peakMemoryMb(child.pid));
    const sends = fake.calls.filter((c) => c.method === "copyMessage" && !c.errorCode);
    const paidSends = sends.filter((c) => c.payload.allow_paid_broadcast === true).length;
    const perChat = new Map<number, number>();
    for (const call of sends) perChat.set(Number(call.payload.chat_id), (perChat.get(Number(call.payload.chat_id)) ?? 0) + 1);
    const expected = await db.broadcastDelivery.findMany({ where: { broadcastId: broadcast.id }, select: { personId: true } });
    const duplicates = [...perChat.values()].filter((n) => n > 1).length;
    const missing = expected.filter((d) => !perChat.has(Number(d.personId))).length;
    const seconds = ((sends.at(-1)?.at ?? 0) - (sends[0]?.at ?? 0)) / 1000;
    const achieved = (sends.length - 1) / seconds;
    const percent = (of: number) => `${((achieved / of) * 100).toFixed(1)}%`;
    console.log(
      `broadcast: ${sends.length} messages (${paidSends} paid) in ${seconds.toFixed(1)} s = ${achieved.toFixed(2)} msg/s, ` +
        `${percent(telegram)} of Telegram's ${telegram}/s, ${percent(cap)} of the ${cap}/s cap; 429s: ${fake.rejected429}; ` +
        `duplicates: ${duplicates}; missing: ${missing}; workers' peak memory: ${memory.map((m) => `${m.toFixed(0)} MB`).join(", ")}`,
    );
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await Promise.all(
      children.map((child) => new Promise((resolve) => (child.exitCode === null ? child.once("exit", resolve) : resolve(null)))),
    );
    await queue?.close();
    await db.$disconnect();
    await fake.stop();
    await deleteKeys(redis, prefix);
    await redis.quit();
    await dropDatabase(SERVER, `samanyar_bench_${run}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
