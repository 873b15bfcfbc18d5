import type { County, Field, NeedPriority, NeedsAnswer, NeedsChoice, TrainingFormat, TrainingTopic } from "@prisma/client";
import type { RoundView } from "./rounds.js";
import { PRIORITIES, type TrainingTime, WEEK_DAYS } from "./validators.js";

/** A high priority weighs three times a low one in the demand for a topic. */
export const PRIORITY_WEIGHT: Record<NeedPriority, number> = { HIGH: 3, MEDIUM: 2, LOW: 1 };

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

/** A stored answer, with its choices' topics and the answering NGO's name and fields. */
export type AnswerWithNgo = NeedsAnswer & { choices: (NeedsChoice & { topic: TrainingTopic })[]; ngo: { name: string; fields: Field[] } };

/**
 * A round's answers aggregated: demand per topic, county and field, and the
 * NGOs' formats, days and times. `counties` are the report's columns; the
 * invitations and answers are those of NGOs in them.
 */
export function aggregateNeeds(
  round: RoundView,
  counties: County[],
  invitations: { ngoId: string; countyId: number }[],
  answers: AnswerWithNgo[],
): NeedsReport {
  const column = new Map(counties.map((county, i) => [county.id, i]));
  const countyOfNgo = new Map(invitations.map((i) => [i.ngoId, i.countyId]));
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
