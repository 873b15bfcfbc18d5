import type { Prisma } from "@prisma/client";
import type { Db } from "../data/prisma.js";
import { audit } from "./audit.js";
import { DomainError } from "./errors.js";
import { cardInclude, type NgoCard } from "./ngos.js";
import { tell } from "./outbox.js";

/** How many introduction requests one NGO may send in 24 hours. */
export const PARTNER_REQUESTS_PER_DAY = 3;
const DAY_MS = 24 * 3600 * 1000;

/** Nearest first: the same county, then a neighbouring county, then elsewhere in the province. */
export type Nearness = "county" | "neighbour" | "province";
const NEARNESS_ORDER: Nearness[] = ["county", "neighbour", "province"];

export type Proposal = { ngo: NgoCard; nearness: Nearness; sharedFields: number };

/**
 * The House of NGOs networks aligned NGOs: a leader sees verified NGOs that
 * share fields of activity, nearest first, and may ask to get in touch; the
 * other leader accepts (both then get each other's contact) or declines.
 */
export class PartnerService {
  constructor(private readonly db: Db) {}

  async proposals(leaderId: bigint): Promise<Proposal[]> {
    const own = await this.verifiedNgoLedBy(leaderId);
    const fieldIds = own.fields.map((f) => f.id);
    const neighbourIds = new Set(
      (
        await this.db.county.findUniqueOrThrow({ where: { id: own.countyId }, include: { neighbours: { select: { id: true } } } })
      ).neighbours.map((c) => c.id),
    );
    const candidates = await this.db.ngo.findMany({
      where: {
        status: "VERIFIED",
        id: { not: own.id },
        county: { provinceId: own.county.provinceId },
        fields: { some: { id: { in: fieldIds } } },
      },
      include: cardInclude,
    });
    const nearness = (ngo: NgoCard): Nearness =>
      ngo.countyId === own.countyId ? "county" : neighbourIds.has(ngo.countyId) ? "neighbour" : "province";
    return candidates
      .map((ngo) => ({ ngo, nearness: nearness(ngo), sharedFields: ngo.fields.filter((f) => fieldIds.includes(f.id)).length }))
      .sort(
        (a, b) =>
          NEARNESS_ORDER.indexOf(a.nearness) - NEARNESS_ORDER.indexOf(b.nearness) ||
          b.sharedFields - a.sharedFields ||
          a.ngo.name.localeCompare(b.ngo.name, "fa"),
      );
  }

  /** Sends an introduction request; returns how many more may be sent today. */
  async request(leaderId: bigint, toNgoId: string, now = new Date()): Promise<{ remaining: number }> {
    const own = await this.verifiedNgoLedBy(leaderId);
    if (own.id === toNgoId) throw new DomainError("self");
    return this.db.$transaction(async (tx) => {
      // Both NGOs' rows locked, in id order: requests sent at once (several bot processes)
      // are counted one after another, and A→B cannot cross B→A.
      await tx.$queryRaw`SELECT id FROM "Ngo" WHERE id IN (${own.id}, ${toNgoId}) ORDER BY id FOR UPDATE`;
      const target = await tx.ngo.findUnique({ where: { id: toNgoId }, include: { county: true, fields: { select: { id: true } } } });
      if (target?.status !== "VERIFIED" || !target.leaderId) throw new DomainError("not-found");
      // Only NGOs that would be proposed: in the province, sharing a field.
      const sharesField = target.fields.some((f) => own.fields.some((o) => o.id === f.id));
      if (target.county.provinceId !== own.county.provinceId || !sharesField) throw new DomainError("not-found");
      const between: Prisma.PartnerRequestWhereInput = {
        OR: [
          { fromNgoId: own.id, toNgoId },
          { fromNgoId: toNgoId, toNgoId: own.id },
        ],
      };
      if (await tx.partnerRequest.findFirst({ where: { ...between, status: "ACCEPTED" } })) throw new DomainError("already-partners");
      if (await tx.partnerRequest.findFirst({ where: { ...between, status: "PENDING" } })) throw new DomainError("already-requested");
      const sentToday = await tx.partnerRequest.count({
        where: { fromNgoId: own.id, createdAt: { gt: new Date(now.getTime() - DAY_MS) } },
      });
      if (sentToday >= PARTNER_REQUESTS_PER_DAY) throw new DomainError("partner-limit", { limit: PARTNER_REQUESTS_PER_DAY });
      const request = await tx.partnerRequest.create({ data: { fromNgoId: own.id, toNgoId, createdById: leaderId, createdAt: now } });
      await audit(tx, { actorId: leaderId, action: "partner.request", entityType: "ngo", entityId: own.id, after: { toNgoId } });
      await tell(tx, [target.leaderId], { kind: "partner-request", requestId: request.id });
      return { remaining: PARTNER_REQUESTS_PER_DAY - sentToday - 1 };
    });
  }

  /** The asked NGO's leader answers; on acceptance both leaders get the other's contact. */
  async answer(leaderId: bigint, requestId: string, accept: boolean): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const request = await tx.partnerRequest.findUnique({ where: { id: requestId }, include: { fromNgo: true, toNgo: true } });
      if (!request || request.toNgo.leaderId !== leaderId) throw new DomainError("forbidden");
      const { count } = await tx.partnerRequest.updateMany({
        where: { id: requestId, status: "PENDING" },
        data: { status: accept ? "ACCEPTED" : "DECLINED", answeredAt: new Date() },
      });
      if (count === 0) throw new DomainError("already-answered");
      await audit(tx, {
        actorId: leaderId,
        action: accept ? "partner.accept" : "partner.decline",
        entityType: "ngo",
        entityId: request.toNgoId,
        after: { fromNgoId: request.fromNgoId },
      });
      const requester = request.fromNgo.leaderId;
      if (accept) {
        if (requester) await tell(tx, [requester], { kind: "partner-contact", ngoId: request.toNgoId });
        await tell(tx, [leaderId], { kind: "partner-contact", ngoId: request.fromNgoId });
      } else if (requester) {
        await tell(tx, [requester], { kind: "partner-declined", ngoId: request.toNgoId });
      }
    });
  }

  /** A request with the asking NGO's card, for the notification to the asked leader. */
  incoming(requestId: string) {
    return this.db.partnerRequest.findUnique({ where: { id: requestId }, include: { fromNgo: { include: cardInclude }, toNgo: true } });
  }

  private async verifiedNgoLedBy(leaderId: bigint): Promise<NgoCard> {
    const ngo = await this.db.ngo.findUnique({ where: { leaderId }, include: cardInclude });
    if (!ngo) throw new DomainError("not-leader");
    if (ngo.status !== "VERIFIED") throw new DomainError("partners-not-verified");
    return ngo;
  }
}
