import { randomBytes } from "node:crypto";
import type { County, Field, Ngo, Person, Prisma } from "@prisma/client";
import type { Db } from "../data/prisma.js";
import { audit } from "./audit.js";
import { isUniqueViolation, oncePerDraft } from "./drafts.js";
import { DomainError } from "./errors.js";
import { checkAuthority, checkDescription, checkName, checkRegistrationNumber } from "./ngo-rules.js";
import { refreshCommands, tell } from "./outbox.js";
import { coversCounty, ngosInScope, type ProvinceChoice } from "./people.js";
import type { Actor } from "./shared/actor.js";
import type { Superadmins } from "./shared/superadmins.js";
import { normaliseName, normaliseRegistrationNumber } from "./text.js";

export type NgoDraft = {
  name: string;
  registrationNumber: string;
  registeringAuthority: string;
  countyId: number;
  fieldIds: number[];
  foundedYear: number;
  memberCount: number;
  isYouth: boolean;
  contactPhone: string;
  description: string;
};

export type NgoCard = Ngo & { county: County; fields: Field[]; leader: Person | null };

export const cardInclude = { county: true, fields: { orderBy: { sortOrder: "asc" } }, leader: true } as const;

/** How the rejection reason of a record closed as another's duplicate begins (followed by the id of the one kept). */
export const MERGED_PREFIX = "merged into ";

/** Invite tokens go into t.me/<bot>?start=<token> (ble.ir/<bot>?start=<token> on Bale): 22 URL-safe characters, unguessable. */
export const newInviteToken = () => randomBytes(16).toString("base64url");

/** Fields whose change is checked against the registry of live NGOs. */
const keysOf = (draft: Pick<NgoDraft, "name" | "registrationNumber">) => ({
  nameKey: normaliseName(draft.name),
  registrationKey: normaliseRegistrationNumber(draft.registrationNumber),
});

/** What people type about an NGO, checked again when it is saved (the conversations check each answer). */
const TYPED_CHECKS = {
  name: checkName,
  registrationNumber: checkRegistrationNumber,
  registeringAuthority: checkAuthority,
  description: checkDescription,
} as const;

function checkTyped(draft: Partial<NgoDraft>): void {
  for (const [key, check] of Object.entries(TYPED_CHECKS)) {
    const value = draft[key as keyof typeof TYPED_CHECKS];
    if (value !== undefined && !check(value).ok) throw new DomainError("invalid-ngo");
  }
}

/** NGO registration, review by officials, and the leader's changes to their NGO. */
export class NgoService {
  constructor(
    private readonly db: Db,
    /** Superadmins review where no official covers the county yet. */
    private readonly admins: Superadmins,
  ) {}

  card(id: string): Promise<NgoCard | null> {
    return this.db.ngo.findUnique({ where: { id }, include: cardInclude });
  }

  /** Refuses a registration number, or a name in the same county, that a live NGO already has. */
  async findDuplicate(draft: Partial<Pick<NgoDraft, "name" | "registrationNumber" | "countyId">>, exceptId?: string) {
    if (draft.registrationNumber) {
      const clash = await this.db.ngo.findUnique({
        where: { registrationKey: normaliseRegistrationNumber(draft.registrationNumber) },
        select: { id: true },
      });
      if (clash && clash.id !== exceptId) return "duplicate-registration-number" as const;
    }
    if (draft.name && draft.countyId) {
      const clash = await this.db.ngo.findUnique({
        where: { countyId_nameKey: { countyId: draft.countyId, nameKey: normaliseName(draft.name) } },
        select: { id: true },
      });
      if (clash && clash.id !== exceptId) return "duplicate-name" as const;
    }
    return undefined;
  }

  /** Registers a pending NGO led by the person; the same draft (`draftKey`) confirmed again gets the NGO it registered. */
  async register(leaderId: bigint, draft: NgoDraft, draftKey?: string): Promise<NgoCard> {
    return oncePerDraft(
      draftKey,
      (key) => this.db.ngo.findFirst({ where: { draftKey: key, leaderId }, include: cardInclude }),
      () => this.insert(leaderId, draft, draftKey),
    );
  }

