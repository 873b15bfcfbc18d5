import type { NeedPriority, NeedsRound, Prisma, TrainingFormat } from "@prisma/client";
import type { Db } from "../../data/prisma.js";
import { audit } from "../audit.js";
import { DomainError } from "../errors.js";
import { type RoundView, roundInclude } from "./rounds.js";
import { checkOtherNeed, FORMATS, NEEDS_LIMITS, PRIORITIES, TIMES, type TrainingTime, WEEK_DAYS } from "./validators.js";

export type NeedsAnswerDraft = {
  choices: { topicId: number; priority: NeedPriority }[];
  format: TrainingFormat;
  attendees: number;
  days: number[];
  times: TrainingTime[];
  otherNeed: string | null;
};

export type LeaderRound = RoundView & { answered: boolean };

/** Everything the survey conversation needs: the round, the NGO answering and its earlier answer, if any. */
export type SurveyStart = { round: RoundView; ngo: { id: string; name: string; memberCount: number }; previous: NeedsAnswerDraft | null };

/** Leaders of invited, verified NGOs answer a round's survey until its deadline. */
export class NeedsSurvey {
  constructor(private readonly db: Db) {}

  /** Open rounds the person's NGO is invited to, and whether it has answered. */
  async roundsForLeader(personId: bigint, now: Date): Promise<LeaderRound[]> {
    const ngo = await this.db.ngo.findUnique({ where: { leaderId: personId }, select: { id: true, status: true } });
    if (!ngo) throw new DomainError("not-leader");
    if (ngo.status !== "VERIFIED") throw new DomainError("not-verified");
    const rounds = await this.db.needsRound.findMany({
      where: { closedAt: null, deadline: { gt: now }, invitations: { some: { ngoId: ngo.id } } },
      include: { ...roundInclude, answers: { where: { ngoId: ngo.id }, select: { id: true } } },
      orderBy: { deadline: "asc" },
    });
    return rounds.map(({ answers, ...round }) => ({ ...round, answered: answers.length > 0 }));
  }

  /** Checks that the person may answer the round now, for their NGO, and returns their earlier answer. */
  async startSurvey(personId: bigint, roundId: string, now: Date): Promise<SurveyStart> {
    const { ngo, round } = await this.answerable(this.db, personId, roundId, now);
    const answer = await this.db.needsAnswer.findUnique({
      where: { roundId_ngoId: { roundId, ngoId: ngo.id } },
      include: { choices: { include: { topic: true }, orderBy: { topic: { sortOrder: "asc" } } } },
    });
    const previous: NeedsAnswerDraft | null = answer && {
      choices: answer.choices.map((c) => ({ topicId: c.topicId, priority: c.priority })),
      format: answer.format,
      attendees: answer.attendees,
      days: answer.days,
      times: answer.times as TrainingTime[],
      otherNeed: answer.otherNeed,
    };
    return { round, ngo, previous };
  }

  /** Records the NGO's answer, replacing an earlier one; refused once the round has closed. */
  async submit(personId: bigint, roundId: string, draft: NeedsAnswerDraft, now: Date): Promise<{ replaced: boolean }> {
    await this.checkAnswer(draft);
    return this.db.$transaction(async (tx) => {
      const { ngo } = await this.answerable(tx, personId, roundId, now);
      // One answer per NGO: two confirmations at once (two devices) are taken one after the other.
      await tx.$queryRaw`SELECT 1 FROM "NeedsInvitation" WHERE "roundId" = ${roundId} AND "ngoId" = ${ngo.id} FOR UPDATE`;
      const data = {
        format: draft.format,
        attendees: draft.attendees,
        days: [...draft.days].sort(),
        times: TIMES.filter((t) => draft.times.includes(t)),
        otherNeed: draft.otherNeed,
        answeredById: personId,
      };
      const previous = await tx.needsAnswer.findUnique({ where: { roundId_ngoId: { roundId, ngoId: ngo.id } }, select: { id: true } });
      const choices = { create: draft.choices.map((c) => ({ topicId: c.topicId, priority: c.priority })) };
      if (previous) {
        await tx.needsChoice.deleteMany({ where: { answerId: previous.id } });
        await tx.needsAnswer.update({ where: { id: previous.id }, data: { ...data, choices } });
      } else {
        await tx.needsAnswer.create({ data: { roundId, ngoId: ngo.id, ...data, choices } });
      }
      await audit(tx, {
        actorId: personId,
        action: previous ? "needs.answer.change" : "needs.answer",
        entityType: "needs-round",
        entityId: roundId,
        after: { ngoId: ngo.id, ...data, choices: draft.choices },
      });
      return { replaced: Boolean(previous) };
    });
  }

  private async answerable(db: Db | Prisma.TransactionClient, personId: bigint, roundId: string, now: Date) {
    const ngo = await db.ngo.findUnique({
      where: { leaderId: personId },
      select: { id: true, name: true, status: true, memberCount: true },
    });
    if (!ngo) throw new DomainError("not-leader");
    if (ngo.status !== "VERIFIED") throw new DomainError("not-verified");
    const round = await db.needsRound.findUnique({ where: { id: roundId }, include: roundInclude });
    if (!round) throw new DomainError("not-found");
    if (round.closedAt || round.deadline <= now) throw new DomainError("needs-closed");
    const invited = await db.needsInvitation.findUnique({ where: { roundId_ngoId: { roundId, ngoId: ngo.id } } });
    if (!invited) throw new DomainError("needs-not-invited");
    return { ngo: { id: ngo.id, name: ngo.name, memberCount: ngo.memberCount }, round };
  }

  private async checkAnswer(draft: NeedsAnswerDraft): Promise<void> {
    const topicIds = new Set(draft.choices.map((c) => c.topicId));
    const known = await this.db.trainingTopic.count({ where: { id: { in: [...topicIds] } } });
    const valid =
      topicIds.size === draft.choices.length &&
      known === topicIds.size &&
      topicIds.size >= NEEDS_LIMITS.topics.min &&
      topicIds.size <= NEEDS_LIMITS.topics.max &&
      draft.choices.every((c) => PRIORITIES.includes(c.priority)) &&
      FORMATS.includes(draft.format) &&
      Number.isInteger(draft.attendees) &&
      draft.attendees >= NEEDS_LIMITS.attendees.min &&
      draft.attendees <= NEEDS_LIMITS.attendees.max &&
      draft.days.length > 0 &&
      draft.days.every((d) => (WEEK_DAYS as readonly number[]).includes(d)) &&
      draft.times.length > 0 &&
      draft.times.every((t) => TIMES.includes(t)) &&
      (draft.otherNeed === null || checkOtherNeed(draft.otherNeed).ok);
    if (!valid) throw new DomainError("invalid-answer");
  }

  /** The invitation or reminder for the person's NGO, if it is still worth sending now. */
  async stillWaiting(personId: bigint, roundId: string, now: Date): Promise<{ round: NeedsRound; ngoName: string } | null> {
    const ngo = await this.db.ngo.findUnique({ where: { leaderId: personId }, select: { id: true, name: true, status: true } });
    if (ngo?.status !== "VERIFIED") return null;
    const round = await this.db.needsRound.findUnique({ where: { id: roundId } });
    if (!round || round.closedAt || round.deadline <= now) return null;
    const [invited, answered] = await Promise.all([
      this.db.needsInvitation.count({ where: { roundId, ngoId: ngo.id } }),
      this.db.needsAnswer.count({ where: { roundId, ngoId: ngo.id } }),
    ]);
    return invited === 1 && answered === 0 ? { round, ngoName: ngo.name } : null;
  }
}
