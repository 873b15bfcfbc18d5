import type { County, Prisma, Province, QuarterOccasion } from "@prisma/client";
import type { Db } from "../data/prisma.js";
import { type Quarter, quarterBounds, quarterOf, tehranDate } from "./calendar.js";
import { tell } from "./outbox.js";
import { countiesInScope, type ProvinceChoice } from "./people.js";
import type { Actor } from "./shared/actor.js";

/** Each county is to hold this many problem-centred meetings a quarter (the governor's programme). */
export const MEETINGS_REQUIRED_PER_QUARTER = 1;

/**
 * One county's interaction with its NGOs in one quarter, as managers are judged by it.
 * A meeting counts as held once its start time has passed and it was not cancelled;
 * NGO counts are of distinct NGOs across the quarter's held meetings.
 */
/** Whom meetings reached and what they took up: of one meeting, or of a county's held meetings. */
type Reach = {
  ngosInvited: number;
  /** NGOs where someone said they would come. */
  ngosAccepted: number;
  /** NGOs where someone was checked in or marked present. */
  ngosPresent: number;
  peoplePresent: number;
  agendaRaised: number;
  agendaResolved: number;
};

export type CountyKpi = Reach & {
  county: County;
  /** Meetings of the quarter that took place. */
  held: number;
  /** Meetings of the quarter still to come. */
  upcoming: number;
  agendaFollowUp: number;
  agendaReferred: number;
  /** Invitations and answers of the training-needs rounds opened in the quarter. */
  needsInvited: number;
  needsAnswered: number;
};

export type KpiTotals = Omit<CountyKpi, "county"> & { counties: number; countiesMeetingTarget: number };

/** A meeting of the quarter, as listed in the Excel export so every figure can be traced. */
export type KpiMeeting = Reach & { id: string; county: County; title: string; startsAt: Date; held: boolean };

/** One province's figures, summed over its counties, for the comparison of provinces. */
export type ProvinceKpi = KpiTotals & { province: Province };

/**
 * `provinces`: the comparison of provinces, a line per province, when the report covers several
 * (a national official's or superadmin's "all provinces"); empty otherwise.
 */
export type KpiReport = {
  quarter: Quarter;
  start: Date;
  end: Date;
  counties: CountyKpi[];
  provinces: ProvinceKpi[];
  totals: KpiTotals;
  meetings: KpiMeeting[];
};

export const meetsTarget = (kpi: Pick<CountyKpi, "held">) => kpi.held >= MEETINGS_REQUIRED_PER_QUARTER;

/** Which quarterly check falls on this day, if any: the first week of a quarter, or a week from the 15th of its second month. */
export function occasionOn(moment: Date): QuarterOccasion | null {
  const { jm, jd } = tehranDate(moment);
  const monthOfQuarter = (jm - 1) % 3;
  if (monthOfQuarter === 0 && jd <= 7) return "START";
  if (monthOfQuarter === 1 && jd >= 15 && jd <= 21) return "MID";
  return null;
}

/** A meeting of the quarter with its own figures, as the report's query reads it. */
export type MeetingRow = {
  id: string;
  countyId: number;
  title: string;
  startsAt: Date;
  invited: number;
  accepted: number;
  presentNgos: number;
  presentPeople: number;
  raised: number;
  resolved: number;
  followUp: number;
  referred: number;
};

/** Distinct NGOs over all of a county's held meetings: an NGO at two meetings is one NGO reached. */
export type ReachRow = { countyId: number; invited: number; accepted: number; present: number };

/** A county's invitations and answers in the training-needs rounds opened in the quarter. */
export type NeedsRow = { countyId: number; invited: number; answered: number };

/** The report's rows, as the queries read them, for these counties in this quarter; `provinces`: theirs, to compare. */
export type KpiRows = { counties: County[]; provinces?: Province[]; meetings: MeetingRow[]; reach: ReachRow[]; needs: NeedsRow[] };

