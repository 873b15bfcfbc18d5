import type { Prisma } from "@prisma/client";
import { distance } from "fastest-levenshtein";
import type { Db } from "../data/prisma.js";
import { audit } from "./audit.js";
import { DomainError } from "./errors.js";
import { cardInclude, checkReviewer, closeReviewCards, MERGED_PREFIX, type NgoCard } from "./ngos.js";
import { refreshCommands, tell } from "./outbox.js";
import { ngosInScope, type ProvinceChoice } from "./people.js";
import type { Actor } from "./shared/actor.js";
import { normaliseName } from "./text.js";

/** Names at least this alike (1 = equal) in one county suggest the same NGO registered twice. */
const NAME_SIMILARITY = 0.8;

export type DuplicateReason = "similar-name" | "same-phone";
export type DuplicatePair = { older: NgoCard; newer: NgoCard; reason: DuplicateReason };

/** How alike two normalised names are: 1 for equal, or when the shorter is all of the longer's start or end. */
export function nameSimilarity(a: string, b: string): number {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length >= 6 && (longer.startsWith(shorter) || longer.endsWith(shorter))) return 1;
  return 1 - distance(a, b) / Math.max(a.length, b.length, 1);
}

const ordered = (a: string, b: string) => (a < b ? [a, b] : [b, a]) as [string, string];

/**
 * The House of NGOs against duplicates: NGOs that look like one organisation
 * registered twice (a very similar name in the same county, or the same
 * contact phone), for an official to merge or to dismiss.
 */
export class DuplicateService {
  constructor(private readonly db: Db) {}

  /** Pairs among the NGOs in the actor's scope, within the chosen province if any. */
  async pairs(actor: Actor, province?: ProvinceChoice): Promise<DuplicatePair[]> {
    const scope = ngosInScope(actor.roles, province);
    const ngos = await this.db.ngo.findMany({
      where: { status: { in: ["PENDING", "VERIFIED"] }, ...scope },
      include: cardInclude,
      orderBy: { createdAt: "asc" },
    });
    const dismissed = new Set(
      (await this.db.duplicateDismissal.findMany({ where: { firstNgoId: { in: ngos.map((n) => n.id) } } })).map(
        (d) => `${d.firstNgoId}:${d.secondNgoId}`,
      ),
    );
    const found = new Map<string, DuplicatePair>();
    const add = (older: NgoCard, newer: NgoCard, reason: DuplicateReason) => {
      const key = ordered(older.id, newer.id).join(":");
      if (!dismissed.has(key) && !found.has(key)) found.set(key, { older, newer, reason });
    };
    // Keys made afresh: one stored before invisible characters were removed may still hold them.
    const keys = new Map(ngos.map((ngo) => [ngo.id, normaliseName(ngo.name)]));
    const key = (ngo: NgoCard) => keys.get(ngo.id) ?? "";
    // NGOs come oldest first, so in every pair the first is the older.
    ngos.forEach((older, i) => {
      for (const newer of ngos.slice(i + 1)) {
        if (older.contactPhone && older.contactPhone === newer.contactPhone) add(older, newer, "same-phone");
        else if (older.countyId === newer.countyId && nameSimilarity(key(older), key(newer)) >= NAME_SIMILARITY) {
          add(older, newer, "similar-name");
        }
      }
    });
    return [...found.values()];
  }

  /** Not the same organisation: the pair is not proposed again. */
  async dismiss(actor: Actor, ngoIdA: string, ngoIdB: string): Promise<void> {
    await this.livePair(actor, ngoIdA, ngoIdB);
    const [firstNgoId, secondNgoId] = ordered(ngoIdA, ngoIdB);
    await this.db.$transaction(async (tx) => {
      await tx.duplicateDismissal.upsert({
        where: { firstNgoId_secondNgoId: { firstNgoId, secondNgoId } },
        create: { firstNgoId, secondNgoId, dismissedById: actor.id },
        update: {},
      });
      await audit(tx, {
        actorId: actor.id,
        action: "ngo.not-duplicate",
        entityType: "ngo",
        entityId: firstNgoId,
        after: { secondNgoId },
        origin: actor.origin,
      });
    });
  }

