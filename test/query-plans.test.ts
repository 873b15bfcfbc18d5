import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../src/data/prisma.js";
import { keepQueryPlans } from "../src/data/query-plans.js";
import { databaseUrl } from "./support/harness.js";

/** The plan cache on Prisma's own compiler (src/data/query-plans.ts), with real queries. */
let db: Db;
/**
 * In every query of this file, so that its texts are new to the process: other files' queries, run earlier by the same
 * worker (files share it), may have had the same text otherwise.
 */
const unseen = { nameFa: { not: `query-plans-${process.pid}-${Math.random()}` } };
beforeAll(() => {
  db = createDb(databaseUrl());
});
afterAll(() => db.$disconnect());

describe("Prisma's query plans", () => {
  it("when the same query is sent again, then Prisma does not compile it again and it reads the same rows", async () => {
    const plans = keepQueryPlans();
    const [county] = await db.county.findMany({ orderBy: { id: "desc" }, take: 1 });
    const query = () => db.county.findUnique({ where: { id: county?.id ?? 0, ...unseen }, include: { province: true } });
    const misses = plans.misses;
    const first = await query();
    expect(plans.misses).toBe(misses + 1);
    const hits = plans.hits;
    // One after another: findUniques sent together go to Prisma as one batch, compiled as such.
    const again = [await query(), await query(), await query()];
    expect(plans.hits).toBe(hits + 3);
    expect(plans.misses).toBe(misses + 1);
    expect(first?.province.code).toBeTruthy();
    for (const each of again) expect(each).toEqual(first);
  });

  it("when a query differs only in a value, then it reads the rows of its own value", async () => {
    const plans = keepQueryPlans();
    const [a, b] = await db.county.findMany({ orderBy: { id: "asc" }, take: 2 });
    if (!a || !b) throw new Error("the template has counties");
    const misses = plans.misses;
    expect((await db.county.findUnique({ where: { id: a.id, ...unseen } }))?.nameEn).toBe(a.nameEn);
    expect((await db.county.findUnique({ where: { id: b.id, ...unseen } }))?.nameEn).toBe(b.nameEn);
    expect(plans.misses).toBe(misses + 2);
  });
});
