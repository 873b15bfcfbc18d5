/**
 * KPI benchmark (not a test): `npm run bench:kpi -- [--ngos 850] [--members 11] [--runs 20]`.
 *
 * Fills a fresh database with one province at full size (850 NGOs over its
 * counties, each with a leader and 11 members: some 10,000 people), a year of
 * quarterly meetings (two per county and quarter, everyone invited, with
 * answers, check-ins and agenda outcomes) and a training-needs round per
 * quarter, then times /kpi's report for the provincial official, for the
 * current quarter and an earlier one. Prints the median and slowest time.
 */
import { parseArgs } from "node:util";
import type pg from "pg";
import { quarterBounds, quarterOf, shiftQuarter } from "../../src/domain/calendar.js";
import { KpiService } from "../../src/domain/kpi.js";
import type { Actor } from "../../src/domain/shared/actor.js";
import { onScratchDatabase, scratchDatabase } from "./scratch.js";

const { values } = parseArgs({
  options: {
    ngos: { type: "string", default: "850" },
    members: { type: "string", default: "11" },
    runs: { type: "string", default: "20" },
  },
});
const ngos = Number(values.ngos);
const members = Number(values.members);
const runs = Number(values.runs);
const scratch = scratchDatabase("kpi");
const OFFICIAL = 1_000_000;
const now = new Date();

/** Everything in SQL with generate_series: a province's year of meetings in seconds. */
async function seed(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ id: number; provinceId: number }>(
    `SELECT c.id, c."provinceId" FROM "County" c WHERE c."provinceId" = (SELECT min(id) FROM "Province") ORDER BY c.id`,
  );
  const counties = rows.map((r) => r.id);
  const provinceId = rows[0]?.provinceId;
  await client.query(`INSERT INTO "Person" (id, "externalId", "firstName", "updatedAt") VALUES ($1, $1, 'Official', now())`, [OFFICIAL]);
  await client.query(`INSERT INTO "Official" ("personId", scope, "provinceId", "grantedById") VALUES ($1, 'PROVINCE', $2, $1)`, [
    OFFICIAL,
    provinceId,
  ]);
  // People: leader n is 2,000,000 + n * 100; its members follow.
  await client.query(
    `INSERT INTO "Person" (id, "externalId", "firstName", "updatedAt")
     SELECT 2000000 + n * 100 + m, 2000000 + n * 100 + m, 'P' || n || '-' || m, now() FROM generate_series(0, $1 - 1) n, generate_series(0, $2) m`,
    [ngos, members],
  );
  await client.query(
    `INSERT INTO "Ngo" (id, name, "nameKey", "registrationNumber", "registrationKey", "registeringAuthority", "countyId",
       "foundedYear", "memberCount", "isYouth", "contactPhone", description, status, "leaderId", "submittedById", "inviteToken", "updatedAt")
     SELECT 'ngo' || n, 'Bench NGO ' || n, 'bench ngo ' || n, 'B' || n, 'B' || n, 'Bench', ($2::int[])[1 + n % array_length($2::int[], 1)],
       1400, $3 + 1, false, '+989120000000', 'Benchmark NGO', 'VERIFIED', 2000000 + n * 100, 2000000 + n * 100, 'bench-invite-' || n, now()
     FROM generate_series(0, $1 - 1) n`,
    [ngos, counties, members],
  );
  await client.query(
    `INSERT INTO "Membership" ("ngoId", "personId") SELECT 'ngo' || n, 2000000 + n * 100 + m FROM generate_series(0, $1 - 1) n, generate_series(1, $2) m`,
    [ngos, members],
  );
  const quarters = [0, -1, -2, -3].map((steps) => quarterBounds(shiftQuarter(quarterOf(now), steps)));
  let invitations = 0;
  for (const [q, { start, end }] of quarters.entries()) {
    for (const county of counties) {
      for (let k = 0; k < 2; k++) {
        const id = `m${q}-${county}-${k}`;
        // Spread over the part of the quarter that has passed, so the current quarter has meetings held.
        const until = Math.min(end.getTime(), now.getTime());
        const startsAt = new Date(start.getTime() + ((until - start.getTime()) * (k + 1)) / 3);
        await client.query(
          `INSERT INTO "Meeting" (id, "countyId", title, theme, "startsAt", venue, "fieldIds", "membersInvited", "createdById", "updatedAt")
           VALUES ($1, $2, 'Bench meeting', 'Bench theme', $3, 'Hall', '{}', true, $4, now())`,
          [id, county, startsAt, OFFICIAL],
        );
        await client.query(`INSERT INTO "MeetingNgo" ("meetingId", "ngoId") SELECT $1, n.id FROM "Ngo" n WHERE n."countyId" = $2`, [
          id,
          county,
        ]);
        const { rowCount } = await client.query(
          `INSERT INTO "MeetingInvitation" ("meetingId", "personId", "ngoId", "isLeader", answer, "answeredAt", "presentAt")
           SELECT $1, invitee.person, invitee.ngo, invitee.leader,
             (CASE WHEN random() < 0.6 THEN 'YES' WHEN random() < 0.5 THEN 'NO' END)::"MeetingAnswer",
             now(), CASE WHEN random() < 0.3 THEN now() END
           FROM (
             SELECT n.id AS ngo, n."leaderId" AS person, true AS leader FROM "Ngo" n WHERE n."countyId" = $2
             UNION ALL
             SELECT m."ngoId", m."personId", false FROM "Membership" m JOIN "Ngo" n ON n.id = m."ngoId" WHERE n."countyId" = $2
           ) invitee`,
          [id, county],
        );
        invitations += rowCount ?? 0;
        await client.query(
          `INSERT INTO "AgendaItem" (id, "meetingId", "ngoId", "fieldId", text, "createdById", outcome)
           SELECT $1 || '-a' || i, $1, (SELECT id FROM "Ngo" WHERE "countyId" = $2 ORDER BY id LIMIT 1 OFFSET i),
             (SELECT min(id) FROM "Field"), 'A problem to discuss', $3,
             (ARRAY['RESOLVED', 'FOLLOW_UP', 'REFERRED', NULL])[1 + i % 4]::"AgendaOutcome"
           FROM generate_series(0, 9) i`,
          [id, county, OFFICIAL],
        );
      }
    }
    const round = `r${q}`;
    await client.query(
      `INSERT INTO "NeedsRound" (id, title, "provinceId", deadline, "openedById", "createdAt") VALUES ($1, 'Bench round', $2, $3, $4, $5)`,
      [round, provinceId, end, OFFICIAL, new Date(start.getTime() + 3_600_000)],
    );
    await client.query(`INSERT INTO "NeedsInvitation" ("roundId", "ngoId", "countyId") SELECT $1, id, "countyId" FROM "Ngo"`, [round]);
    await client.query(
      `INSERT INTO "NeedsAnswer" (id, "roundId", "ngoId", format, attendees, days, times, "answeredById", "updatedAt")
       SELECT $1 || '-' || id, $1, id, 'ONLINE', 3, '{0}', '{morning}', "leaderId", now() FROM "Ngo" WHERE random() < 0.7`,
      [round],
    );
  }
  await client.query("ANALYZE");
  return invitations;
}

