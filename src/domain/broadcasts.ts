import {
  type Broadcast,
  type BroadcastAudience,
  type BroadcastContentKind,
  type BroadcastDeliveryStatus,
  type County,
  type Messenger,
  Prisma,
} from "@prisma/client";
import type { Db } from "../data/prisma.js";
import { audit } from "./audit.js";
import { oncePerDraft } from "./drafts.js";
import { DomainError } from "./errors.js";
import { intend, tell } from "./outbox.js";
import { countiesInScope, type ProvinceChoice } from "./people.js";
import type { Actor } from "./shared/actor.js";
import { audienceNgosSql, audiencePeopleSql } from "./shared/audience.js";
import { CLAIM_COMMITS_UNFLUSHED, type Claim, type Claimant, claimEnd, msUntilLapse } from "./shared/claim.js";
import { clip, stripInvisible } from "./text.js";

/** Who a broadcast reaches: the people of verified NGOs in the chosen counties (within the chosen provinces), fields and kind. */
export type BroadcastTarget = {
  audience: BroadcastAudience;
  countyIds: number[];
  /** The provinces a national official or superadmin chose; empty or absent: the counties alone. */
  provinceIds?: number[];
  /** Empty: any field of activity. */
  fieldIds: number[];
  youthOnly: boolean;
  essential: boolean;
};

/** A broadcast's message as content: text or caption as HTML, and its photo or document on the source's messenger. */
export type BroadcastContent = { kind: BroadcastContentKind; html: string; fileId?: string; fileName?: string };

export type BroadcastDraft = BroadcastTarget & {
  /** The key of the bot the official wrote to; their messenger's bot of the whole country when not given. */
  sourceBot?: string | undefined;
  sourceChatId: bigint;
  sourceMessageId: number;
  /** Absent, the message can only be copied, to people on the source's messenger. */
  content?: BroadcastContent;
  label: string;
  /** Null: now. */
  sendAt: Date | null;
};

export type Counts = Record<BroadcastDeliveryStatus, number>;
/** A broadcast with its recipients counted by status, in all and per messenger (people of both may be reached). */
export type BroadcastView = Broadcast & { counts: Counts; byMessenger: Partial<Record<Messenger, Counts>> };

/**
 * What the delivery worker needs to send the message to one recipient: a copy of the official's message for people
 * on its messenger, its content for the others.
 */
export type DueDelivery = {
  broadcastId: string;
  fromChatId: bigint;
  messageId: number;
  source: Messenger;
  /** The key of the bot that holds the official's message: only it can copy the message. */
  sourceBot: string;
  content: BroadcastContent | null;
};

/** A running broadcast given a new generation (its jobs were lost): its pending deliveries are to be queued again. */
export type TakenOver = { id: string; previous: number; generation: number; pending: bigint[] };

/** A photo or document on another messenger: its file id there, or whether this caller is to upload it. */
export type UploadClaim = { fileId: string } | "claimed" | "taken";

const LABEL_LENGTH = 60;
const emptyCounts = (): Counts => ({ PENDING: 0, SENT: 0, FAILED: 0, UNREACHABLE: 0, CANCELLED: 0 });

function dueDelivery(broadcast: Broadcast): DueDelivery {
  const { contentKind: kind, contentHtml: html, contentFileId: fileId, contentFileName: fileName } = broadcast;
  return {
    broadcastId: broadcast.id,
    fromChatId: broadcast.sourceChatId,
    messageId: broadcast.sourceMessageId,
    source: broadcast.sourceMessenger,
    sourceBot: broadcast.sourceBot ?? broadcast.sourceMessenger.toLowerCase(),
    // Broadcasts created before content was kept can only be copied.
    content: kind ? { kind, html, ...(fileId ? { fileId } : {}), ...(fileName ? { fileName } : {}) } : null,
  };
}

/** A short label for lists: the start of the message's text or caption. */
export function labelOf(text: string | undefined): string {
  return clip(
    stripInvisible(text ?? "")
      .replace(/\s+/g, " ")
      .trim(),
    LABEL_LENGTH,
  );
}

/**
 * The recipients of a target, one row per person (a leader once, even when
 * also a member elsewhere): leaders of the matching verified NGOs, and their
 * members when asked. People Telegram refused (unreachable) are left out until
 * they write to the bot again; members who muted broadcasts are left out of
 * those not marked essential.
 */
