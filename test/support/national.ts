import type { Db } from "../../src/data/prisma.js";
import { unique } from "./journeys.js";

/** A province a test adds for itself, with its counties' ids by English name. */
export type TestProvince = { id: number; nameEn: string; counties: Record<string, number> };

/**
 * Adds a province with these counties (English names; the same in Persian and Azerbaijani) straight through
 * Prisma, so tests of several provinces do not depend on the shared reference data.
 */
export async function addProvince(db: Db, nameEn: string, countyNames: string[]): Promise<TestProvince> {
  const code = `${nameEn.toLowerCase()}${unique()}`;
  const province = await db.province.create({
    data: {
      code,
      nameFa: nameEn,
      nameEn,
      nameAz: nameEn,
      counties: { create: countyNames.map((name, i) => ({ code: `${code}.${i}`, nameFa: name, nameEn: name, nameAz: name })) },
    },
    include: { counties: true },
  });
  return { id: province.id, nameEn, counties: Object.fromEntries(province.counties.map((c) => [c.nameEn, c.id])) };
}
