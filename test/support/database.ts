import pg from "pg";
import { afterAll, inject } from "vitest";

/**
 * Each test file's own database, copied from the run's migrated and seeded template (global-setup.ts)
 * before the file starts (a setup file of the tiers with services) and dropped after it: files run
 * in parallel, and none sees another's rows, outbox or counts.
 */
const server = inject("databaseServer");
const name = `${inject("databaseTemplate")}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${server}/postgres` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

// The template has no connections after setup, so copying it takes a few hundred milliseconds.
await admin(`CREATE DATABASE "${name}" TEMPLATE "${inject("databaseTemplate")}"`);
process.env.SAMANYAR_TEST_DATABASE_URL = `${server}/${name}`;

afterAll(async () => {
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}, 60_000);
