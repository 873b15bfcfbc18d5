import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import pg from "pg";
import { createDb, type Db } from "../../src/data/prisma.js";
import { prepareDatabase } from "../../src/data/setup.js";

/** A database of its own for one run of a benchmark (`kind` names the benchmark), on TEST_DATABASE_SERVER. */
export function scratchDatabase(kind: string): { server: string; database: string; url: string } {
  const server = process.env.TEST_DATABASE_SERVER ?? "postgresql://postgres@127.0.0.1:5432";
  const database = `samanyar_bench_${kind}_${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  return { server, database, url: `${server}/${database}` };
}

/**
 * Runs `measure` on the scratch database, migrated and seeded first, with a pg client and a Prisma client on it;
 * afterwards both close and the database is dropped, unless `keep` (then its name is printed).
 */
export async function onScratchDatabase(
  scratch: ReturnType<typeof scratchDatabase>,
  measure: (client: pg.Client, db: Db) => Promise<void>,
  { keep = false } = {},
): Promise<void> {
  await prepareDatabase(scratch.url);
  const client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
  const db = createDb(scratch.url);
  try {
    await measure(client, db);
  } finally {
    await db.$disconnect();
    await client.end();
    if (keep) console.log(`kept the database ${scratch.database}`);
    else await dropDatabase(scratch.server, scratch.database);
  }
}

/** What a benchmark run leaves behind is removed after it: its own database and its Redis keys. */
export async function dropDatabase(server: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${server}/postgres` });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
}

export async function deleteKeys(redis: Redis, prefix: string): Promise<void> {
  const keys = await redis.keys(`${prefix}*`);
  for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500));
}

/** The value below which p% of the sorted values lie (nearest rank); NaN for none. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