function recipientsSql(target: BroadcastTarget): Prisma.Sql {
  const people = audiencePeopleSql(audienceNgosSql(target), target.audience === "LEADERS_AND_MEMBERS");
  return Prisma.sql`
    SELECT DISTINCT ON (r.pid) r.pid AS "personId", r."countyId"
    FROM (${people}) r
    JOIN "Person" p ON p.id = r.pid
    WHERE p."unreachableSince" IS NULL AND (r."isLeader" OR ${target.essential} OR NOT p."mutedBroadcasts")
    ORDER BY r.pid, r."isLeader" DESC, r."countyId"`;
}

/**
 * Broadcasts from officials to the NGOs of their area: composed and scheduled
 * here, delivered by the workers one recipient at a time, each delivery
 * recorded in Postgres so that none is sent twice and none is lost.
 */
export class BroadcastService {
  constructor(private readonly db: Db) {}

  /** The counties the actor may reach. */
  targetableCounties(actor: Actor, province?: ProvinceChoice): Promise<County[]> {
    return this.db.county.findMany({ where: countiesInScope(actor.roles, province), orderBy: { id: "asc" } });
  }

  private async checkTarget(actor: Actor, target: BroadcastTarget): Promise<void> {
    // Each chosen province must be in the actor's scope (countiesInScope refuses one that is not).
    for (const province of target.provinceIds ?? []) countiesInScope(actor.roles, province);
    const allowed = await this.db.county.count({ where: { AND: [countiesInScope(actor.roles), { id: { in: target.countyIds } }] } });
    if (target.countyIds.length === 0 || allowed !== new Set(target.countyIds).size) throw new DomainError("forbidden");
  }

  /** How many people a target reaches now, per county. */
  async preview(actor: Actor, target: BroadcastTarget): Promise<{ total: number; byCounty: { countyId: number; count: number }[] }> {
    await this.checkTarget(actor, target);
    const rows = await this.db.$queryRaw<{ countyId: number; count: bigint }[]>`
      SELECT "countyId", count(*) AS count FROM (${recipientsSql(target)}) x GROUP BY "countyId" ORDER BY "countyId"`;
    const byCounty = rows.map((r) => ({ countyId: r.countyId, count: Number(r.count) }));
    return { total: byCounty.reduce((sum, c) => sum + c.count, 0), byCounty };
  }

  /** Schedules the broadcast; the same draft (`draftKey`) confirmed again gets the broadcast it made. */
  async create(actor: Actor, draft: BroadcastDraft, now: Date, draftKey?: string): Promise<Broadcast> {
    return oncePerDraft(
      draftKey,
      (key) => this.db.broadcast.findFirst({ where: { draftKey: key, createdById: actor.id } }),
      () => this.insert(actor, draft, now, draftKey),
    );
  }

  private async insert(actor: Actor, draft: BroadcastDraft, now: Date, draftKey: string | undefined): Promise<Broadcast> {
    await this.checkTarget(actor, draft);
    if (draft.sendAt && draft.sendAt.getTime() < now.getTime() - 60_000) throw new DomainError("broadcast-in-past");
    return this.db.$transaction(async (tx) => {
      // The source is the official's own chat, on their messenger.
      const { messenger } = await tx.person.findUniqueOrThrow({ where: { id: actor.id }, select: { messenger: true } });
      const broadcast = await tx.broadcast.create({
        data: {
          createdById: actor.id,
          draftKey,
          sourceChatId: draft.sourceChatId,
          sourceMessageId: draft.sourceMessageId,
          sourceMessenger: messenger,
          sourceBot: draft.sourceBot ?? null,
          contentKind: draft.content?.kind ?? null,
          contentHtml: draft.content?.html ?? "",
          contentFileId: draft.content?.fileId ?? null,
          contentFileName: draft.content?.fileName ?? null,
          label: labelOf(draft.label),
          audience: draft.audience,
          countyIds: [...new Set(draft.countyIds)].sort((a, b) => a - b),
          provinceIds: [...new Set(draft.provinceIds ?? [])].sort((a, b) => a - b),
          fieldIds: [...new Set(draft.fieldIds)].sort((a, b) => a - b),
          youthOnly: draft.youthOnly,
          essential: draft.essential,
          sendAt: draft.sendAt ?? now,
        },
      });
      await audit(tx, { actorId: actor.id, action: "broadcast.create", entityType: "broadcast", entityId: broadcast.id, after: broadcast });
      await intend(tx, { kind: "broadcast-start", broadcastId: broadcast.id, sendAt: broadcast.sendAt.toISOString() });
      return broadcast;
    });
  }

