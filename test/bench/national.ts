/**
 * National-size benchmark (not a test): `npm run bench:national -- [--ngos 26000] [--runs 20] [--keep]`.
 *
 * Builds a database of its own at national size: 31 provinces and some 450 counties (the seeded ones, topped
 * up with synthetic provinces and counties), 26,000 verified NGOs with 330,000 people (leaders and members),
 * a year of meetings (one per county and quarter, every person of the county's NGOs invited, with answers,
 * check-ins and agenda outcomes) and a training-needs round per province. All of it through multi-row
 * INSERT … SELECT in SQL, not row by row.
 *
 * Then times, through the domain services the bot calls: /kpi for one province and for all provinces,
 * /coverage of all provinces, a directory name search, resolving a national broadcast's audience (the
 * superadmin's preview of every county), an RSVP press and a registration's final save. Prints the
 * median and p95 of each against its goal.
 */
import { parseArgs } from "node:util";
import type pg from "pg";
import { BroadcastService } from "../../src/domain/broadcasts.js";
import { quarterBounds, quarterOf, shiftQuarter } from "../../src/domain/calendar.js";
import { CoverageService } from "../../src/domain/coverage.js";
import { DirectoryService } from "../../src/domain/directory.js";
import { KpiService } from "../../src/domain/kpi.js";
import { MeetingService } from "../../src/domain/meetings/service.js";
import { NgoService } from "../../src/domain/ngos.js";
import type { Actor } from "../../src/domain/shared/actor.js";
import { Superadmins } from "../../src/domain/shared/superadmins.js";
import { onScratchDatabase, percentile, scratchDatabase } from "./scratch.js";

const { values } = parseArgs({
  options: {
    ngos: { type: "string", default: "26000" },
    people: { type: "string", default: "330000" },
    runs: { type: "string", default: "20" },
    /** Leaves the database behind (its name is printed), to EXPLAIN a slow query in it. */
    keep: { type: "boolean", default: false },
  },
});
const NGOS = Number(values.ngos);
const PEOPLE = Number(values.people);
const RUNS = Number(values.runs);
const PROVINCES = 31;
const COUNTIES = 450;
const scratch = scratchDatabase("national");
const OFFICIAL = 1_000_000;
/** Leaders of the NGOs registered during the measure. */
const NEWCOMER = 1_500_000;
const now = new Date();