/** One county's figures: its meetings that have started by `now` are held, the later ones upcoming. */
function countyKpi(county: County, { meetings, reach, needs }: Omit<KpiRows, "counties">, now: Date): CountyKpi {
  const held = meetings.filter((m) => m.countyId === county.id && m.startsAt <= now);
  const sum = (key: keyof MeetingRow) => held.reduce((total, m) => total + Number(m[key]), 0);
  const reached = reach.find((r) => r.countyId === county.id);
  const asked = needs.find((n) => n.countyId === county.id);
  return {
    county,
    held: held.length,
    upcoming: meetings.filter((m) => m.countyId === county.id && m.startsAt > now).length,
    ngosInvited: reached?.invited ?? 0,
    ngosAccepted: reached?.accepted ?? 0,
    ngosPresent: reached?.present ?? 0,
    peoplePresent: sum("presentPeople"),
    agendaRaised: sum("raised"),
    agendaResolved: sum("resolved"),
    agendaFollowUp: sum("followUp"),
    agendaReferred: sum("referred"),
    needsInvited: asked?.invited ?? 0,
    needsAnswered: asked?.answered ?? 0,
  };
}

/** The whole scope: each figure summed over the counties, and how many counties met the target. */
export function kpiTotals(rows: CountyKpi[]): KpiTotals {
  const total = (key: keyof Omit<CountyKpi, "county">) => rows.reduce((sum, row) => sum + row[key], 0);
  return {
    counties: rows.length,
    countiesMeetingTarget: rows.filter(meetsTarget).length,
    held: total("held"),
    upcoming: total("upcoming"),
    ngosInvited: total("ngosInvited"),
    ngosAccepted: total("ngosAccepted"),
    ngosPresent: total("ngosPresent"),
    peoplePresent: total("peoplePresent"),
    agendaRaised: total("agendaRaised"),
    agendaResolved: total("agendaResolved"),
    agendaFollowUp: total("agendaFollowUp"),
    agendaReferred: total("agendaReferred"),
    needsInvited: total("needsInvited"),
    needsAnswered: total("needsAnswered"),
  };
}

/**
 * Provinces compared: each one's figures summed over its counties (those of `counties` in it), in the order
 * given; a province without a county here is left out. One province is no comparison: none.
 */
export function compareProvinces(counties: CountyKpi[], provinces: Province[]): ProvinceKpi[] {
  const lines = provinces.flatMap((province) => {
    const own = counties.filter((c) => c.county.provinceId === province.id);
    return own.length > 0 ? [{ province, ...kpiTotals(own) }] : [];
  });
  return lines.length > 1 ? lines : [];
}

/**
 * The quarter's report from its rows: a line per county in their order (and per province, when there are
 * several to compare), the totals, and the meetings the figures come from.
 */
export function aggregateKpi(quarter: Quarter, { counties, provinces = [], ...rows }: KpiRows, now: Date): KpiReport {
  const { start, end } = quarterBounds(quarter);
  const byId = new Map(counties.map((c) => [c.id, c]));
  const perCounty = counties.map((county) => countyKpi(county, rows, now));
  return {
    quarter,
    start,
    end,
    counties: perCounty,
    provinces: compareProvinces(perCounty, provinces),
    totals: kpiTotals(perCounty),
    meetings: rows.meetings.map((m) => ({
      id: m.id,
      // biome-ignore lint/style/noNonNullAssertion: the query only returns meetings of these counties
      county: byId.get(m.countyId)!,
      title: m.title,
      startsAt: m.startsAt,
      held: m.startsAt <= now,
      ngosInvited: m.invited,
      ngosAccepted: m.accepted,
      ngosPresent: m.presentNgos,
      peoplePresent: m.presentPeople,
      agendaRaised: m.raised,
      agendaResolved: m.resolved,
    })),
  };
}