  /** The database has the last word on duplicates. */
  private async insert(leaderId: bigint, draft: NgoDraft, draftKey: string | undefined): Promise<NgoCard> {
    checkTyped(draft);
    try {
      return await this.db.$transaction(async (tx) => {
        const leads = await tx.ngo.findUnique({ where: { leaderId }, select: { id: true } });
        if (leads) throw new DomainError("already-leads");
        const { fieldIds, ...data } = draft;
        const ngo = await tx.ngo.create({
          data: {
            ...data,
            ...keysOf(draft),
            leaderId,
            submittedById: leaderId,
            draftKey,
            inviteToken: newInviteToken(),
            fields: { connect: fieldIds.map((id) => ({ id })) },
          },
          include: cardInclude,
        });
        await audit(tx, { actorId: leaderId, action: "ngo.register", entityType: "ngo", entityId: ngo.id, after: withoutPhone(draft) });
        await this.askForReview(tx, ngo);
        await refreshCommands(tx, [leaderId]);
        return ngo;
      });
    } catch (error) {
      throw asDuplicateError(error);
    }
  }

  /**
   * Leaders change their NGO's data; name and number are checked for duplicates
   * again. A new name, number or county is what officials verified, so the NGO
   * goes back to review (`reviewAgain`), with the officials of its county.
   */
  async update(actor: Actor, ngoId: string, patch: Partial<NgoDraft>): Promise<{ ngo: NgoCard; reviewAgain: boolean }> {
    checkTyped(patch);
    try {
      return await this.db.$transaction(async (tx) => {
        const before = await tx.ngo.findUnique({ where: { id: ngoId }, include: { fields: true } });
        if (!before || before.leaderId !== actor.id) throw new DomainError("forbidden");
        const reviewAgain = REVIEWED_FIELDS.some((key) => patch[key] !== undefined && patch[key] !== before[key]);
        const { fieldIds, ...data } = patch;
        const keys = {
          ...(patch.name ? { nameKey: normaliseName(patch.name) } : {}),
          ...(patch.registrationNumber ? { registrationKey: normaliseRegistrationNumber(patch.registrationNumber) } : {}),
        };
        const ngo = await tx.ngo.update({
          where: { id: ngoId },
          data: {
            ...data,
            ...keys,
            ...(fieldIds ? { fields: { set: fieldIds.map((id) => ({ id })) } } : {}),
            version: { increment: 1 },
            ...(reviewAgain ? { status: "PENDING" as const, reviewedAt: null, reviewedById: null } : {}),
          },
          include: cardInclude,
        });
        await audit(tx, {
          actorId: actor.id,
          action: "ngo.update",
          entityType: "ngo",
          entityId: ngoId,
          before: withoutPhone({ ...pick(before, patch, before.fields), ...(reviewAgain ? { status: before.status } : {}) }),
          after: withoutPhone({ ...patch, ...(reviewAgain ? { status: "PENDING" } : {}) }),
        });
        if (reviewAgain) await this.askForReview(tx, ngo);
        return { ngo, reviewAgain };
      });
    } catch (error) {
      throw asDuplicateError(error);
    }
  }

  /** Officials covering the NGO's county are asked to review it, or the superadmins if nobody covers it yet. */
  private async askForReview(tx: Prisma.TransactionClient, ngo: NgoCard): Promise<void> {
    // Nobody reviews their own NGO (see checkReviewer).
    const own = [ngo.submittedById, ngo.leaderId].filter((id): id is bigint => id !== null);
    const officials = await tx.official.findMany({
      where: { provinceId: ngo.county.provinceId, OR: [{ scope: "PROVINCE" }, { countyId: ngo.countyId }], personId: { notIn: own } },
      select: { personId: true },
    });
    const reviewers =
      officials.length > 0
        ? officials.map((o) => o.personId)
        : (await tx.person.findMany({ where: { AND: [this.admins.where, { id: { notIn: own } }] }, select: { id: true } })).map(
            (a) => a.id,
          );
    await tell(tx, reviewers, { kind: "ngo-pending", ngoId: ngo.id });
  }