  async attachStatusMessage(id: string, messageId: number): Promise<void> {
    await this.db.broadcast.update({ where: { id }, data: { statusMessageId: messageId } });
  }

  private async withCounts(broadcasts: Broadcast[]): Promise<BroadcastView[]> {
    if (broadcasts.length === 0) return [];
    // A recipient who has since deleted their data counts in all, on no messenger.
    const rows = await this.db.$queryRaw<
      { broadcastId: string; messenger: Messenger | null; status: BroadcastDeliveryStatus; n: number }[]
    >`
      SELECT d."broadcastId", p.messenger, d.status, count(*)::int AS n
      FROM "BroadcastDelivery" d LEFT JOIN "Person" p ON p.id = d."personId"
      WHERE d."broadcastId" IN (${Prisma.join(broadcasts.map((b) => b.id))})
      GROUP BY 1, 2, 3`;
    return broadcasts.map((broadcast) => {
      const view: BroadcastView = { ...broadcast, counts: emptyCounts(), byMessenger: {} };
      for (const row of rows.filter((r) => r.broadcastId === broadcast.id)) {
        view.counts[row.status] += row.n;
        if (row.messenger) {
          view.byMessenger[row.messenger] ??= emptyCounts();
          (view.byMessenger[row.messenger] as Counts)[row.status] += row.n;
        }
      }
      return view;
    });
  }

  /** Broadcasts to counties all within the actor's scope (and the province chosen, if any), newest first. */
  async list(actor: Actor, take = 10, province?: ProvinceChoice): Promise<BroadcastView[]> {
    const counties = await this.targetableCounties(actor, province);
    const broadcasts = await this.db.broadcast.findMany({
      where: { countyIds: { isEmpty: false }, NOT: { countyIds: { hasSome: await this.countiesOutside(counties) } } },
      orderBy: { createdAt: "desc" },
      take,
    });
    return this.withCounts(broadcasts);
  }

  private async countiesOutside(inside: County[]): Promise<number[]> {
    const all = await this.db.county.findMany({ select: { id: true } });
    const ids = new Set(inside.map((c) => c.id));
    return all.map((c) => c.id).filter((id) => !ids.has(id));
  }

  /** A broadcast with its counts, for messages about it. */
  async find(id: string): Promise<BroadcastView | null> {
    const broadcast = await this.db.broadcast.findUnique({ where: { id } });
    return broadcast && ((await this.withCounts([broadcast]))[0] as BroadcastView);
  }

  /** A broadcast the actor may see and control: all its counties are in their scope. */
  async get(actor: Actor, id: string): Promise<BroadcastView> {
    const broadcast = await this.db.broadcast.findUnique({ where: { id } });
    if (!broadcast) throw new DomainError("not-found");
    const allowed = await this.db.county.count({ where: { AND: [countiesInScope(actor.roles), { id: { in: broadcast.countyIds } }] } });
    if (allowed !== broadcast.countyIds.length) throw new DomainError("forbidden");
    return (await this.withCounts([broadcast]))[0] as BroadcastView;
  }

  /**
   * Resolves the audience when the broadcast is due: records a pending delivery
   * per recipient and returns them, with the generation their jobs belong to.
   * Run again (a retried job), it returns the deliveries still pending.
   */
  async start(id: string, now: Date): Promise<{ generation: number; pending: bigint[] } | null> {
    return this.db.$transaction(async (tx) => {
      const [broadcast] = await tx.$queryRaw<Broadcast[]>`SELECT * FROM "Broadcast" WHERE id = ${id} FOR UPDATE`;
      if (!broadcast) return null;
      if (broadcast.status === "SCHEDULED") {
        await tx.$executeRaw`
          INSERT INTO "BroadcastDelivery" ("broadcastId", "personId", "countyId", "status", "updatedAt")
          SELECT ${id}, "personId", "countyId", 'PENDING', now() FROM (${recipientsSql(broadcast)}) r
          ON CONFLICT DO NOTHING`;
        await tx.broadcast.update({ where: { id }, data: { status: "SENDING", startedAt: now } });
      } else if (broadcast.status !== "SENDING") {
        return null;
      }
      const pending = await tx.broadcastDelivery.findMany({ where: { broadcastId: id, status: "PENDING" }, select: { personId: true } });
      if (pending.length === 0) await this.finish(tx, id, now);
      return { generation: broadcast.generation, pending: pending.map((p) => p.personId) };
    });
  }