async function seed(client: pg.Client): Promise<{ provinces: number[]; counties: number; invitations: number; people: number }> {
  const seeded = await client.query<{ count: string }>(`SELECT count(*) FROM "Province"`);
  await client.query(
    `INSERT INTO "Province" (code, "nameFa", "nameEn", "nameAz")
     SELECT 'bench-p' || n, 'استان ' || n, 'Province ' || n, 'Əyalət ' || n FROM generate_series(1, $1) n`,
    [PROVINCES - Number(seeded.rows[0]?.count)],
  );
  // Provinces without counties get synthetic ones, so that the country has COUNTIES in all.
  const bare = await client.query<{ id: number }>(
    `SELECT id FROM "Province" p WHERE NOT EXISTS (SELECT 1 FROM "County" c WHERE c."provinceId" = p.id) ORDER BY id`,
  );
  const existing = Number((await client.query<{ count: string }>(`SELECT count(*) FROM "County"`)).rows[0]?.count);
  await client.query(
    `INSERT INTO "County" (code, "provinceId", "nameFa", "nameEn", "nameAz")
     SELECT 'bench-c' || n, ($1::int[])[1 + n % array_length($1::int[], 1)], 'شهرستان ' || n, 'County ' || n, 'Şəhristan ' || n
     FROM generate_series(0, $2 - 1) n`,
    [bare.rows.map((r) => r.id), COUNTIES - existing],
  );
  const counties = (await client.query<{ id: number }>(`SELECT id FROM "County" ORDER BY id`)).rows.map((r) => r.id);
  const provinces = (await client.query<{ id: number }>(`SELECT id FROM "Province" ORDER BY id`)).rows.map((r) => r.id);

  await client.query(`INSERT INTO "Person" (id, "externalId", "firstName", "updatedAt") VALUES ($1, $1, 'Official', now())`, [OFFICIAL]);
  // People: NGO n's leader is 2,000,000 + n * 100, its members follow; PEOPLE in all, spread evenly.
  const perNgo = PEOPLE / NGOS;
  await client.query(
    `INSERT INTO "Person" (id, "externalId", "firstName", "updatedAt")
     SELECT 2000000 + n * 100 + m, 2000000 + n * 100 + m, 'P' || n || '-' || m, now()
     FROM generate_series(0, $1 - 1) n, generate_series(0, 30) m WHERE m < floor((n + 1) * $2::float8) - floor(n * $2::float8)`,
    [NGOS, perNgo],
  );
  const fields = (await client.query<{ id: number }>(`SELECT id FROM "Field" ORDER BY id`)).rows.map((r) => r.id);
  await client.query(
    `INSERT INTO "Ngo" (id, name, "nameKey", "registrationNumber", "registrationKey", "registeringAuthority", "countyId",
       "foundedYear", "memberCount", "isYouth", "contactPhone", description, status, "leaderId", "submittedById", "inviteToken", "updatedAt")
     SELECT 'ngo' || n, 'انجمن ' || (ARRAY['یاری','مهر','سبز','امید','دانش'])[1 + n % 5] || ' ' || n,
       'انجمن ' || (ARRAY['یاری','مهر','سبز','امید','دانش'])[1 + n % 5] || ' ' || n, 'B' || n, 'B' || n, 'Bench',
       ($2::int[])[1 + n % array_length($2::int[], 1)], 1400, 12, n % 4 = 0, '+989120000000', 'Benchmark NGO', 'VERIFIED',
       2000000 + n * 100, 2000000 + n * 100, 'bench-invite-' || n, now()
     FROM generate_series(0, $1 - 1) n`,
    [NGOS, counties],
  );
  await client.query(
    `INSERT INTO "_FieldToNgo" ("A", "B") SELECT DISTINCT ($2::int[])[1 + (n * k) % array_length($2::int[], 1)], 'ngo' || n
     FROM generate_series(0, $1 - 1) n, generate_series(1, 3) k`,
    [NGOS, fields],
  );
  await client.query(
    `INSERT INTO "Membership" ("ngoId", "personId")
     SELECT 'ngo' || ((p.id - 2000000) / 100), p.id FROM "Person" p WHERE p.id >= 2000000 AND (p.id - 2000000) % 100 > 0`,
  );
  const people = Number((await client.query<{ count: string }>(`SELECT count(*) FROM "Person"`)).rows[0]?.count);

  // A year of meetings: one per county and quarter, over the part of the quarter that has passed.
  let invitations = 0;
  const quarters = [0, -1, -2, -3].map((steps) => quarterBounds(shiftQuarter(quarterOf(now), steps)));
  for (const [q, { start, end }] of quarters.entries()) {
    const startsAt = new Date(start.getTime() + (Math.min(end.getTime(), now.getTime()) - start.getTime()) / 2);
    await client.query(
      `INSERT INTO "Meeting" (id, "countyId", title, theme, "startsAt", venue, "fieldIds", "membersInvited", "createdById", "updatedAt")
       SELECT 'm${q}-' || c.id, c.id, 'Bench meeting', 'Bench theme', $1, 'Hall', '{}', true, $2, now() FROM "County" c`,
      [startsAt, OFFICIAL],
    );
    await client.query(`INSERT INTO "MeetingNgo" ("meetingId", "ngoId") SELECT 'm${q}-' || n."countyId", n.id FROM "Ngo" n`);
    const { rowCount } = await client.query(
      `INSERT INTO "MeetingInvitation" ("meetingId", "personId", "ngoId", "isLeader", answer, "answeredAt", "presentAt")
       SELECT 'm${q}-' || n."countyId", p.person, n.id, p.person = n."leaderId",
         (CASE WHEN random() < 0.6 THEN 'YES' WHEN random() < 0.5 THEN 'NO' END)::"MeetingAnswer", now(), CASE WHEN random() < 0.3 THEN now() END
       FROM "Ngo" n JOIN LATERAL (SELECT n."leaderId" AS person UNION ALL SELECT m."personId" FROM "Membership" m WHERE m."ngoId" = n.id) p ON true`,
    );
    invitations += rowCount ?? 0;
    await client.query(
      `INSERT INTO "AgendaItem" (id, "meetingId", "ngoId", "fieldId", text, "createdById", outcome)
       SELECT 'a${q}-' || n.id, 'm${q}-' || n."countyId", n.id, $1, 'A problem to discuss', $2,
         (ARRAY['RESOLVED', 'FOLLOW_UP', 'REFERRED', NULL])[1 + (hashtext(n.id) & 3)]::"AgendaOutcome"
       FROM "Ngo" n WHERE hashtext(n.id) % 5 = 0`,
      [fields[0], OFFICIAL],
    );
  }
  // A training-needs round per province this quarter, every NGO of the province asked, seven in ten answering.
  const { start } = quarterBounds(quarterOf(now));
  await client.query(
    `INSERT INTO "NeedsRound" (id, title, "provinceId", deadline, "openedById", "createdAt")
     SELECT 'r' || p.id, 'Bench round', p.id, $1, $2, $3 FROM "Province" p`,
    [quarterBounds(quarterOf(now)).end, OFFICIAL, new Date(start.getTime() + 3_600_000)],
  );
  await client.query(
    `INSERT INTO "NeedsInvitation" ("roundId", "ngoId", "countyId") SELECT 'r' || c."provinceId", n.id, n."countyId" FROM "Ngo" n JOIN "County" c ON c.id = n."countyId"`,
  );
  await client.query(
    `INSERT INTO "NeedsAnswer" (id, "roundId", "ngoId", format, attendees, days, times, "answeredById", "updatedAt")
     SELECT 'r' || i."roundId" || '-' || i."ngoId", i."roundId", i."ngoId", 'ONLINE', 3, '{0}', '{morning}', n."leaderId", now()
     FROM "NeedsInvitation" i JOIN "Ngo" n ON n.id = i."ngoId" WHERE random() < 0.7`,
  );
  // An upcoming meeting in the first county, for the RSVP presses: everyone of its NGOs invited, nobody answered yet.
  await client.query(
    `INSERT INTO "Meeting" (id, "countyId", title, theme, "startsAt", venue, "fieldIds", "membersInvited", "createdById", "updatedAt")
     VALUES ('upcoming', $1, 'Bench meeting', 'Bench theme', $2, 'Hall', '{}', true, $3, now())`,
    [counties[0], new Date(now.getTime() + 7 * 86_400_000), OFFICIAL],
  );
  await client.query(`INSERT INTO "MeetingNgo" ("meetingId", "ngoId") SELECT 'upcoming', id FROM "Ngo" WHERE "countyId" = $1`, [
    counties[0],
  ]);
  await client.query(
    `INSERT INTO "MeetingInvitation" ("meetingId", "personId", "ngoId", "isLeader")
     SELECT 'upcoming', m."personId", m."ngoId", false FROM "Membership" m JOIN "Ngo" n ON n.id = m."ngoId" WHERE n."countyId" = $1`,
    [counties[0]],
  );
  await client.query(
    `INSERT INTO "Person" (id, "externalId", "firstName", "updatedAt") SELECT $1 + n, $1 + n, 'Newcomer', now() FROM generate_series(0, 999) n`,
    [NEWCOMER],
  );
  await client.query("ANALYZE");
  return { provinces, counties: counties.length, invitations, people };
}

