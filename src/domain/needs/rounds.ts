import type { County, NeedsRound } from "@prisma/client";
import type { Db } from "../../data/prisma.js";
import { audit } from "../audit.js";
import { endOfTehranDay, type SolarHijriDate } from "../calendar.js";
import { oncePerDraft } from "../drafts.js";
import { DomainError } from "../errors.js";
import { tell } from "../outbox.js";
import { countiesInScope, type ProvinceChoice } from "../people.js";
import type { Actor } from "../shared/actor.js";
import { checkDeadline, checkRoundTitle } from "./validators.js";

export type RoundDraft = { title: string; deadline: SolarHijriDate; countyIds: number[] };
export type RoundView = NeedsRound & { counties: County[] };

export const roundInclude = { counties: { orderBy: { id: "asc" } } } as const;

/** Survey rounds: officials open them for counties of their scope, and close them. */
export class NeedsRounds {
  constructor(private readonly db: Db) {}

  /** The counties the actor may open a round for, and how many verified NGOs each has. */
  async openableCounties(actor: Actor): Promise<(County & { verified: number })[]> {
    const counties = await this.db.county.findMany({
      where: countiesInScope(actor.roles),
      orderBy: { id: "asc" },
      include: { _count: { select: { ngos: { where: { status: "VERIFIED" } } } } },
    });
    return counties.map(({ _count, ...county }) => ({ ...county, verified: _count.ngos }));
  }

  /** Opens a round; the same draft (`draftKey`) confirmed again gets the round it opened. */
  async openRound(actor: Actor, draft: RoundDraft, now: Date, draftKey?: string): Promise<{ round: RoundView; invited: number }> {
    return oncePerDraft(
      draftKey,
      (key) => this.openedFrom(actor, key),
      () => this.insertRound(actor, draft, now, draftKey),
    );
  }

  private async openedFrom(actor: Actor, draftKey: string): Promise<{ round: RoundView; invited: number } | null> {
    const round = await this.db.needsRound.findFirst({ where: { draftKey, openedById: actor.id }, include: roundInclude });
    return round && { round, invited: await this.db.needsInvitation.count({ where: { roundId: round.id } }) };
  }

  /** Opens a round and invites, in the same transaction, the leader of every verified NGO in its counties. */
  private async insertRound(actor: Actor, draft: RoundDraft, now: Date, draftKey: string | undefined) {
    const title = checkRoundTitle(draft.title);
    const deadline = checkDeadline(`${draft.deadline.jy}/${draft.deadline.jm}/${draft.deadline.jd}`, now, "en");
    if (!title.ok || !deadline.ok || draft.countyIds.length === 0) throw new DomainError("invalid-round");
    return this.db.$transaction(async (tx) => {
      const counties = await tx.county.findMany({
        where: { AND: [countiesInScope(actor.roles), { id: { in: draft.countyIds } }] },
        orderBy: { id: "asc" },
      });
      const provinceId = counties[0]?.provinceId;
      if (counties.length !== new Set(draft.countyIds).size || counties.some((c) => c.provinceId !== provinceId)) {
        throw new DomainError("forbidden");
      }
      const ngos = await tx.ngo.findMany({
        where: { status: "VERIFIED", countyId: { in: counties.map((c) => c.id) } },
        select: { id: true, countyId: true, leaderId: true },
      });
      if (ngos.length === 0) throw new DomainError("needs-no-ngos");
      const round = await tx.needsRound.create({
        data: {
          title: title.value,
          provinceId: provinceId as number,
          counties: { connect: counties.map((c) => ({ id: c.id })) },
          deadline: endOfTehranDay(deadline.value),
          openedById: actor.id,
          draftKey,
          createdAt: now,
        },
        include: roundInclude,
      });
      await tx.needsInvitation.createMany({ data: ngos.map((n) => ({ roundId: round.id, ngoId: n.id, countyId: n.countyId })) });
      const leaders = ngos.flatMap((n) => (n.leaderId ? [n.leaderId] : []));
      await tell(tx, leaders, { kind: "needs-invitation", roundId: round.id });
      await audit(tx, {
        actorId: actor.id,
        action: "needs.open",
        entityType: "needs-round",
        entityId: round.id,
        after: { title: round.title, deadline: round.deadline, countyIds: draft.countyIds, invited: ngos.length },
      });
      return { round, invited: ngos.length };
    });
  }

  /** Rounds touching the actor's counties (within the chosen province, if any), newest first. */
  async roundsFor(actor: Actor, province?: ProvinceChoice, take = 10): Promise<RoundView[]> {
    return this.db.needsRound.findMany({
      where: { counties: { some: countiesInScope(actor.roles, province) } },
      include: roundInclude,
      orderBy: { createdAt: "desc" },
      take,
    });
  }

  /** A round the actor may see, or a refusal. */
  async visibleRound(actor: Actor, roundId: string): Promise<RoundView> {
    const round = await this.db.needsRound.findFirst({
      where: { id: roundId, counties: { some: countiesInScope(actor.roles) } },
      include: roundInclude,
    });
    if (!round) throw new DomainError("not-found");
    return round;
  }

  /** Closes a round before its deadline; only someone covering all its counties may. */
  async closeRound(actor: Actor, roundId: string, now: Date): Promise<RoundView> {
    const round = await this.visibleRound(actor, roundId);
    const covered = await this.db.county.count({
      where: { AND: [countiesInScope(actor.roles), { id: { in: round.counties.map((c) => c.id) } }] },
    });
    if (covered !== round.counties.length) throw new DomainError("forbidden");
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.needsRound.updateMany({
        where: { id: roundId, closedAt: null },
        data: { closedAt: now, closedById: actor.id },
      });
      if (count === 0) throw new DomainError("needs-closed");
      await audit(tx, { actorId: actor.id, action: "needs.close", entityType: "needs-round", entityId: roundId });
      return tx.needsRound.findUniqueOrThrow({ where: { id: roundId }, include: roundInclude });
    });
  }

  /** A closed round's response, for the official who opened it. */
  async closingSummary(roundId: string): Promise<{ round: NeedsRound; invited: number; answered: number } | null> {
    const round = await this.db.needsRound.findUnique({
      where: { id: roundId },
      include: { _count: { select: { invitations: true, answers: true } } },
    });
    if (!round) return null;
    const { _count, ...rest } = round;
    return { round: rest, invited: _count.invitations, answered: _count.answers };
  }
}