  /**
   * Claims the person's delivery for a job of this generation, if it is still due: the message to send. A delivery
   * another job claimed, and may be sending, is left to that job until its claim lapses.
   */
  async claim(id: string, personId: bigint, generation: number, claimant: Claimant): Promise<Claim<DueDelivery>> {
    const [broadcast] = await this.db.$queryRaw<Broadcast[]>`
      WITH ${CLAIM_COMMITS_UNFLUSHED}
      UPDATE "BroadcastDelivery" d
      SET "claimedBy" = ${claimant.by}, "claimedUntil" = ${claimEnd(claimant)}
      FROM "Broadcast" b, unflushed
      WHERE d."broadcastId" = ${id} AND d."personId" = ${personId} AND d.status = 'PENDING'
        AND b.id = d."broadcastId" AND b.status = 'SENDING' AND b.generation = ${generation}
        AND (d."claimedUntil" IS NULL OR d."claimedUntil" <= now() OR d."claimedBy" = ${claimant.by})
      RETURNING b.*`;
    if (broadcast) return { send: dueDelivery(broadcast) };
    const [taken] = await this.db.$queryRaw<{ waitMs: number }[]>`
      SELECT ${msUntilLapse('d."claimedUntil"')} AS "waitMs"
      FROM "BroadcastDelivery" d JOIN "Broadcast" b ON b.id = d."broadcastId"
      WHERE d."broadcastId" = ${id} AND d."personId" = ${personId} AND d.status = 'PENDING'
        AND b.status = 'SENDING' AND b.generation = ${generation}`;
    return taken ? { waitMs: taken.waitMs } : null;
  }

  /** Extends a claim its job still holds (see claim). */
  async renewClaim(id: string, personId: bigint, claimant: Claimant): Promise<void> {
    await this.db.$executeRaw`
      UPDATE "BroadcastDelivery" SET "claimedUntil" = ${claimEnd(claimant)}
      WHERE "broadcastId" = ${id} AND "personId" = ${personId} AND status = 'PENDING' AND "claimedBy" = ${claimant.by}`;
  }

  /**
   * The broadcast's photo or document on `bot` (of `messenger`): its file id once uploaded there; otherwise the caller
   * claims the upload ("claimed": it uploads and records the file id) unless another holds a claim younger than
   * `staleMs` ("taken": try again shortly).
   */
  async claimUpload(id: string, bot: { key: string; messenger: Messenger }, now: Date, staleMs: number): Promise<UploadClaim> {
    const claimed = await this.db.$queryRaw<unknown[]>`
      INSERT INTO "BroadcastUpload" ("broadcastId", bot, messenger, "claimedAt")
      VALUES (${id}, ${bot.key}, ${bot.messenger}::"Messenger", ${now})
      ON CONFLICT ("broadcastId", bot) DO UPDATE SET "claimedAt" = EXCLUDED."claimedAt"
      WHERE "BroadcastUpload"."fileId" IS NULL AND "BroadcastUpload"."claimedAt" < ${new Date(now.getTime() - staleMs)}
      RETURNING 1`;
    if (claimed.length > 0) return "claimed";
    const upload = await this.db.broadcastUpload.findUnique({ where: { broadcastId_bot: { broadcastId: id, bot: bot.key } } });
    return upload?.fileId ? { fileId: upload.fileId } : "taken";
  }

  /** The claimed upload failed: the next delivery claims it. */
  async releaseUpload(id: string, bot: string): Promise<void> {
    await this.db.broadcastUpload.deleteMany({ where: { broadcastId: id, bot, fileId: null } });
  }

  async recordUpload(id: string, bot: string, fileId: string): Promise<void> {
    await this.db.broadcastUpload.update({ where: { broadcastId_bot: { broadcastId: id, bot } }, data: { fileId } });
  }

  /**
   * Records how the delivery went; the last one to be recorded finishes the broadcast.
   * Recordings do not take turns (at 30 a second they would queue behind one another's
   * round trips): each looks for what is left after its own change has committed, so
   * the last to commit sees none left, and finish() lets only one of them finish it.
   */
  async record(id: string, personId: bigint, status: "SENT" | "FAILED" | "UNREACHABLE", now: Date, error?: string): Promise<void> {
    const where = { broadcastId: id, personId, status: "PENDING" as const };
    const data = { status, error: error?.slice(0, 300) ?? null };
    const { count } =
      status === "UNREACHABLE"
        ? await this.db.$transaction(async (tx) => {
            const recorded = await tx.broadcastDelivery.updateMany({ where, data });
            if (recorded.count > 0) await tx.person.updateMany({ where: { id: personId }, data: { unreachableSince: now } });
            return recorded;
          })
        : await this.db.broadcastDelivery.updateMany({ where, data });
    if (count === 0) return;
    // Whether any is left, not how many: counting them all at each record made a broadcast's recording quadratic.
    const left = await this.db.broadcastDelivery.findFirst({ where: { broadcastId: id, status: "PENDING" }, select: { personId: true } });
    if (!left) await this.db.$transaction((tx) => this.finish(tx, id, now));
  }

