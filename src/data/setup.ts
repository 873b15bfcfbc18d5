import { execFile } from "node:child_process";
import { readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pg from "pg";
import { createDb } from "./prisma.js";
import { seedReferenceData } from "./seed.js";

const run = promisify(execFile);
const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

/** Creates the database named in the URL if the server does not have it yet. */
async function ensureDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Whether every migration in prisma/migrations is applied already. Prisma's CLI
 * takes seconds to start, so processes starting against an up-to-date database
 * (every worker after the first) skip it.
 */
async function upToDate(databaseUrl: string): Promise<boolean> {
  const local = (await readdir(`${projectRoot}prisma/migrations`, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present");
    if (!table.rows[0]?.present) return false;
    const applied = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const names = new Set(applied.rows.map((r) => r.migration_name));
    return local.every((name) => names.has(name));
  } finally {
    await client.end();
  }
}

/**
 * Loaded first in the CLI's process. Prisma 6.19's schema engine (WebAssembly) leaves a 10 s timer behind when it is
 * done, which kept the CLI alive for 10 s after the migrations: most of the 12 s a deploy took. Timers it sets no
 * longer keep the process alive by themselves; none is cancelled, and the CLI ends when its real work has.
 */
const LET_ENGINE_TIMERS_END = `data:text/javascript,${encodeURIComponent(`
const set = globalThis.setTimeout;
globalThis.setTimeout = (...args) => {
  const timer = set(...args);
  if (new Error().stack?.includes("wasm://")) timer.unref();
  return timer;
};`)}`;

/** Applies pending migrations with the Prisma CLI (concurrent runs wait on Prisma's advisory lock). */
async function migrate(databaseUrl: string): Promise<void> {
  if (await upToDate(databaseUrl)) return;
  await run(
    process.execPath,
    ["--import", LET_ENGINE_TIMERS_END, `${projectRoot}node_modules/prisma/build/index.js`, "migrate", "deploy"],
    {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    },
  );
}

/** Everything a fresh database needs before the bot starts: idempotent, safe to run at every start. */
export async function prepareDatabase(databaseUrl: string): Promise<void> {
  await ensureDatabase(databaseUrl);
  await migrate(databaseUrl);
  const db = createDb(databaseUrl);
  try {
    await seedReferenceData(db);
  } finally {
    await db.$disconnect();
  }
}