/** Per county, the NGOs invited to the training-needs rounds opened in [from, to) and how many answered. */
export function needsResponse(db: Db, countyIds: number[], from: Date, to: Date): Promise<NeedsRow[]> {
  return db.$queryRaw<NeedsRow[]>`
    SELECT inv."countyId", count(*)::int AS invited, count(a.id)::int AS answered
    FROM "NeedsInvitation" inv
    JOIN "NeedsRound" r ON r.id = inv."roundId"
    LEFT JOIN "NeedsAnswer" a ON a."roundId" = inv."roundId" AND a."ngoId" = inv."ngoId"
    WHERE r."createdAt" >= ${from} AND r."createdAt" < ${to} AND inv."countyId" = ANY(${countyIds})
    GROUP BY inv."countyId"`;
}

export class KpiService {
  constructor(
    private readonly db: Db,
    /** Where reports read: a read replica when there is one. */
    private readonly reads: Db = db,
  ) {}

  /**
   * The quarter's figures for every county the actor acts for (officials and superadmins only), within the
   * chosen province if any; over several provinces, they are compared too.
   */
  async report(actor: Actor, quarter: Quarter, now: Date, province?: ProvinceChoice): Promise<KpiReport> {
    const counties = await this.reads.county.findMany({
      where: countiesInScope(actor.roles, province),
      orderBy: [{ provinceId: "asc" }, { id: "asc" }],
    });
    const provinceIds = [...new Set(counties.map((c) => c.provinceId))];
    const provinces =
      provinceIds.length > 1 ? await this.reads.province.findMany({ where: { id: { in: provinceIds } }, orderBy: { id: "asc" } }) : [];
    const ids = counties.map((c) => c.id);
    const { start, end } = quarterBounds(quarter);
    // Per meeting, distinct NGOs; an NGO's people may answer differently, and any yes or presence counts for the NGO.
    // Each meeting's invitations are read once and grouped by NGO in memory (counting distinct NGOs sorted
    // every meeting's invitations three times), and its agenda once for the four counts.
    const meetings = this.reads.$queryRaw<MeetingRow[]>`
      SELECT m.id, m."countyId", m.title, m."startsAt",
        (SELECT count(*)::int FROM "MeetingNgo" mn WHERE mn."meetingId" = m.id) AS invited,
        i.accepted, i."presentNgos", i."presentPeople", a.raised, a.resolved, a."followUp", a.referred
      FROM "Meeting" m
        CROSS JOIN LATERAL (
          SELECT count(*) FILTER (WHERE n.accepted)::int AS accepted,
            count(*) FILTER (WHERE n.present > 0)::int AS "presentNgos",
            coalesce(sum(n.present), 0)::int AS "presentPeople"
          FROM (
            SELECT bool_or(i.answer = 'YES') AS accepted, count(i."presentAt") AS present
            FROM "MeetingInvitation" i WHERE i."meetingId" = m.id GROUP BY i."ngoId"
          ) n
        ) i
        CROSS JOIN LATERAL (
          SELECT count(*)::int AS raised,
            count(*) FILTER (WHERE a.outcome = 'RESOLVED')::int AS resolved,
            count(*) FILTER (WHERE a.outcome = 'FOLLOW_UP')::int AS "followUp",
            count(*) FILTER (WHERE a.outcome = 'REFERRED')::int AS referred
          FROM "AgendaItem" a WHERE a."meetingId" = m.id
        ) a
      WHERE m.status = 'SCHEDULED' AND m."startsAt" >= ${start} AND m."startsAt" < ${end} AND m."countyId" = ANY(${ids})
      ORDER BY m."startsAt"`;
    // Distinct NGOs over all of a county's held meetings: an NGO at two meetings is one NGO reached.
    // A person's answer and presence count for the NGO they acted for (the one they belonged to then), if that
    // NGO was invited. Per meeting, its invitations grouped by NGO (one read of them) against its invited NGOs:
    // at national size a lookup per invited NGO and meeting took eight times as long.
    const reach = this.reads.$queryRaw<ReachRow[]>`
      SELECT m."countyId",
        count(DISTINCT n."ngoId")::int AS invited,
        count(DISTINCT n."ngoId") FILTER (WHERE n.accepted)::int AS accepted,
        count(DISTINCT n."ngoId") FILTER (WHERE n.present)::int AS present
      FROM "Meeting" m
        CROSS JOIN LATERAL (
          SELECT mn."ngoId", i.accepted, i.present
          FROM "MeetingNgo" mn
            LEFT JOIN (
              SELECT i."ngoId", bool_or(i.answer = 'YES') AS accepted, bool_or(i."presentAt" IS NOT NULL) AS present
              FROM "MeetingInvitation" i WHERE i."meetingId" = m.id GROUP BY i."ngoId"
            ) i ON i."ngoId" = mn."ngoId"
          WHERE mn."meetingId" = m.id
        ) n
      WHERE m.status = 'SCHEDULED' AND m."startsAt" >= ${start} AND m."startsAt" < ${end} AND m."startsAt" <= ${now}
        AND m."countyId" = ANY(${ids})
      GROUP BY m."countyId"`;
    // The three are independent: on a pool of connections they run side by side.
    const [meetingRows, reachRows, needs] = await Promise.all([meetings, reach, needsResponse(this.reads, ids, start, end)]);

    return aggregateKpi(quarter, { counties, provinces, meetings: meetingRows, reach: reachRows, needs }, now);
  }