  private async finish(tx: Prisma.TransactionClient, id: string, now: Date): Promise<void> {
    const { count } = await tx.broadcast.updateMany({ where: { id, status: "SENDING" }, data: { status: "DONE", finishedAt: now } });
    if (count === 0) return;
    const broadcast = await tx.broadcast.findUniqueOrThrow({ where: { id } });
    const counts = await tx.broadcastDelivery.groupBy({ by: ["status"], where: { broadcastId: id }, _count: true });
    await audit(tx, {
      actorId: broadcast.createdById,
      action: "broadcast.done",
      entityType: "broadcast",
      entityId: id,
      after: Object.fromEntries(counts.map((c) => [c.status, c._count])),
    });
    await tell(tx, [broadcast.createdById], { kind: "broadcast-done", broadcastId: id });
  }

  /** Stops sending; the workers take its queued jobs off the queue. */
  async pause(actor: Actor, id: string): Promise<void> {
    await this.control(actor, id, "SENDING", "PAUSED", "broadcast.pause");
  }

  /** Sends again from where it stopped, as a new generation of jobs. */
  async resume(actor: Actor, id: string): Promise<void> {
    await this.control(actor, id, "PAUSED", "SENDING", "broadcast.resume");
  }

  /** Cancels a scheduled, running or paused broadcast: whoever has not got it will not. */
  async cancel(actor: Actor, id: string): Promise<void> {
    await this.control(actor, id, null, "CANCELLED", "broadcast.cancel");
  }

  private async control(
    actor: Actor,
    id: string,
    from: "SENDING" | "PAUSED" | null,
    to: "PAUSED" | "SENDING" | "CANCELLED",
    action: string,
  ): Promise<void> {
    await this.get(actor, id);
    return this.db.$transaction(async (tx) => {
      // Controls take turns. Deliveries under way may still be recorded meanwhile (recordings take no lock): a job
      // queued again for one finds it done, and finish() waits for this lock and finishes only a sending broadcast.
      await tx.$queryRaw`SELECT 1 FROM "Broadcast" WHERE id = ${id} FOR UPDATE`;
      const allowed = from ? [from] : (["SCHEDULED", "SENDING", "PAUSED"] as const);
      const now = new Date();
      const pending = await tx.broadcastDelivery.findMany({ where: { broadcastId: id, status: "PENDING" }, select: { personId: true } });
      const { count } = await tx.broadcast.updateMany({
        where: { id, status: { in: [...allowed] } },
        data: {
          status: to,
          ...(to === "SENDING" ? { generation: { increment: 1 } } : {}),
          ...(to === "CANCELLED" ? { finishedAt: now } : {}),
        },
      });
      if (count === 0) throw new DomainError("broadcast-state");
      if (to === "CANCELLED")
        await tx.broadcastDelivery.updateMany({ where: { broadcastId: id, status: "PENDING" }, data: { status: "CANCELLED" } });
      // The last deliveries may have been recorded while it was paused: then resuming finishes it.
      if (to === "SENDING" && pending.length === 0) await this.finish(tx, id, now);
      const broadcast = await tx.broadcast.findUniqueOrThrow({ where: { id } });
      await audit(tx, {
        actorId: actor.id,
        action,
        entityType: "broadcast",
        entityId: id,
        after: { status: to, pending: pending.length },
        origin: actor.origin,
      });
      if (to === "SENDING" && pending.length > 0) {
        await intend(tx, { kind: "broadcast-start", broadcastId: id, sendAt: now.toISOString() });
      } else if (to !== "SENDING") {
        await intend(tx, { kind: "broadcast-drop", broadcastId: id, generation: broadcast.generation });
      }
    });
  }

  /**
   * Running broadcasts with pending deliveries and none recorded for `quietMs`:
   * their jobs were lost (failed for good, or gone with a worker). Each gets a
   * new generation, whose jobs the caller queues; one with nothing pending is
   * finished.
   */
  takeOverStalled(now: Date, quietMs: number): Promise<TakenOver[]> {
    return this.takeOver(now, new Date(now.getTime() - quietMs));
  }