  /** Pending NGOs the actor may review, oldest first; within the chosen province if any. */
  async pendingFor(actor: Actor, province?: ProvinceChoice): Promise<NgoCard[]> {
    const scope = ngosInScope(actor.roles, province);
    return this.db.ngo.findMany({ where: { status: "PENDING", ...scope }, include: cardInclude, orderBy: { createdAt: "asc" } });
  }

  /**
   * The pending NGO, if the actor may review it now; the refusal says why not.
   * With the `version` of the card the official saw, a card since changed is refused.
   */
  async reviewable(actor: Actor, ngoId: string, version?: number): Promise<NgoCard> {
    const ngo = await this.card(ngoId);
    if (!ngo) throw new DomainError("not-found");
    checkReviewer(actor, ngo);
    if (ngo.status !== "PENDING") throw new DomainError("already-reviewed");
    if (version !== undefined && ngo.version !== version) throw new DomainError("review-changed");
    return ngo;
  }

  /**
   * How a reviewed NGO was decided, by whom and when (for the officials who press its buttons
   * later); null while it waits for review. A record closed as the duplicate of another counts as merged.
   */
  async reviewOf(ngoId: string): Promise<{ outcome: "VERIFIED" | "REJECTED" | "MERGED"; reviewer: Person | null; at: Date } | null> {
    const ngo = await this.db.ngo.findUnique({ where: { id: ngoId } });
    if (!ngo || ngo.status === "PENDING" || !ngo.reviewedAt) return null;
    const reviewer = ngo.reviewedById === null ? null : await this.db.person.findUnique({ where: { id: ngo.reviewedById } });
    const merged = ngo.status === "REJECTED" && ngo.rejectionReason?.startsWith(MERGED_PREFIX);
    return { outcome: merged ? "MERGED" : ngo.status, reviewer, at: ngo.reviewedAt };
  }

  /** Remembers a card of the NGO sent to an official for review, so that its buttons go once the NGO is reviewed. */
  async rememberReviewCard(ngoId: string, personId: bigint, messageId: number): Promise<void> {
    await this.db.reviewCard.createMany({ data: [{ ngoId, personId, messageId }], skipDuplicates: true });
  }

  /** Approves the NGO; given the `version` of the card the official saw, only if it has not changed since. */
  approve(actor: Actor, ngoId: string, version?: number): Promise<NgoCard> {
    return this.review(actor, ngoId, version, { status: "VERIFIED" }, "ngo.approve", "ngo-approved");
  }

  /** A rejected NGO frees its name, number and leader, so the leader can register again. */
  reject(actor: Actor, ngoId: string, reason: string, version?: number): Promise<NgoCard> {
    return this.review(
      actor,
      ngoId,
      version,
      { status: "REJECTED", rejectionReason: reason, nameKey: null, registrationKey: null, leaderId: null },
      "ngo.reject",
      "ngo-rejected",
    );
  }

  private async review(
    actor: Actor,
    ngoId: string,
    version: number | undefined,
    data: Prisma.NgoUncheckedUpdateInput,
    action: string,
    outcome: "ngo-approved" | "ngo-rejected",
  ) {
    return this.db.$transaction(async (tx) => {
      const ngo = await tx.ngo.findUnique({ where: { id: ngoId }, include: { county: true } });
      if (!ngo) throw new DomainError("not-found");
      checkReviewer(actor, ngo);
      // Only one of several officials pressing at once wins; the others are told it is done,
      // or that the card they saw has changed since.
      const { count } = await tx.ngo.updateMany({
        where: { id: ngoId, status: "PENDING", version },
        data: { ...(data as Prisma.NgoUncheckedUpdateManyInput), reviewedById: actor.id, reviewedAt: new Date() },
      });
      if (count === 0) {
        const now = await tx.ngo.findUniqueOrThrow({ where: { id: ngoId }, select: { status: true } });
        throw new DomainError(now.status === "PENDING" ? "review-changed" : "already-reviewed");
      }
      await audit(tx, {
        actorId: actor.id,
        action,
        entityType: "ngo",
        entityId: ngoId,
        before: { status: ngo.status },
        after: { status: data.status, rejectionReason: data.rejectionReason },
        origin: actor.origin,
      });
      await closeReviewCards(tx, ngoId);
      // Its leader hears the outcome (the one who registered it, unless leadership was handed over since).
      const leader = ngo.leaderId ?? ngo.submittedById;
      await tell(tx, [leader], { kind: outcome, ngoId });
      await refreshCommands(tx, [leader]);
      return tx.ngo.findUniqueOrThrow({ where: { id: ngoId }, include: cardInclude });
    });
  }

