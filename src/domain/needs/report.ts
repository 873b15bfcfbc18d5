import type { Db } from "../../data/prisma.js";
import { countiesInScope } from "../people.js";
import type { Actor } from "../shared/actor.js";
import { aggregateNeeds, type NeedsReport } from "./aggregation.js";
import type { NeedsRounds } from "./rounds.js";

/** Reports on a round for officials, limited to the counties of their scope. */
export class NeedsReports {
  constructor(
    private readonly db: Db,
    private readonly rounds: NeedsRounds,
  ) {}

  /** The round's answers in the actor's scope, aggregated. */
  async report(actor: Actor, roundId: string): Promise<NeedsReport> {
    const round = await this.rounds.visibleRound(actor, roundId);
    const counties = await this.db.county.findMany({
      where: { AND: [countiesInScope(actor.roles), { id: { in: round.counties.map((c) => c.id) } }] },
      orderBy: { id: "asc" },
    });
    const countyIds = counties.map((c) => c.id);
    const invitations = await this.db.needsInvitation.findMany({
      where: { roundId, countyId: { in: countyIds } },
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