  /**
   * Merges the newer record into the older one: its members (and its leader,
   * as a member) move to the older NGO, and the newer is closed as merged.
   */
  async merge(actor: Actor, ngoIdA: string, ngoIdB: string): Promise<{ kept: NgoCard; movedMembers: number }> {
    const [a, b] = await this.livePair(actor, ngoIdA, ngoIdB);
    const [kept, merged] = a.createdAt <= b.createdAt ? [a, b] : [b, a];
    return this.db.$transaction(async (tx) => {
      // Closing first, guarded by status, makes a second merge of the same record (a double
      // press, or two officials at once) find nothing to do.
      const closed: Prisma.NgoUncheckedUpdateManyInput = {
        status: "REJECTED",
        rejectionReason: `${MERGED_PREFIX}${kept.id}`,
        nameKey: null,
        registrationKey: null,
        leaderId: null,
        reviewedById: actor.id,
        reviewedAt: new Date(),
      };
      const { count } = await tx.ngo.updateMany({ where: { id: merged.id, status: { not: "REJECTED" } }, data: closed });
      const stillOpen = await tx.ngo.count({ where: { id: kept.id, status: { not: "REJECTED" } } });
      if (count === 0 || stillOpen === 0) throw new DomainError("not-found");
      await closeReviewCards(tx, merged.id);
      // A verification of either record holds for the organisation.
      if (merged.status === "VERIFIED" && kept.status !== "VERIFIED") {
        await closeReviewCards(tx, kept.id);
        await tx.ngo.update({
          where: { id: kept.id },
          data: { status: "VERIFIED", reviewedById: merged.reviewedById, reviewedAt: merged.reviewedAt },
        });
      }
      const members = await tx.membership.findMany({ where: { ngoId: merged.id } });
      const moving = [...members.map((m) => m.personId), ...(merged.leaderId ? [merged.leaderId] : [])].filter(
        (personId) => personId !== kept.leaderId,
      );
      const { count: movedMembers } = await tx.membership.createMany({
        data: moving.map((personId) => ({ ngoId: kept.id, personId })),
        skipDuplicates: true,
      });
      await tx.membership.deleteMany({ where: { ngoId: merged.id } });
      await audit(tx, {
        actorId: actor.id,
        action: "ngo.merge",
        entityType: "ngo",
        entityId: kept.id,
        before: { merged: merged.id, mergedStatus: merged.status, members: members.map((m) => m.personId) },
        after: { kept: kept.id, moved: moving },
        origin: actor.origin,
      });
      if (merged.leaderId) await tell(tx, [merged.leaderId], { kind: "ngo-merged", ngoId: kept.id });
      await refreshCommands(tx, moving);
      return { kept: await tx.ngo.findUniqueOrThrow({ where: { id: kept.id }, include: cardInclude }), movedMembers };
    });
  }

  /** Both NGOs, still live, and both within the actor's scope. */
  private async livePair(actor: Actor, ngoIdA: string, ngoIdB: string): Promise<[NgoCard, NgoCard]> {
    ngosInScope(actor.roles);
    const ngos = await this.db.ngo.findMany({ where: { id: { in: [ngoIdA, ngoIdB] } }, include: cardInclude });
    const [a, b] = [ngos.find((n) => n.id === ngoIdA), ngos.find((n) => n.id === ngoIdB)];
    if (!a || !b || a.id === b.id || a.status === "REJECTED" || b.status === "REJECTED") throw new DomainError("not-found");
    // In scope for both, and neither the official's own NGO (as with reviews).
    checkReviewer(actor, a);
    checkReviewer(actor, b);
    return [a, b];
  }
}
