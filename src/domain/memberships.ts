import type { Db } from "../data/prisma.js";
import { audit } from "./audit.js";
import { isUniqueViolation } from "./drafts.js";
import { DomainError } from "./errors.js";
import { cardInclude, type NgoCard, newInviteToken, requireLed } from "./ngos.js";
import { type Notification, refreshCommands, tell } from "./outbox.js";

/** Membership of NGOs: joining by invite link, leaving or being removed, the invite link, and handing over leadership. */
export class MembershipService {
  constructor(private readonly db: Db) {}

  /** The NGO whose current invite token this is. */
  async byInviteToken(token: string): Promise<NgoCard | null> {
    if (!/^[\w-]{16,64}$/.test(token)) return null;
    return this.db.ngo.findUnique({ where: { inviteToken: token }, include: cardInclude });
  }

  /** Joins the NGO whose current invite token this is. */
  async join(personId: bigint, token: string): Promise<NgoCard> {
    const ngo = await this.byInviteToken(token);
    if (!ngo || ngo.status === "REJECTED") throw new DomainError("invite-invalid");
    if (ngo.status !== "VERIFIED") throw new DomainError("not-verified");
    if (ngo.leaderId === personId) throw new DomainError("is-leader");
    try {
      await this.db.$transaction(async (tx) => {
        await tx.membership.create({ data: { ngoId: ngo.id, personId } });
        await audit(tx, { actorId: personId, action: "membership.join", entityType: "membership", entityId: ngo.id, after: { personId } });
        if (ngo.leaderId) await tell(tx, [ngo.leaderId], { kind: "member-joined", ngoId: ngo.id, memberId: String(personId) });
        await refreshCommands(tx, [personId]);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError("already-member");
      throw error;
    }
    return ngo;
  }

  /** The NGOs a person belongs to as a member (not as leader). */
  ngosOf(personId: bigint): Promise<NgoCard[]> {
    return this.db.ngo.findMany({ where: { members: { some: { personId } } }, include: cardInclude, orderBy: { name: "asc" } });
  }

  async leave(personId: bigint, ngoId: string): Promise<void> {
    await this.endMembership(personId, ngoId, personId, "membership.leave");
  }

  async removeMember(leaderId: bigint, memberId: bigint): Promise<NgoCard> {
    const ngo = await requireLed(this.db, leaderId);
    await this.endMembership(memberId, ngo.id, leaderId, "membership.remove", { kind: "member-removed", ngoId: ngo.id });
    return ngo;
  }

  private async endMembership(personId: bigint, ngoId: string, actorId: bigint, action: string, notice?: Notification): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const { count } = await tx.membership.deleteMany({ where: { ngoId, personId } });
      if (count === 0) throw new DomainError("not-member");
      await audit(tx, { actorId, action, entityType: "membership", entityId: ngoId, before: { personId } });
      if (notice) await tell(tx, [personId], notice);
      await refreshCommands(tx, [personId]);
    });
  }

  /** A new invite link; the old one stops working at once. */
  async rotateInvite(leaderId: bigint): Promise<NgoCard> {
    const ngo = await requireLed(this.db, leaderId);
    return this.db.$transaction(async (tx) => {
      await audit(tx, { actorId: leaderId, action: "ngo.rotate-invite", entityType: "ngo", entityId: ngo.id });
      return tx.ngo.update({ where: { id: ngo.id }, data: { inviteToken: newInviteToken() }, include: cardInclude });
    });
  }

  /** Hands leadership to a member; the old leader stays on as a member. */
  async transferLeadership(leaderId: bigint, memberId: bigint): Promise<NgoCard> {
    if (leaderId === memberId) throw new DomainError("self");
    return this.db.$transaction(async (tx) => {
      const ngo = await tx.ngo.findUnique({ where: { leaderId } });
      if (!ngo) throw new DomainError("not-leader");
      const membership = await tx.membership.findUnique({ where: { ngoId_personId: { ngoId: ngo.id, personId: memberId } } });
      if (!membership) throw new DomainError("not-member");
      if (await tx.ngo.findUnique({ where: { leaderId: memberId }, select: { id: true } })) throw new DomainError("member-leads-another");
      await tx.membership.delete({ where: { ngoId_personId: { ngoId: ngo.id, personId: memberId } } });
      // The contact phone was the old leader's own: the new leader shares theirs.
      await tx.ngo.update({ where: { id: ngo.id }, data: { leaderId: memberId, contactPhone: "", version: { increment: 1 } } });
      await tx.membership.create({ data: { ngoId: ngo.id, personId: leaderId } });
      await audit(tx, {
        actorId: leaderId,
        action: "ngo.transfer-leadership",
        entityType: "ngo",
        entityId: ngo.id,
        before: { leaderId },
        after: { leaderId: memberId },
      });
      await tell(tx, [memberId], { kind: "leadership-received", ngoId: ngo.id });
      await refreshCommands(tx, [leaderId, memberId]);
      return tx.ngo.findUniqueOrThrow({ where: { id: ngo.id }, include: cardInclude });
    });
  }
}
