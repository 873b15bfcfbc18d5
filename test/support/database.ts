import pg from "pg";
import { inject } from "vitest";

/**
 * Each test file's own database, copied from the migrated and seeded template (global-setup.ts) before the file starts
 * (a setup file of the tiers with services): files run in parallel, and none sees another's rows, outbox or counts.
 * The run drops its databases when it ends (global-setup.ts).
 */
const server = inject("databaseServer");
const name = `${inject("databasePrefix")}${process.pid}_${Math.random().toString(36).slice(2, 8)}`;

const client = new pg.Client({ connectionString: `${server}/postgres` });
await client.connect();
try {
  // Nothing connects to the template, so copying it takes a fraction of a second.
  await client.query(`CREATE DATABASE "${name}" TEMPLATE "${inject("databaseTemplate")}"`);
} finally {
  await client.end();
}
process.env.SAMANYAR_TEST_DATABASE_URL = `${server}/${name}`;
