import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { importCountyFile } from "../../src/data/county-import.js";
import { createDb } from "../../src/data/prisma.js";
import { prepareDatabase } from "../../src/data/setup.js";

/**
 * One migrated and seeded template database and one Redis key prefix per test run (shared by the tiers
 * with services), so runs never see each other's data. Each test file copies the template into a database of its own (database.ts), so
 * files run in parallel without sharing rows; everything is removed afterwards.
 */
const SERVER = process.env.TEST_DATABASE_SERVER ?? "postgresql://postgres@127.0.0.1:5432";
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

declare module "vitest" {
  export interface ProvidedContext {
    databaseServer: string;
    databaseTemplate: string;
    redisUrl: string;
    redisPrefix: string;
  }
}

/** The run's template and prefix, and how many projects still use them. */
type Shared = { ready: Promise<{ template: string; redisPrefix: string }>; users: number };
/** Every project with services calls setup (in one process, each with a module of its own): the first prepares, all share. */
const SHARED = Symbol.for("samanyar.test.global-setup");
const shared = globalThis as typeof globalThis & { [SHARED]?: Shared };

export default async function setup(project: TestProject) {
  let run = shared[SHARED];
  if (!run) {
    const id = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
    const template = `samanyar_test_${id}`;
    run = {
      ready: prepareDatabase(`${SERVER}/${template}`)
        .then(() => addSecondProvince(`${SERVER}/${template}`))
        .then(() => ({ template, redisPrefix: `samanyar-test-${id}` })),
      users: 0,
    };
    shared[SHARED] = run;
  }
  run.users++;
  const { template, redisPrefix } = await run.ready;
  project.provide("databaseServer", SERVER);
  project.provide("databaseTemplate", template);
  project.provide("redisUrl", REDIS_URL);
  project.provide("redisPrefix", redisPrefix);

  return async () => {
    if (--run.users > 0) return;
    shared[SHARED] = undefined;
    await removeRun(template, redisPrefix);
  };
}

async function removeRun(template: string, redisPrefix: string) {
  const client = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await client.connect();
  // The template and any file's copy left behind by a test file that did not finish.
  const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${template}%`]);
  for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  await client.end();
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${redisPrefix}*`);
  for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500));
  await redis.quit();
}

/**
 * Nothing may assume one province: every test runs with a second province that has counties
 * (a few of Ardabil's), imported as an operator would.
 */
async function addSecondProvince(databaseUrl: string): Promise<void> {
  const db = createDb(databaseUrl);
  try {
    const imported = await importCountyFile(db, fileURLToPath(new URL("second-province.csv", import.meta.url)));
    if (!imported.ok) throw new Error(`test/support/second-province.csv: ${imported.errors.join("; ")}`);
  } finally {
    await db.$disconnect();
  }
}