type Figure = { label: string; median: number; p95: number; goal: number };

async function time(label: string, goal: number, runs: number, work: (run: number) => Promise<unknown>): Promise<Figure> {
  await work(-1); // warm: plans cached, connections open
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    label,
    goal,
    median: percentile(times, 50),
    p95: percentile(times, 95),
  };
}

async function main() {
  await onScratchDatabase(
    scratch,
    async (client, db) => {
      const seeding = Date.now();
      const { provinces, counties, invitations, people } = await seed(client);
      console.log(
        `seeded ${provinces.length} provinces, ${counties} counties, ${NGOS} NGOs, ${people} people, ${invitations} meeting invitations, ` +
          `${provinces.length} training-needs rounds in ${((Date.now() - seeding) / 1000).toFixed(0)} s`,
      );
      const kpi = new KpiService(db);
      const coverage = new CoverageService(db);
      const directory = new DirectoryService(db);
      const broadcasts = new BroadcastService(db);
      const meetings = new MeetingService(db);
      const ngos = new NgoService(db, new Superadmins(new Map()));
      const officialOf = (provinceId: number): Actor => ({
        id: BigInt(OFFICIAL),
        roles: { superadmin: false, official: { scope: "PROVINCE", provinceId, countyId: null }, leads: null, memberOf: [] },
      });
      const superadmin: Actor = { id: BigInt(OFFICIAL), roles: { superadmin: true, official: null, leads: null, memberOf: [] } };
      const allCounties = (await db.county.findMany({ select: { id: true } })).map((c) => c.id);
      const invitees = (await db.meetingInvitation.findMany({ where: { meetingId: "upcoming" }, select: { personId: true } })).map(
        (i) => i.personId,
      );
      const quarter = quarterOf(now);
      let presses = 0;
      let registrations = 0;

      const measure = async () => [
        await time("/kpi, one province", 1000, RUNS, () => kpi.report(officialOf(provinces[0] as number), quarter, now)),
        // A superadmin's /kpi and /coverage with "all provinces": one report over every county, provinces compared.
        await time("/kpi, all provinces", 1000, RUNS, () => kpi.report(superadmin, quarter, now)),
        await time("/coverage, all provinces", 1000, RUNS, () => coverage.coverage(superadmin)),
        await time("/directory name search", 1000, RUNS, () => directory.search(superadmin, { name: "یاری ۱۲" }, 0)),
        await time("national broadcast audience", 1000, RUNS, () =>
          broadcasts.preview(superadmin, {
            audience: "LEADERS_AND_MEMBERS",
            countyIds: allCounties,
            fieldIds: [],
            youthOnly: false,
            essential: false,
          }),
        ),
        await time("RSVP press", 50, RUNS * 2, () =>
          meetings.answer(invitees[presses++ % invitees.length] as bigint, "upcoming", "YES", new Date()),
        ),
        await time("registration's final save", 50, RUNS, () => {
          const n = registrations++;
          return ngos.register(BigInt(NEWCOMER + n), {
            name: `انجمن تازه ${n}`,
            registrationNumber: `N${n}X`,
            registeringAuthority: "Bench",
            countyId: allCounties[n % allCounties.length] as number,
            fieldIds: [1, 2],
            foundedYear: 1400,
            memberCount: 10,
            isYouth: false,
            contactPhone: "+989121234567",
            description: "A new NGO of the benchmark",
          });
        }),
      ];
      const print = (figures: Figure[]) => {
        for (const f of figures) {
          const verdict = f.p95 <= f.goal ? "meets" : "MISSES";
          console.log(
            `  ${f.label.padEnd(36)} median ${f.median.toFixed(1).padStart(8)} ms   p95 ${f.p95.toFixed(1).padStart(8)} ms   ${verdict} ≤ ${f.goal} ms`,
          );
        }
      };
      print(await measure());
    },
    { keep: values.keep },
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
