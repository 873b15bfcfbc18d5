import { createHash, randomBytes } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { importCountyFile } from "../../src/data/county-import.js";
import { createDb } from "../../src/data/prisma.js";
import { prepareDatabase } from "../../src/data/setup.js";

/**
 * One migrated and seeded template database, kept between runs, and one Redis key prefix per test run (shared by the
 * tiers with services), so runs never see each other's data. Each test file copies the template into a database of
 * its own (database.ts), so files run in parallel without sharing rows; the run's databases and keys are removed
 * afterwards.
 *
 * Migrating takes Prisma's CLI many seconds (most of a run's start), so the template is built once per version of what
 * it is made from (TEMPLATE_SOURCES: the migrations, the reference data, the code that seeds and imports) and named
 * after their hash: a run finds it ready unless one of them changed. It accepts no connections, so no test can change
 * it; a template no run used for a day is dropped.
 */
const SERVER = process.env.TEST_DATABASE_SERVER ?? "postgresql://postgres@127.0.0.1:5432";
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Files and folders (every file under them) whose contents make the template. */
const TEMPLATE_SOURCES = [
  "prisma/migrations",
  "prisma/data",
  "src/data/setup.ts",
  "src/data/seed.ts",
  "src/data/county-import.ts",
  "src/domain/county-file.ts",
  "src/domain/text.ts",
  "test/support/global-setup.ts",
  "test/support/second-province.csv",
];
const TEMPLATE_PREFIX = "samanyar_test_template_";
const UNUSED_TEMPLATE_MS = 24 * 3600_000;
/** Held while a template is looked for or built, so concurrent runs build each version once. */
const TEMPLATE_LOCK = 7_326_160_017;

declare module "vitest" {
  export interface ProvidedContext {
    databaseServer: string;
    databaseTemplate: string;
    /** The start of the name of every database of this run (database.ts). */
    databasePrefix: string;
    redisUrl: string;
    redisPrefix: string;
  }
}

/** The run's template, database prefix and Redis prefix, and how many projects still use them. */
type Shared = { ready: Promise<{ template: string; databasePrefix: string; redisPrefix: string }>; users: number };
/** Every project with services calls setup (in one process, each with a module of its own): the first prepares, all share. */
const SHARED = Symbol.for("samanyar.test.global-setup");
const shared = globalThis as typeof globalThis & { [SHARED]?: Shared };

export default async function setup(project: TestProject) {
  let run = shared[SHARED];
  if (!run) {
    const id = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
    run = {
      ready: readyTemplate().then((template) => ({ template, databasePrefix: `samanyar_test_${id}_`, redisPrefix: `samanyar-test-${id}` })),
      users: 0,
    };
    shared[SHARED] = run;
  }
  run.users++;
  const { template, databasePrefix, redisPrefix } = await run.ready;
  project.provide("databaseServer", SERVER);
  project.provide("databaseTemplate", template);
  project.provide("databasePrefix", databasePrefix);
  project.provide("redisUrl", REDIS_URL);
  project.provide("redisPrefix", redisPrefix);

  return async () => {
    if (--run.users > 0) return;
    shared[SHARED] = undefined;
    await removeRun(databasePrefix, redisPrefix);
  };
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The name of the template for the sources as they are, built first if no run built it yet. */
async function readyTemplate(): Promise<string> {
  const template = `${TEMPLATE_PREFIX}${await sourcesHash()}`;
  return withAdmin(async (client) => {
    await client.query("SELECT pg_advisory_lock($1)", [TEMPLATE_LOCK]);
    try {
      const templates = await client.query<{ datname: string; used: string | null }>(
        "SELECT datname, shobj_description(oid, 'pg_database') AS used FROM pg_database WHERE starts_with(datname, $1)",
        [TEMPLATE_PREFIX],
      );
      for (const { datname, used } of templates.rows) {
        // A template being built when its run died (it held the lock), or one no run has used for a day.
        const unused = datname.endsWith("_building") || !(Date.now() - Date.parse(used ?? "") <= UNUSED_TEMPLATE_MS);
        if (datname !== template && unused) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
      if (!templates.rows.some((row) => row.datname === template)) await buildTemplate(client, template);
      await client.query(`COMMENT ON DATABASE "${template}" IS '${new Date().toISOString()}'`);
      return template;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [TEMPLATE_LOCK]);
    }
  });
}

/** Migrates and seeds a database under a temporary name, then gives it the template's: a template is always whole. */
async function buildTemplate(client: pg.Client, template: string): Promise<void> {
  const building = `${template}_building`;
  await client.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
  await prepareDatabase(`${SERVER}/${building}`);
  await addSecondProvince(`${SERVER}/${building}`);
  await client.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
  await client.query(`ALTER DATABASE "${template}" WITH ALLOW_CONNECTIONS false`);
}

async function sourcesHash(): Promise<string> {
  const hash = createHash("sha256");
  const add = async (path: string) => {
    const entries = await readdir(`${ROOT}${path}`, { withFileTypes: true }).catch(() => undefined);
    if (!entries) {
      hash.update(`${path}\0`).update(await readFile(`${ROOT}${path}`));
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) await add(`${path}/${entry.name}`);
  };
  for (const source of TEMPLATE_SOURCES) await add(source);
  return hash.digest("hex").slice(0, 16);
}

/**
 * The run's databases (each file's copy, dropped here rather than as each file ends: dropping one makes Postgres wait
 * for a checkpoint, a second or more on a busy machine, and a file would spend it; together they share the waits) and
 * its Redis keys.
 */
async function removeRun(databasePrefix: string, redisPrefix: string) {
  const { rows } = await withAdmin((client) =>
    client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [databasePrefix]),
  );
  const names = rows.map(({ datname }) => datname);
  // Many at a time, so that they share their checkpoints (measured on the busy machine: twelve took 1.2 to 1.6 s
  // together, 7.7 to 9.4 s four at a time), but not all: the server's connections are shared with other runs.
  const dropping = async () => {
    for (let name = names.pop(); name !== undefined; name = names.pop()) {
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    }
  };
  await Promise.all(Array.from({ length: 16 }, dropping));
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
