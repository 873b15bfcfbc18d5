import type { Db } from "../../data/prisma.js";
import { tell } from "../outbox.js";

/** What happens to rounds as their deadline nears and passes. */
export class NeedsDeadlines {
  constructor(private readonly db: Db) {}

  /**
   * The workers' periodic task: closes rounds whose deadline has passed (telling
   * whoever opened them) and reminds the leaders of NGOs that have not answered.
   * `remindersBefore` are times before the deadline, earliest first. Each NGO gets
   * each reminder at most once, recorded in the same transaction as the message,
   * so ticks that overlap or repeat after a restart send nothing twice. A
   * reminder whose time passed before the round opened, or that a later reminder
   * has overtaken (the workers were down), is not sent.
   */
  async processDue(now: Date, remindersBefore: readonly number[]): Promise<{ closed: number; reminded: number }> {
    let closed = 0;
    const expired = await this.db.needsRound.findMany({ where: { closedAt: null, deadline: { lte: now } }, select: { id: true } });
    for (const { id } of expired) {
      closed += await this.db.$transaction(async (tx) => {
        const { count } = await tx.needsRound.updateMany({ where: { id, closedAt: null }, data: { closedAt: now } });
        if (count === 1) {
          const round = await tx.needsRound.findUniqueOrThrow({ where: { id } });
          await tell(tx, [round.openedById], { kind: "needs-closed", roundId: id });
        }
        return count;
      });
    }

    let reminded = 0;
    const open = await this.db.needsRound.findMany({
      where: { closedAt: null, deadline: { gt: now } },
      select: { id: true, deadline: true, createdAt: true },
    });
    for (const round of open) {
      const due = remindersBefore
        .map((before, step) => ({ step, at: round.deadline.getTime() - before }))
        .filter((r) => r.at <= now.getTime() && r.at > round.createdAt.getTime())
        .at(-1);
      if (!due) continue;
      reminded += await this.db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM "NeedsRound" WHERE id = ${round.id} FOR UPDATE`;
        const waiting = await tx.needsInvitation.findMany({
          where: {
            roundId: round.id,
            ngo: { status: "VERIFIED", leaderId: { not: null }, needsAnswers: { none: { roundId: round.id } } },
          },
          select: { ngoId: true, ngo: { select: { leaderId: true } } },
        });
        const already = new Set(
          (await tx.needsReminder.findMany({ where: { roundId: round.id, step: due.step }, select: { ngoId: true } })).map((r) => r.ngoId),
        );
        const targets = waiting.filter((w) => !already.has(w.ngoId));
        if (targets.length === 0) return 0;
        await tx.needsReminder.createMany({ data: targets.map((w) => ({ roundId: round.id, ngoId: w.ngoId, step: due.step })) });
        await tell(
          tx,
          targets.map((w) => w.ngo.leaderId as bigint),
          { kind: "needs-reminder", roundId: round.id, last: due.step === remindersBefore.length - 1 },
        );
        return targets.length;
      });
    }
    return { closed, reminded };
  }
}
