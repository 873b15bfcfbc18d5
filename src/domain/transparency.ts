import type { County, Province } from "@prisma/client";
import type { Db } from "../data/prisma.js";
import { type Quarter, quarterBounds } from "./calendar.js";
import type { Coverage, CoverageService } from "./coverage.js";
import { MEETINGS_REQUIRED_PER_QUARTER, needsResponse } from "./kpi.js";

/** Meetings held by each county in each quarter, against the one a quarter required of it. */
export type HeldByQuarter = { quarters: Quarter[]; required: number; held: number[][] };

/** Training-needs rounds opened in the quarters shown: NGOs invited and NGOs that answered, per county. */
export type NeedsResponse = { invited: number[]; answered: number[] };

/**
 * What a province publishes when PUBLIC_DASHBOARD is on: counts per county
 * only. Nothing here names an NGO or a person, or carries a phone number.
 */
export type PublicFigures = {
  province: Province;
  provinces: Province[];
  counties: County[];
  coverage: Coverage;
  meetings: HeldByQuarter;
  needs: NeedsResponse;
};

/** Counts per county, in the order of `counties`, from rows of (countyId, value). */
export function perCounty(counties: County[], rows: { countyId: number; count: number }[]): number[] {
  return counties.map((county) => rows.filter((row) => row.countyId === county.id).reduce((sum, row) => sum + row.count, 0));
}

/** The public transparency page's figures, asked without a person: aggregates of a province only. */
export class TransparencyService {
  constructor(
    private readonly db: Db,
    private readonly coverage: CoverageService,
  ) {}

  /** The province asked for (the first one otherwise) among those with counties, over these quarters; null when there is none. */
  async figures(provinceId: number | undefined, quarters: Quarter[], now: Date): Promise<PublicFigures | null> {
    const provinces = await this.db.province.findMany({ where: { counties: { some: {} } }, orderBy: { id: "asc" } });
    const province = provinces.find((p) => p.id === provinceId) ?? provinces[0];
    if (!province) return null;
    const coverage = await this.coverage.ofProvince(province.id);
    const { counties } = coverage;
    const ids = counties.map((c) => c.id);
    const held = await Promise.all(
      quarters.map(async (quarter) => {
        const { start, end } = quarterBounds(quarter);
        // Held as /kpi counts it: not cancelled, and started by now.
        const rows = await this.db.meeting.groupBy({
          by: ["countyId"],
          where: { countyId: { in: ids }, status: "SCHEDULED", startsAt: { gte: start, lt: end, lte: now } },
          _count: { _all: true },
        });
        return perCounty(
          counties,
          rows.map((r) => ({ countyId: r.countyId, count: r._count._all })),
        );
      }),
    );
    const first = quarters[0];
    const last = quarters.at(-1);
    const from = first ? quarterBounds(first).start : now;
    const to = last ? quarterBounds(last).end : now;
    const needs = await needsResponse(this.db, ids, from, to);
    return {
      province,
      provinces,
      counties,
      coverage,
      meetings: {
        quarters,
        required: MEETINGS_REQUIRED_PER_QUARTER,
        // held[countyIndex][quarterIndex]
        held: counties.map((_, c) => held.map((byCounty) => byCounty[c] ?? 0)),
      },
      needs: {
        invited: perCounty(
          counties,
          needs.map((r) => ({ countyId: r.countyId, count: r.invited })),
        ),
        answered: perCounty(
          counties,
          needs.map((r) => ({ countyId: r.countyId, count: r.answered })),
        ),
      },
    };
  }
}