  /** Counties among these with no meeting (held or to come, not cancelled) in the quarter. */
  private async withoutMeeting(db: Prisma.TransactionClient | Db, countyIds: number[], quarter: Quarter): Promise<number[]> {
    const { start, end } = quarterBounds(quarter);
    const having = await db.meeting.findMany({
      where: { countyId: { in: countyIds }, status: "SCHEDULED", startsAt: { gte: start, lt: end } },
      select: { countyId: true },
      distinct: ["countyId"],
    });
    const covered = new Set(having.map((m) => m.countyId));
    return countyIds.filter((id) => !covered.has(id));
  }

  /** Of these counties, those still without a meeting in the quarter (for a nudge about to be sent). */
  stillWithoutMeeting(countyIds: number[], quarter: Quarter): Promise<number[]> {
    return this.withoutMeeting(this.db, countyIds, quarter);
  }

  /**
   * The quarterly check, run daily by a job scheduler: in the first week of a
   * quarter and from mid-quarter, each county without a meeting for the quarter
   * gets its county officials a nudge, and the province's officials get the
   * list. Once per province, quarter and occasion, however often it runs.
   */
  async quarterlyCheck(now: Date): Promise<{ occasion: QuarterOccasion | null; provinces: number; nudged: number }> {
    const occasion = occasionOn(now);
    if (!occasion) return { occasion, provinces: 0, nudged: 0 };
    const quarter = quarterOf(now);
    const provinces = await this.db.province.findMany({
      // A province without counties yet has nothing to check.
      where: { counties: { some: {} }, quarterChecks: { none: { year: quarter.year, quarter: quarter.quarter, occasion } } },
      select: { id: true, counties: { select: { id: true }, orderBy: { id: "asc" } } },
    });
    let checked = 0;
    let nudged = 0;
    for (const province of provinces) {
      nudged += await this.db.$transaction(async (tx) => {
        const missing = await this.withoutMeeting(
          tx,
          province.counties.map((c) => c.id),
          quarter,
        );
        const { count } = await tx.quarterCheck.createMany({
          data: { provinceId: province.id, ...quarter, occasion, countyIds: missing },
          skipDuplicates: true,
        });
        if (count === 0) return 0; // another worker checked this province meanwhile
        checked++;
        if (missing.length === 0) return 0;
        const officials = await tx.official.findMany({ where: { provinceId: province.id }, select: { personId: true, countyId: true } });
        for (const countyId of missing) {
          const local = officials.filter((o) => o.countyId === countyId).map((o) => o.personId);
          await tell(tx, local, { kind: "quarter-nudge", countyId, ...quarter });
        }
        const provincial = officials.filter((o) => o.countyId === null).map((o) => o.personId);
        await tell(tx, provincial, { kind: "quarter-missing", provinceId: province.id, countyIds: missing, ...quarter });
        return missing.length;
      });
    }
    return { occasion, provinces: checked, nudged };
  }
}
