import type { County, Field, NeedPriority, NeedsRound, Prisma, TrainingFormat, TrainingPillar, TrainingTopic } from "@prisma/client";
import type { Db } from "../data/prisma.js";
import { audit } from "./audit.js";
import { endOfTehranDay, parseSolarHijriDate, plainNumber, type SolarHijriDate } from "./calendar.js";
import { oncePerDraft } from "./drafts.js";
import { DomainError } from "./errors.js";
import { tell } from "./outbox.js";
import { countiesInScope } from "./people.js";
import type { Actor } from "./shared/actor.js";
import type { Locale } from "./shared/locale.js";
import { type Checked, checkLength, ok } from "./shared/validation.js";
import { cleanInput, cleanText, normaliseName } from "./text.js";

export const PILLARS: readonly TrainingPillar[] = ["KNOWLEDGE", "EXPERIENCE", "ON_THE_JOB"];
export const PRIORITIES: readonly NeedPriority[] = ["HIGH", "MEDIUM", "LOW"];
export const FORMATS: readonly TrainingFormat[] = ["IN_PERSON", "ONLINE", "EITHER"];
/** Saturday (0) to Thursday (5): the days trainings can be held. */
export const WEEK_DAYS = [0, 1, 2, 3, 4, 5] as const;
export const TIMES = ["morning", "afternoon", "evening"] as const;
export type TrainingTime = (typeof TIMES)[number];

/** A high priority weighs three times a low one in the demand for a topic. */
export const PRIORITY_WEIGHT: Record<NeedPriority, number> = { HIGH: 3, MEDIUM: 2, LOW: 1 };

export const NEEDS_LIMITS = {
  title: { min: 3, max: 120 },
  topics: { min: 1, max: 5 },
  attendees: { min: 1, max: 1000 },
  otherNeed: { min: 3, max: 500 },
  topicName: { min: 3, max: 80 },
  /** Topics in the catalogue: the survey shows them all as buttons (Telegram allows 100 in a keyboard). */
  catalogue: 60,
  /** How far ahead a deadline may be set, in days. */
  deadlineDays: 180,
} as const;

export type RoundDraft = { title: string; deadline: SolarHijriDate; countyIds: number[] };

export type NeedsAnswerDraft = {
  choices: { topicId: number; priority: NeedPriority }[];
  format: TrainingFormat;
  attendees: number;
  days: number[];
  times: TrainingTime[];
  otherNeed: string | null;
};

export type RoundView = NeedsRound & { counties: County[] };
export type LeaderRound = RoundView & { answered: boolean };

/** Everything the survey conversation needs: the round, the NGO answering and its earlier answer, if any. */
export type SurveyStart = { round: RoundView; ngo: { id: string; name: string; memberCount: number }; previous: NeedsAnswerDraft | null };

export type TopicDemand = {
  topic: TrainingTopic;
  /** NGOs that asked for the topic. */
  ngos: number;
  /** Priority-weighted count of those NGOs (high 3, medium 2, low 1). */
  demand: number;
  /** People those NGOs would send. */
  people: number;
  /** Demand and people per county, in the order of the report's counties. */
  demandByCounty: number[];
  peopleByCounty: number[];
};

export type AnswerRow = {
  ngoName: string;
  county: County;
  fields: Field[];
  choices: { topic: TrainingTopic; priority: NeedPriority }[];
  format: TrainingFormat;
  attendees: number;
  days: number[];
  times: string[];
  otherNeed: string | null;
  answeredAt: Date;
};

export type NeedsReport = {
  round: RoundView;
  /** The round's counties the reader may see. */
  counties: County[];
  invited: number[];
  answered: number[];
  /** Topics with any demand, most demanded first. */
  topics: TopicDemand[];
  /** Per field of activity of the answering NGOs: topics most demanded first. */
  byField: { field: Field; topics: { topic: TrainingTopic; demand: number; ngos: number; people: number }[] }[];
  formats: Record<TrainingFormat, number>;
  /** NGOs available on each day, Saturday to Thursday. */
  days: number[];
  times: Record<TrainingTime, number>;
  answers: AnswerRow[];
};

export type Suggestion = { topic: TrainingTopic; counties: { county: County; demand: number; people: number }[] };

export function checkRoundTitle(input: string): Checked<string> {
  return checkLength(cleanInput(input), NEEDS_LIMITS.title);
}

