import type { County, Field } from "@prisma/client";
import type { Db } from "../data/prisma.js";
import { countiesInScope, type ProvinceChoice } from "./people.js";
import type { Actor } from "./shared/actor.js";

/** A county and field with this many verified NGOs or more is crowded: they should coordinate. */
export const CROWDED_AT = 4;

export type Coverage = {
  counties: County[];
  fields: Field[];
  /** counts[fieldIndex][countyIndex]: verified NGOs working on that field in that county. */
  counts: number[][];
  /** youth[countyIndex]: verified youth NGOs in that county (the governor wants more of them). */
  youth: number[];
};

export type CoverageSummary = {
  /** Fields with no NGO in the most counties, and those counties. */
  gaps: { field: Field; counties: County[] }[];
  /** The cells with the most NGOs, at or above CROWDED_AT. */
  crowded: { field: Field; county: County; count: number }[];
};

/**
 * The House of NGOs' map against parallel work: how many verified NGOs work
 * on each field in each county of the official's scope.
 */
export class CoverageService {
  constructor(private readonly db: Db) {}

  /** The counties in the actor's scope, within the chosen province if any (every county of every province for "all provinces"). */
  async coverage(actor: Actor, province?: ProvinceChoice): Promise<Coverage> {
    const counties = await this.db.county.findMany({
      where: countiesInScope(actor.roles, province),
      orderBy: [{ provinceId: "asc" }, { id: "asc" }],
    });
    return this.matrix(counties);
  }

  /** A province's coverage for the public transparency page: counts only, no NGO named. */
  async ofProvince(provinceId: number): Promise<Coverage> {
    return this.matrix(await this.db.county.findMany({ where: { provinceId }, orderBy: { id: "asc" } }));
  }

  private async matrix(counties: County[]): Promise<Coverage> {
    const ids = counties.map((c) => c.id);
    // Counted in Postgres, a row per county and field: loading every NGO with its fields to count them here took
    // 0.6 s for all provinces at national size (26,000 NGOs).
    const [fields, cells, youthful] = await Promise.all([
      this.db.field.findMany({ orderBy: { sortOrder: "asc" } }),
      // "_FieldToNgo" is the table of Prisma's implicit relation between Field (A) and Ngo (B).
      this.db.$queryRaw<{ countyId: number; fieldId: number; count: number }[]>`
        SELECT n."countyId", f."A" AS "fieldId", count(*)::int AS count
        FROM "Ngo" n JOIN "_FieldToNgo" f ON f."B" = n.id
        WHERE n.status = 'VERIFIED' AND n."countyId" = ANY(${ids})
        GROUP BY n."countyId", f."A"`,
      this.db.$queryRaw<{ countyId: number; count: number }[]>`
        SELECT n."countyId", count(*)::int AS count FROM "Ngo" n
        WHERE n.status = 'VERIFIED' AND n."isYouth" AND n."countyId" = ANY(${ids})
        GROUP BY n."countyId"`,
    ]);
    const counts = fields.map(() => counties.map(() => 0));
    const youth = counties.map(() => 0);
    const countyIndex = new Map(counties.map((c, i) => [c.id, i]));
    const fieldIndex = new Map(fields.map((f, i) => [f.id, i]));
    for (const { countyId, count } of youthful) {
      const column = countyIndex.get(countyId);
      if (column !== undefined) youth[column] = count;
    }
    for (const { countyId, fieldId, count } of cells) {
      const row = fieldIndex.get(fieldId);
      const column = countyIndex.get(countyId);
      if (row !== undefined && column !== undefined) (counts[row] as number[])[column] = count;
    }
    return { counties, fields, counts, youth };
  }
}

/** The largest gaps and the most crowded cells, for a House of NGOs officer to act on. */
export function summarise({ counties, fields, counts }: Coverage, top = 5): CoverageSummary {
  const gaps = fields
    .map((field, row) => ({ field, counties: counties.filter((_, column) => counts[row]?.[column] === 0) }))
    .filter((gap) => gap.counties.length > 0)
    .sort((a, b) => b.counties.length - a.counties.length || a.field.sortOrder - b.field.sortOrder)
    .slice(0, top);
  const crowded = fields
    .flatMap((field, row) => counties.map((county, column) => ({ field, county, count: counts[row]?.[column] ?? 0 })))
    .filter((cell) => cell.count >= CROWDED_AT)
    .sort((a, b) => b.count - a.count)
    .slice(0, top);
  return { gaps, crowded };
}
