import type { County, Field, NeedPriority, TrainingTopic } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { type AnswerWithNgo, aggregateNeeds, suggestions } from "../../src/domain/needs/aggregation.js";
import type { RoundView } from "../../src/domain/needs/rounds.js";

const county = (id: number) => ({ id, provinceId: 1, nameFa: `c${id}`, nameEn: `c${id}`, nameAz: `c${id}` }) as County;
const topic = (id: number, sortOrder: number) => ({ id, sortOrder, nameEn: `t${id}` }) as TrainingTopic;
const field = (id: number, sortOrder: number) => ({ id, sortOrder }) as Field;
const [north, south] = [county(1), county(2)];
const [finance, media, law] = [topic(10, 1), topic(11, 2), topic(12, 3)];
const [health, youth] = [field(20, 2), field(21, 1)];
const round = { id: "r", counties: [north, south] } as unknown as RoundView;

function answer(ngoId: string, attendees: number, choices: [TrainingTopic, NeedPriority][], fields: Field[]): AnswerWithNgo {
  return {
    ngoId,
    format: "ONLINE",
    attendees,
    days: [0, 2],
    times: ["morning"],
    otherNeed: null,
    updatedAt: new Date(0),
    choices: choices.map(([t, priority]) => ({ topicId: t.id, topic: t, priority })),
    ngo: { name: ngoId, fields },
  } as unknown as AnswerWithNgo;
}

describe("a needs round's aggregation", () => {
  const invitations = [
    { ngoId: "a", countyId: 1 },
    { ngoId: "b", countyId: 2 },
    { ngoId: "c", countyId: 2 },
  ];
  const answers = [
    answer(
      "a",
      10,
      [
        [media, "HIGH"],
        [finance, "LOW"],
      ],
      [health],
    ),
    answer(
      "b",
      4,
      [
        [finance, "HIGH"],
        [law, "MEDIUM"],
      ],
      [health, youth],
    ),
  ];
  const report = aggregateNeeds(round, [north, south], invitations, answers);

  it("when NGOs answer, then each county counts who was invited and who answered", () => {
    expect(report.invited).toEqual([1, 2]);
    expect(report.answered).toEqual([1, 1]);
  });

  it("when topics are chosen, then demand weighs priorities 3, 2, 1, per county, most demanded first", () => {
    expect(report.topics.map((t) => [t.topic.id, t.ngos, t.demand, t.people, t.demandByCounty, t.peopleByCounty])).toEqual([
      [finance.id, 2, 4, 14, [1, 3], [10, 4]],
      [media.id, 1, 3, 10, [3, 0], [10, 0]],
      [law.id, 1, 2, 4, [0, 2], [0, 4]],
    ]);
  });

  it("when NGOs have fields, then demand is split by field in the fields' order", () => {
    expect(report.byField.map((f) => [f.field.id, f.topics.map((t) => [t.topic.id, t.demand])])).toEqual([
      [
        youth.id,
        [
          [finance.id, 3],
          [law.id, 2],
        ],
      ],
      [
        health.id,
        [
          [finance.id, 4],
          [media.id, 3],
          [law.id, 2],
        ],
      ],
    ]);
  });

  it("when formats, days and times are given, then each is counted per NGO", () => {
    expect(report.formats).toEqual({ IN_PERSON: 0, ONLINE: 2, EITHER: 0 });
    expect(report.days).toEqual([2, 0, 2, 0, 0, 0]);
    expect(report.times).toEqual({ morning: 2, afternoon: 0, evening: 0 });
    expect(report.answers.map((a) => [a.ngoName, a.county.id, a.choices.map((c) => c.priority)])).toEqual([
      ["a", 1, ["HIGH", "LOW"]],
      ["b", 2, ["HIGH", "MEDIUM"]],
    ]);
  });

  it("when suggestions are asked for, then each top topic lists the counties with demand, most first", () => {
    expect(suggestions(report, 2).map((s) => [s.topic.id, s.counties.map((c) => c.county.id)])).toEqual([
      [finance.id, [2, 1]],
      [media.id, [1]],
    ]);
  });
});
