import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Db } from "../../src/data/prisma.js";
import { seedReferenceData } from "../../src/data/seed.js";
import type { Harness } from "./harness.js";
import { unique } from "./journeys.js";

/**
 * A province of a test's own, added the way a new province is (seeded from a
 * reference data file), so counts and pairs there are exactly the test's NGOs.
 * Its two counties are named "East Vale" and "West Vale".
 */
export async function addTestProvince(db: Db): Promise<{ code: string; provinceId: number; remove(): Promise<void> }> {
  const code = `testland${unique()}`;
  // A file of this province alone: seeding upserts by code, and the rest of the reference data is in the database
  // already (seeding it again took hundreds of statements per province added).
  const data = {
    provinces: [
      {
        code,
        name: { fa: "آزمون", en: "Testland", az: "Testland" },
        counties: [
          { code: `${code}.east`, name: { fa: "شرق", en: "East Vale", az: "East Vale" }, neighbours: [`${code}.west`] },
          { code: `${code}.west`, name: { fa: "غرب", en: "West Vale", az: "West Vale" } },
        ],
      },
    ],
    fields: [],
    trainingTopics: [],
  };
  const file = join(tmpdir(), `${code}.json`);
  await writeFile(file, JSON.stringify(data));
  await seedReferenceData(db, pathToFileURL(file));
  const { id: provinceId } = await db.province.findUniqueOrThrow({ where: { code } });
  return {
    code,
    provinceId,
    // The file's other tests expect the seeded province alone: take this one away again.
    async remove() {
      await db.ngo.deleteMany({ where: { county: { provinceId } } });
      await db.official.deleteMany({ where: { provinceId } });
      await db.county.deleteMany({ where: { provinceId } });
      await db.province.deleteMany({ where: { id: provinceId } });
    },
  };
}

/**
 * The officials most tests of a test province need, appointed by the
 * superadmin: one for the whole province and one for West Vale. Everyone
 * named has written to the bot first, as people do before getting a role.
 */
export async function appointOfficials(
  h: Harness,
  ids: { admin: number; provincial: number; westVale: number },
  provinceId: number,
): Promise<void> {
  const admin = h.user({ id: ids.admin, language: "en" });
  const provincial = h.user({ id: ids.provincial, language: "en" });
  const westVale = h.user({ id: ids.westVale, language: "en" });
  for (const person of [admin, provincial, westVale]) await person.send("/start");
  await h.appoint(provincial, { scope: "PROVINCE", provinceId }, { by: ids.admin });
  await h.appoint(westVale, { scope: "COUNTY", countyId: await h.countyId("West Vale") }, { by: ids.admin });
}
