import type { Db } from "../../data/prisma.js";
import { DomainError } from "../errors.js";
import { countiesInScope, coversCounty, type ProvinceChoice } from "../people.js";
import type { Actor } from "../shared/actor.js";
import { aggregateNeeds, type NeedsReport } from "./aggregation.js";
import type { NeedsRounds } from "./rounds.js";

/** A report narrowed to one county of the reader's scope, or to the NGOs working in one field, or both. */
/** `province`: officials whose scope spans several provinces see only that province's counties (refused outside the scope). */
export type NeedsFilter = { countyId?: number; fieldId?: number; province?: ProvinceChoice };

/** Reports on a round for officials, limited to the counties of their scope. */
export class NeedsReports {
  constructor(
    private readonly db: Db,
    private readonly rounds: NeedsRounds,
  ) {}

  /**
   * The round's answers in the actor's scope, aggregated; with a filter, those
   * of one county (refused outside the actor's scope) or of the NGOs of one field.
   */
  async report(actor: Actor, roundId: string, filter: NeedsFilter = {}): Promise<NeedsReport> {
    const round = await this.rounds.visibleRound(actor, roundId);
    if (filter.countyId !== undefined) {
      const county = await this.db.county.findUnique({ where: { id: filter.countyId } });
      if (!county || !coversCounty(actor.roles, county)) throw new DomainError("forbidden");
      if (!round.counties.some((c) => c.id === county.id)) throw new DomainError("not-found");
    }
    if (filter.fieldId !== undefined && !(await this.db.field.findUnique({ where: { id: filter.fieldId } }))) {
      throw new DomainError("not-found");
    }
    const inRound = round.counties.map((c) => c.id).filter((id) => filter.countyId === undefined || id === filter.countyId);
    const counties = await this.db.county.findMany({
      where: { AND: [countiesInScope(actor.roles, filter.province), { id: { in: inRound } }] },
      orderBy: { id: "asc" },
    });
    const countyIds = counties.map((c) => c.id);
    const invitations = await this.db.needsInvitation.findMany({
      where: {
        roundId,
        countyId: { in: countyIds },
        ...(filter.fieldId === undefined ? {} : { ngo: { fields: { some: { id: filter.fieldId } } } }),
      },
      select: { ngoId: true, countyId: true },
    });
    const answers = await this.db.needsAnswer.findMany({
      where: { roundId, ngoId: { in: invitations.map((i) => i.ngoId) } },
      include: {
        choices: { include: { topic: true } },
        ngo: { select: { name: true, fields: { orderBy: { sortOrder: "asc" } } } },
      },
      orderBy: { createdAt: "asc" },
    });
    return aggregateNeeds(round, counties, invitations, answers);
  }
}
