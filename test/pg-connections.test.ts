import { Prisma } from "@prisma/client";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db, queryPrepared } from "../src/data/prisma.js";
import { PeopleService } from "../src/domain/people.js";
import { Superadmins } from "../src/domain/shared/superadmins.js";
import { databaseUrl, newTelegramId } from "./support/harness.js";

/**
 * A pg connection runs one query at a time; pg 8 queues a second one with a
 * deprecation warning at every start, and pg 9 will refuse it. Prisma's pg
 * adapter loads sibling relations concurrently, also inside a transaction,
 * where they share one connection (prisma/orm#29407): src/data/prisma.ts puts
 * them one after another.
 */
type Query = (this: pg.Client, ...args: unknown[]) => unknown;
const clientPrototype = pg.Client.prototype as unknown as { query: Query };
const originalQuery = clientPrototype.query;
/** Promise-style queries each connection is running now, and how often one was given a query while busy. */
const running = new WeakMap<pg.Client, number>();
let overlapping = 0;
const warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(warning.message);
let db: Db;

beforeAll(() => {
  clientPrototype.query = function (this: pg.Client, ...args: unknown[]) {
    const result = originalQuery.apply(this, args);
    if (!(result instanceof Promise)) return result; // a callback or a submittable: pg's own pool work
    const now = running.get(this) ?? 0;
    if (now > 0) overlapping++;
    running.set(this, now + 1);
    return result.finally(() => running.set(this, (running.get(this) ?? 1) - 1));
  };
  process.on("warning", onWarning);
  db = createDb(databaseUrl());
});

afterAll(async () => {
  clientPrototype.query = originalQuery;
  process.off("warning", onWarning);
  await db.$disconnect();
});

describe("queries on one pg connection", () => {
  it("when someone writes to the bot for the first time (a transaction reading their roles: three relations), then their connection runs one query at a time", async () => {
    const people = new PeopleService(db, new Superadmins(new Map()));
    const id = newTelegramId();
    const { person, roles } = await people.touch({
      messenger: "TELEGRAM",
      id,
      firstName: "Maryam",
      lastName: "Karimi",
      languageCode: "fa",
    });
    expect(person).toMatchObject({ id: BigInt(id), firstName: "Maryam", lastName: "Karimi" });
    expect(roles).toMatchObject({ superadmin: false, official: null, leads: null, memberOf: [] });
    expect(overlapping).toBe(0);
    expect(warnings.filter((w) => w.includes("already executing a query"))).toEqual([]);
  });
});

describe("statements every update runs", () => {
  it("when a statement runs through queryPrepared, then it reads back what $queryRaw reads, and its connection keeps it prepared", async () => {
    const at = new Date("2026-03-20T20:45:12.345Z");
    const sql = Prisma.sql`
      SELECT ${at}::timestamp(3) AS at, ${12345678901n}::int8 AS big, ARRAY[1, 2]::int[] AS ints, ARRAY['a', 'b']::text[] AS texts,
        '{"id": 7, "name": "x"}'::jsonb AS json, NULL::text AS nothing, TRUE AS yes, 1.5::float8 AS half, 3 AS three,
        (SELECT count(*) FROM pg_prepared_statements WHERE statement = current_query()) AS prepared`;
    const [prepared] = await queryPrepared<Record<string, unknown>>(db, sql);
    const [raw] = await db.$queryRaw<Record<string, unknown>[]>(sql);
    const { prepared: count, ...row } = prepared ?? {};
    // (Prisma's unnamed run may land on the same connection, which then lists the prepared one.)
    const { prepared: _, ...rawRow } = raw ?? {};
    expect(row).toEqual(rawRow);
    expect(row).toMatchObject({ at, big: 12345678901n, ints: [1, 2], texts: ["a", "b"], json: { id: 7, name: "x" }, nothing: null });
    // Prepared: the connection that ran it lists it (nothing had been prepared before it).
    expect(count).toBe(1n);
  });
  it("when lists go in as array parameters, then their times are sent as UTC whatever the process's time zone, and each element reads back", async () => {
    const zone = process.env.TZ;
    process.env.TZ = "Asia/Tehran"; // pg on its own sends a Date as local time, which a timestamp column takes as UTC
    try {
      const at = new Date("2026-03-20T20:45:12.345Z");
      const rows = await queryPrepared<Record<string, unknown>>(
        db,
        Prisma.sql`SELECT * FROM unnest(${[at, null]}::timestamp(3)[], ${[12345678901n, 2n]}::int8[], ${['a"\\b', null]}::text[]) AS t(at, big, text)`,
      );
      expect(rows).toEqual([
        { at, big: 12345678901n, text: 'a"\\b' },
        { at: null, big: 2n, text: null },
      ]);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
  it("when a migration changes a table while statements on it are prepared, then they are prepared again and read the table as it is now", async () => {
    await db.$executeRaw`CREATE TABLE IF NOT EXISTS "PreparedProbe" (id int PRIMARY KEY)`;
    await db.$executeRaw`INSERT INTO "PreparedProbe" VALUES (1) ON CONFLICT DO NOTHING`;
    const read = () => queryPrepared<Record<string, unknown>>(db, Prisma.sql`SELECT * FROM "PreparedProbe" WHERE id = ${1}`);
    // Prepared on every connection of the pool (ten at most), so the next read meets a kept plan whichever it takes.
    await Promise.all(Array.from({ length: 10 }, read));
    await db.$executeRaw`ALTER TABLE "PreparedProbe" ADD COLUMN IF NOT EXISTS note text DEFAULT 'added'`;
    expect(await read()).toEqual([{ id: 1, note: "added" }]);
  });
});

describe("session settings", () => {
  it("when the app opens a database connection, then JIT compilation is off for it and the connection URL's own options still apply", async () => {
    const url = new URL(databaseUrl());
    url.searchParams.set("options", "-c default_transaction_read_only=on");
    const readOnly = createDb(url.toString());
    try {
      const [plain] = await db.$queryRaw<{ jit: string }[]>`SELECT current_setting('jit') AS jit`;
      const [settings] = await readOnly.$queryRaw<{ jit: string; readOnly: string }[]>`
        SELECT current_setting('jit') AS jit, current_setting('default_transaction_read_only') AS "readOnly"`;
      expect(plain).toEqual({ jit: "off" });
      expect(settings).toEqual({ jit: "off", readOnly: "on" });
    } finally {
      await readOnly.$disconnect();
    }
  });
});