/** A deadline is a real Solar Hijri date, today or later, and not too far ahead. */
export function checkDeadline(input: string, now: Date, locale: Locale): Checked<SolarHijriDate> {
  const date = parseSolarHijriDate(input);
  if (!date) return { ok: false, error: "invalid-date" };
  const end = endOfTehranDay(date).getTime();
  if (end <= now.getTime()) return { ok: false, error: "invalid-deadline-past" };
  if (end > now.getTime() + (NEEDS_LIMITS.deadlineDays + 1) * 86_400_000) {
    return { ok: false, error: "invalid-deadline-far", vars: { days: plainNumber(NEEDS_LIMITS.deadlineDays, locale) } };
  }
  return ok(date);
}

export function checkAttendees(input: string): Checked<number> {
  const digits = cleanInput(input).replace(/[,٬،\s]/g, "");
  const count = /^\d{1,5}$/.test(digits) ? Number(digits) : Number.NaN;
  if (!(count >= NEEDS_LIMITS.attendees.min && count <= NEEDS_LIMITS.attendees.max)) {
    return { ok: false, error: "invalid-attendees", vars: { max: NEEDS_LIMITS.attendees.max } };
  }
  return ok(count);
}

export function checkOtherNeed(input: string): Checked<string> {
  return checkLength(cleanText(input), NEEDS_LIMITS.otherNeed);
}

export function checkTopicName(input: string): Checked<string> {
  return checkLength(cleanInput(input), NEEDS_LIMITS.topicName);
}

const roundInclude = { counties: { orderBy: { id: "asc" } } } as const;

/**
 * Training needs (the governor's three pillars): officials open survey rounds,
 * leaders of verified NGOs answer until the deadline, and officials read the
 * demand per topic, county and field of activity in their own scope.
 */
export class NeedsService {
  constructor(private readonly db: Db) {}