async function main() {
  await onScratchDatabase(scratch, async (client, db) => {
    const seeding = Date.now();
    const invitations = await seed(client);
    console.log(`seeded ${ngos} NGOs, ${ngos * (members + 1)} people, ${invitations} meeting invitations in ${Date.now() - seeding} ms`);
    const kpi = new KpiService(db);
    const official = await client.query<{ provinceId: number }>(`SELECT "provinceId" FROM "Official" WHERE "personId" = $1`, [OFFICIAL]);
    const actor: Actor = {
      id: BigInt(OFFICIAL),
      roles: {
        superadmin: false,
        official: { scope: "PROVINCE", provinceId: official.rows[0]?.provinceId ?? 0, countyId: null },
        leads: null,
        memberOf: [],
      },
    };
    for (const [label, quarter] of [
      ["current quarter", quarterOf(now)],
      ["previous quarter", shiftQuarter(quarterOf(now), -1)],
    ] as const) {
      const times: number[] = [];
      let report = await kpi.report(actor, quarter, now);
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        report = await kpi.report(actor, quarter, now);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)] ?? 0;
      console.log(
        `/kpi ${label}: ${report.counties.length} counties, ${report.totals.held} meetings held, ${report.totals.ngosInvited} NGOs invited — ` +
          `median ${median.toFixed(1)} ms, slowest ${(times.at(-1) ?? 0).toFixed(1)} ms over ${runs} runs`,
      );
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
