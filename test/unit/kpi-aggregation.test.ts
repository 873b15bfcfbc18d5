import type { County, Province } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { quarterBounds, startOfTehranDay } from "../../src/domain/calendar.js";
import { aggregateKpi, compareProvinces, kpiTotals, type MeetingRow, occasionOn } from "../../src/domain/kpi.js";

const county = (id: number) => ({ id, provinceId: 1, nameFa: `c${id}`, nameEn: `c${id}`, nameAz: `c${id}` }) as County;
const [north, south, east] = [county(1), county(2), county(3)];
const quarter = { year: 1405, quarter: 3 as const };
const { start } = quarterBounds(quarter);
const day = (n: number) => new Date(start.getTime() + n * 86_400_000);
const now = day(40);

function meeting(id: string, countyId: number, startsAt: Date, figures: Partial<MeetingRow> = {}): MeetingRow {
  const zero = { invited: 0, accepted: 0, presentNgos: 0, presentPeople: 0, raised: 0, resolved: 0, followUp: 0, referred: 0 };
  return { id, countyId, title: `meeting ${id}`, startsAt, ...zero, ...figures };
}

describe("a quarter's indicators", () => {
  const meetings = [
    meeting("a", 1, day(10), {
      invited: 5,
      accepted: 4,
      presentNgos: 3,
      presentPeople: 7,
      raised: 4,
      resolved: 2,
      followUp: 1,
      referred: 1,
    }),
    meeting("b", 1, day(30), { invited: 3, accepted: 3, presentNgos: 2, presentPeople: 2, raised: 1, resolved: 1 }),
    meeting("c", 1, day(60), { invited: 9, raised: 5 }),
    meeting("d", 2, day(50), { invited: 4 }),
  ];
  const report = aggregateKpi(
    quarter,
    {
      counties: [north, south, east],
      meetings,
      reach: [{ countyId: 1, invited: 6, accepted: 5, present: 4 }],
      needs: [
        { countyId: 1, invited: 8, answered: 6 },
        { countyId: 3, invited: 2, answered: 0 },
      ],
    },
    now,
  );
  const [first, second, third] = report.counties;

  it("when meetings have started by now, then they are held and their people and agenda are summed; later ones are upcoming", () => {
    expect(first).toMatchObject({ county: north, held: 2, upcoming: 1, peoplePresent: 9, agendaRaised: 5, agendaResolved: 3 });
    expect(first).toMatchObject({ agendaFollowUp: 1, agendaReferred: 1 });
    expect(second).toMatchObject({ county: south, held: 0, upcoming: 1, peoplePresent: 0, agendaRaised: 0 });
  });

  it("when NGOs were reached, then a county's NGO counts are the distinct ones of its held meetings, not the sum of its meetings", () => {
    expect([first?.ngosInvited, first?.ngosAccepted, first?.ngosPresent]).toEqual([6, 5, 4]);
    expect([second?.ngosInvited, second?.ngosAccepted, second?.ngosPresent]).toEqual([0, 0, 0]);
  });

  it("when a county had no needs round, then its needs figures are zero; otherwise they are its invitations and answers", () => {
    expect([first?.needsInvited, first?.needsAnswered]).toEqual([8, 6]);
    expect([second?.needsInvited, second?.needsAnswered]).toEqual([0, 0]);
    expect([third?.needsInvited, third?.needsAnswered]).toEqual([2, 0]);
  });

  it("when the totals are taken, then each figure is the counties' sum and only counties that held a meeting meet the target", () => {
    expect(report.totals).toEqual({
      counties: 3,
      countiesMeetingTarget: 1,
      held: 2,
      upcoming: 2,
      ngosInvited: 6,
      ngosAccepted: 5,
      ngosPresent: 4,
      peoplePresent: 9,
      agendaRaised: 5,
      agendaResolved: 3,
      agendaFollowUp: 1,
      agendaReferred: 1,
      needsInvited: 10,
      needsAnswered: 6,
    });
    expect(kpiTotals([])).toMatchObject({ counties: 0, countiesMeetingTarget: 0, held: 0 });
  });

  it("when the meetings are listed, then each keeps its own figures, its county and whether it was held", () => {
    expect(report.meetings.map((m) => [m.id, m.county.id, m.held, m.ngosInvited, m.peoplePresent])).toEqual([
      ["a", 1, true, 5, 7],
      ["b", 1, true, 3, 2],
      ["c", 1, false, 9, 0],
      ["d", 2, false, 4, 0],
    ]);
  });

  it("when the report is made, then it spans the quarter from its first day to the next quarter's", () => {
    expect([report.quarter, report.start, report.end]).toEqual([quarter, start, quarterBounds({ year: 1405, quarter: 4 }).start]);
  });

  it("when a meeting starts exactly now, then it counts as held", () => {
    const atNow = aggregateKpi(quarter, { counties: [south], meetings: [meeting("e", 2, now)], reach: [], needs: [] }, now);
    expect([atNow.counties[0]?.held, atNow.counties[0]?.upcoming, atNow.meetings[0]?.held]).toEqual([1, 0, true]);
  });
});