  /** The leader's NGO with its members, or a refusal for anyone else. */
  async ledBy(leaderId: bigint): Promise<(NgoCard & { members: { person: Person; joinedAt: Date }[] }) | null> {
    return this.db.ngo.findUnique({
      where: { leaderId },
      include: { ...cardInclude, members: { include: { person: true }, orderBy: { joinedAt: "asc" } } },
    });
  }

  /** The leader opens or closes their contact to other NGOs in the directory. */
  async setContactAllowed(leaderId: bigint, allowed: boolean): Promise<NgoCard> {
    const ngo = await requireLed(this.db, leaderId);
    return this.db.$transaction(async (tx) => {
      await audit(tx, {
        actorId: leaderId,
        action: "ngo.contact-setting",
        entityType: "ngo",
        entityId: ngo.id,
        before: { allowContact: ngo.allowContact },
        after: { allowContact: allowed },
      });
      return tx.ngo.update({ where: { id: ngo.id }, data: { allowContact: allowed }, include: cardInclude });
    });
  }
}

/** The NGO the person leads, or a refusal. */
export async function requireLed(db: Db, leaderId: bigint): Promise<NgoCard> {
  const ngo = await db.ngo.findUnique({ where: { leaderId }, include: cardInclude });
  if (!ngo) throw new DomainError("not-leader");
  return ngo;
}

/** Officials review the NGOs of the counties they cover, never their own. */
export function checkReviewer(actor: Actor, ngo: Pick<Ngo, "submittedById" | "leaderId"> & { county: County }): void {
  if (!coversCounty(actor.roles, ngo.county)) throw new DomainError("forbidden");
  if (ngo.submittedById === actor.id || ngo.leaderId === actor.id) throw new DomainError("own-ngo");
}

/** Changes that undo what officials verified, and so send the NGO back to review. */
const REVIEWED_FIELDS = ["name", "registrationNumber", "countyId"] as const;

/** Phone numbers are personal data: the audit log records that one changed, not the number. */
function withoutPhone(entry: Record<string, unknown>): Record<string, unknown> {
  return entry.contactPhone === undefined ? entry : { ...entry, contactPhone: "(hidden)" };
}

function pick(ngo: Ngo, patch: Partial<NgoDraft>, fields: Field[]): Record<string, unknown> {
  const before: Record<string, unknown> = {};
  for (const key of Object.keys(patch)) {
    before[key] = key === "fieldIds" ? fields.map((f) => f.id) : ngo[key as keyof Ngo];
  }
  return before;
}

/** Maps the database's unique-constraint refusal to the duplicate the person must be told about. */
function asDuplicateError(error: unknown): unknown {
  if (!isUniqueViolation(error)) return error;
  const target = JSON.stringify(error.meta ?? {});
  if (target.includes("registrationKey")) return new DomainError("duplicate-registration-number");
  if (target.includes("nameKey")) return new DomainError("duplicate-name");
  if (target.includes("leaderId")) return new DomainError("already-leads");
  return error;
}

/** The NGO was reviewed (approved, rejected or merged): every official's card of it loses its buttons, in the same transaction. */
export async function closeReviewCards(tx: Prisma.TransactionClient, ngoId: string): Promise<void> {
  const cards = await tx.reviewCard.findMany({ where: { ngoId } });
  for (const card of cards) await tell(tx, [card.personId], { kind: "review-card-closed", ngoId, messageId: card.messageId });
  await tx.reviewCard.deleteMany({ where: { ngoId } });
}