  /**
   * Every running broadcast, after Redis lost its data and all their jobs with it: a new generation each, as for a
   * stalled one. A delivery recorded meanwhile does not hold one back: it is that of a job that was under way when
   * Redis lost it, and which holds its claim, so the new generation's job for the same person waits for it (a check
   * for quiet here missed a broadcast whose last job recorded its send a moment after the check's clock was read).
   */
  takeOverRunning(now: Date): Promise<TakenOver[]> {
    return this.takeOver(now, null);
  }

  private async takeOver(now: Date, quietSince: Date | null): Promise<TakenOver[]> {
    const running = await this.db.broadcast.findMany({
      where: { status: "SENDING", ...(quietSince ? { startedAt: { lt: quietSince } } : {}) },
      select: { id: true },
    });
    const taken = [];
    for (const { id } of running) {
      const one = await this.db.$transaction(async (tx) => {
        const [broadcast] = await tx.$queryRaw<Broadcast[]>`SELECT * FROM "Broadcast" WHERE id = ${id} FOR UPDATE`;
        if (broadcast?.status !== "SENDING") return null;
        if (quietSince) {
          const last = await tx.broadcastDelivery.aggregate({ where: { broadcastId: id }, _max: { updatedAt: true } });
          if ((last._max.updatedAt ?? new Date(0)) > quietSince) return null;
        }
        const pending = await tx.broadcastDelivery.findMany({ where: { broadcastId: id, status: "PENDING" }, select: { personId: true } });
        if (pending.length === 0) {
          await this.finish(tx, id, now);
          return null;
        }
        await tx.broadcast.update({ where: { id }, data: { generation: { increment: 1 } } });
        return { id, previous: broadcast.generation, generation: broadcast.generation + 1, pending: pending.map((p) => p.personId) };
      });
      if (one) taken.push(one);
    }
    return taken;
  }

  /** Broadcasts whose status message should be brought up to date: running, or ended but not yet shown so (pausing shows itself). */
  async statusesToShow(): Promise<BroadcastView[]> {
    const broadcasts = await this.db.broadcast.findMany({
      where: {
        statusMessageId: { not: null },
        OR: [{ status: "SENDING" }, { status: { in: ["DONE", "CANCELLED"] }, finalReported: false }],
      },
    });
    return this.withCounts(broadcasts);
  }

  async markFinalReported(id: string): Promise<void> {
    await this.db.broadcast.update({ where: { id }, data: { finalReported: true } });
  }

  /**
   * The people whose jobs of this generation may still be on the queue: those
   * of a paused broadcast (pending) or a cancelled one (cancelled).
   */
  async queuedRecipients(id: string): Promise<bigint[]> {
    const rows = await this.db.broadcastDelivery.findMany({
      where: { broadcastId: id, status: { in: ["PENDING", "CANCELLED"] } },
      select: { personId: true },
    });
    return rows.map((r) => r.personId);
  }

  /** Broadcasts waiting for their time, with it: their start jobs, after Redis lost them. */
  scheduled(): Promise<{ id: string; sendAt: Date }[]> {
    return this.db.broadcast.findMany({ where: { status: "SCHEDULED" }, select: { id: true, sendAt: true } });
  }

  /** Scheduled broadcasts whose time has come: their start job is due (or was lost with Redis). */
  async overdue(now: Date): Promise<string[]> {
    const rows = await this.db.broadcast.findMany({ where: { status: "SCHEDULED", sendAt: { lte: now } }, select: { id: true } });
    return rows.map((r) => r.id);
  }

  /** Recipients who did not get the broadcast, for the official to follow up. */
  async failedRecipients(actor: Actor, id: string) {
    await this.get(actor, id);
    const rows = await this.db.broadcastDelivery.findMany({
      where: { broadcastId: id, status: { in: ["FAILED", "UNREACHABLE"] } },
      orderBy: [{ countyId: "asc" }, { personId: "asc" }],
      select: { personId: true, countyId: true, status: true, error: true },
    });
    const people = await this.db.person.findMany({ where: { id: { in: rows.map((r) => r.personId) } } });
    const counties = await this.db.county.findMany({ where: { id: { in: rows.map((r) => r.countyId) } } });
    return rows.map((row) => ({
      ...row,
      person: people.find((p) => p.id === row.personId) ?? null,
      county: counties.find((c) => c.id === row.countyId) as County,
    }));
  }
}