describe("the quarterly check's days", () => {
  const at = (jm: number, jd: number, hours = 12) => new Date(startOfTehranDay({ jy: 1405, jm, jd }).getTime() + hours * 3_600_000);

  it("when it is a quarter's first week, then the start check is due; from the 15th to the 21st of its second month, the mid-quarter one", () => {
    expect([at(7, 1), at(7, 7), at(7, 8)].map(occasionOn)).toEqual(["START", "START", null]);
    expect([at(8, 14), at(8, 15), at(8, 21), at(8, 22)].map(occasionOn)).toEqual([null, "MID", "MID", null]);
    expect([at(9, 1), at(9, 15), at(1, 1), at(12, 29)].map(occasionOn)).toEqual([null, null, "START", null]);
  });

  it("when Tehran's day turns before UTC's, then the check follows Tehran's date", () => {
    expect(occasionOn(at(7, 1, 0.25))).toBe("START");
    expect(occasionOn(new Date(at(7, 1, 0).getTime() - 60_000))).toBeNull();
  });
});

describe("provinces compared", () => {
  const province = (id: number, name: string) => ({ id, code: name, nameFa: name, nameEn: name, nameAz: name }) as Province;
  const inProvince = (id: number, provinceId: number) => ({ ...county(id), provinceId }) as County;
  const [west, east, lone] = [province(1, "West"), province(2, "East"), province(3, "Lone")];
  const rows = {
    counties: [inProvince(1, 1), inProvince(2, 1), inProvince(3, 2)],
    meetings: [
      meeting("a", 1, day(10), { invited: 4, presentNgos: 2, raised: 3, resolved: 1 }),
      meeting("b", 1, day(20), { invited: 2, presentNgos: 1, raised: 1, resolved: 1 }),
      meeting("c", 3, day(30), { invited: 5, presentNgos: 5, raised: 2, resolved: 2 }),
    ],
    reach: [
      { countyId: 1, invited: 5, accepted: 4, present: 3 },
      { countyId: 3, invited: 5, accepted: 5, present: 5 },
    ],
    needs: [
      { countyId: 2, invited: 4, answered: 1 },
      { countyId: 3, invited: 2, answered: 2 },
    ],
  };

  it("when counties of two provinces are reported, then each province sums its own counties and counts those on target", () => {
    const report = aggregateKpi(quarter, { ...rows, provinces: [west, east] }, now);
    expect(
      report.provinces.map(({ province, counties, countiesMeetingTarget, held, ngosInvited, ngosPresent }) => ({
        name: province.nameEn,
        counties,
        countiesMeetingTarget,
        held,
        ngosInvited,
        ngosPresent,
      })),
    ).toEqual([
      { name: "West", counties: 2, countiesMeetingTarget: 1, held: 2, ngosInvited: 5, ngosPresent: 3 },
      { name: "East", counties: 1, countiesMeetingTarget: 1, held: 1, ngosInvited: 5, ngosPresent: 5 },
    ]);
    const [first, second] = report.provinces;
    expect([first?.agendaRaised, first?.agendaResolved, first?.needsInvited, first?.needsAnswered]).toEqual([4, 2, 4, 1]);
    expect([second?.agendaRaised, second?.agendaResolved, second?.needsInvited, second?.needsAnswered]).toEqual([2, 2, 2, 2]);
    // The totals are still of every county.
    expect([report.totals.counties, report.totals.held]).toEqual([3, 3]);
  });

  it("when a province has no county in the report, or only one province is reported, then there is no line for it, or no comparison", () => {
    expect(compareProvinces(aggregateKpi(quarter, rows, now).counties, [west, east, lone]).map((p) => p.province.nameEn)).toEqual([
      "West",
      "East",
    ]);
    expect(aggregateKpi(quarter, { ...rows, provinces: [west] }, now).provinces).toEqual([]);
    expect(aggregateKpi(quarter, rows, now).provinces).toEqual([]);
  });
});