  /** The topic catalogue, pillar by pillar. */
  topics(): Promise<TrainingTopic[]> {
    return this.db.trainingTopic.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }] });
  }

  /** Officials add a topic; a name missing in a language is shown in Persian. */
  async addTopic(actor: Actor, topic: { pillar: TrainingPillar; fa: string; en: string | null; az: string | null }) {
    countiesInScope(actor.roles);
    const nameKey = normaliseName(topic.fa);
    return this.db.$transaction(async (tx) => {
      if (await tx.trainingTopic.findUnique({ where: { nameKey } })) throw new DomainError("duplicate-topic");
      if ((await tx.trainingTopic.count()) >= NEEDS_LIMITS.catalogue) throw new DomainError("topic-limit");
      const last = await tx.trainingTopic.aggregate({ _max: { sortOrder: true } });
      const created = await tx.trainingTopic.create({
        data: {
          pillar: topic.pillar,
          nameFa: topic.fa,
          nameEn: topic.en ?? topic.fa,
          nameAz: topic.az ?? topic.fa,
          nameKey,
          sortOrder: (last._max.sortOrder ?? 0) + 1,
          createdById: actor.id,
        },
      });
      await audit(tx, {
        actorId: actor.id,
        action: "needs.topic.add",
        entityType: "training-topic",
        entityId: String(created.id),
        after: topic,
      });
      return created;
    });
  }

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

  /** Rounds touching the actor's counties, newest first. */
  async roundsFor(actor: Actor, take = 10): Promise<RoundView[]> {
    return this.db.needsRound.findMany({
      where: { counties: { some: countiesInScope(actor.roles) } },
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

  /** The round's answers in the actor's scope, aggregated. */
  async report(actor: Actor, roundId: string): Promise<NeedsReport> {
    const round = await this.visibleRound(actor, roundId);
    const counties = await this.db.county.findMany({
      where: { AND: [countiesInScope(actor.roles), { id: { in: round.counties.map((c) => c.id) } }] },
      orderBy: { id: "asc" },
    });
    const countyIds = counties.map((c) => c.id);
    const column = new Map(countyIds.map((id, i) => [id, i]));
    const invitations = await this.db.needsInvitation.findMany({
      where: { roundId, countyId: { in: countyIds } },
      select: { ngoId: true, countyId: true },
    });
    const countyOfNgo = new Map(invitations.map((i) => [i.ngoId, i.countyId]));
    const answers = await this.db.needsAnswer.findMany({
      where: { roundId, ngoId: { in: [...countyOfNgo.keys()] } },
      include: {
        choices: { include: { topic: true } },
        ngo: { select: { name: true, fields: { orderBy: { sortOrder: "asc" } } } },
      },
      orderBy: { createdAt: "asc" },
    });

    const invited = counties.map(() => 0);
    const answered = counties.map(() => 0);
    for (const invitation of invitations) add(invited, column.get(invitation.countyId) as number, 1);
    const demand = new Map<number, TopicDemand>();
    const fieldDemand = new Map<
      number,
      { field: Field; topics: Map<number, { topic: TrainingTopic; demand: number; ngos: number; people: number }> }
    >();
    const formats: Record<TrainingFormat, number> = { IN_PERSON: 0, ONLINE: 0, EITHER: 0 };
    const days = WEEK_DAYS.map(() => 0);
    const times: Record<TrainingTime, number> = { morning: 0, afternoon: 0, evening: 0 };
    const rows: AnswerRow[] = [];

    for (const answer of answers) {
      const c = column.get(countyOfNgo.get(answer.ngoId) as number) as number;
      add(answered, c, 1);
      formats[answer.format] += 1;
      for (const day of answer.days) add(days, day, 1);
      for (const time of answer.times) if (time in times) times[time as TrainingTime] += 1;
      for (const choice of answer.choices) {
        const weight = PRIORITY_WEIGHT[choice.priority];
        const entry = demand.get(choice.topicId) ?? {
          topic: choice.topic,
          ngos: 0,
          demand: 0,
          people: 0,
          demandByCounty: counties.map(() => 0),
          peopleByCounty: counties.map(() => 0),
        };
        entry.ngos += 1;
        entry.demand += weight;
        entry.people += answer.attendees;
        add(entry.demandByCounty, c, weight);
        add(entry.peopleByCounty, c, answer.attendees);
        demand.set(choice.topicId, entry);
        for (const field of answer.ngo.fields) {
          const byField = fieldDemand.get(field.id) ?? { field, topics: new Map() };
          const cell = byField.topics.get(choice.topicId) ?? { topic: choice.topic, demand: 0, ngos: 0, people: 0 };
          cell.demand += weight;
          cell.ngos += 1;
          cell.people += answer.attendees;
          byField.topics.set(choice.topicId, cell);
          fieldDemand.set(field.id, byField);
        }
      }
      rows.push({
        ngoName: answer.ngo.name,
        county: counties[c] as County,
        fields: answer.ngo.fields,
        choices: answer.choices
          .map((ch) => ({ topic: ch.topic, priority: ch.priority }))
          .sort((a, b) => PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority) || a.topic.sortOrder - b.topic.sortOrder),
        format: answer.format,
        attendees: answer.attendees,
        days: answer.days,
        times: answer.times,
        otherNeed: answer.otherNeed,
        answeredAt: answer.updatedAt,
      });
    }
    const byDemand = <T extends { demand: number; people: number; topic: TrainingTopic }>(a: T, b: T) =>
      b.demand - a.demand || b.people - a.people || a.topic.sortOrder - b.topic.sortOrder;
    return {
      round,
      counties,
      invited,
      answered,
      topics: [...demand.values()].sort(byDemand),
      byField: [...fieldDemand.values()]
        .sort((a, b) => a.field.sortOrder - b.field.sortOrder)
        .map(({ field, topics }) => ({ field, topics: [...topics.values()].sort(byDemand) })),
      formats,
      days,
      times,
      answers: rows,
    };
  }
}

function add(counts: number[], index: number, amount: number): void {
  counts[index] = (counts[index] ?? 0) + amount;
}

/** For the most demanded topics, the counties where a training would reach the most demand. */
export function suggestions(report: NeedsReport, topTopics = 5, perTopic = 3): Suggestion[] {
  return report.topics.slice(0, topTopics).map((t) => ({
    topic: t.topic,
    counties: report.counties
      .map((county, i) => ({ county, demand: t.demandByCounty[i] ?? 0, people: t.peopleByCounty[i] ?? 0 }))
      .filter((c) => c.demand > 0)
      .sort((a, b) => b.demand - a.demand || b.people - a.people)
      .slice(0, perTopic),
  }));
}
