import { Prisma } from "@prisma/client";

/** Which NGOs a broadcast or meeting is for. */
export type AudienceFilter = {
  countyIds: number[];
  /** Only NGOs of these provinces' counties; empty or absent: the counties alone. */
  provinceIds?: number[];
  /** Empty: any field of activity. */
  fieldIds: number[];
  youthOnly?: boolean;
};

/** The verified NGOs (`n`) of the counties (within the provinces, if given), of any of the fields, youth NGOs only if asked. */
export function audienceNgosSql({ countyIds, provinceIds = [], fieldIds, youthOnly = false }: AudienceFilter): Prisma.Sql {
  // "_FieldToNgo" is the table of Prisma's implicit relation between Field (A) and Ngo (B).
  const fields =
    fieldIds.length === 0
      ? Prisma.empty
      : Prisma.sql`AND EXISTS (SELECT 1 FROM "_FieldToNgo" f WHERE f."B" = n.id AND f."A" = ANY(${fieldIds}::int[]))`;
  const youth = youthOnly ? Prisma.sql`AND n."isYouth"` : Prisma.empty;
  const provinces =
    provinceIds.length === 0
      ? Prisma.empty
      : Prisma.sql`AND n."countyId" IN (SELECT c.id FROM "County" c WHERE c."provinceId" = ANY(${provinceIds}::int[]))`;
  return Prisma.sql`n.status = 'VERIFIED' AND n."countyId" = ANY(${countyIds}::int[]) ${provinces} ${youth} ${fields}`;
}

/**
 * Everyone the NGOs (`n`, a condition such as audienceNgosSql) have now, one
 * row per person and NGO (`pid`, `ngoId`, `countyId`, `isLeader`): their
 * leaders, and their members if asked.
 */
export function audiencePeopleSql(ngos: Prisma.Sql, withMembers: boolean): Prisma.Sql {
  const members = withMembers
    ? Prisma.sql`UNION ALL SELECT m."personId", n.id, n."countyId", FALSE FROM "Membership" m JOIN "Ngo" n ON n.id = m."ngoId" WHERE ${ngos}`
    : Prisma.empty;
  return Prisma.sql`SELECT n."leaderId" AS pid, n.id AS "ngoId", n."countyId", TRUE AS "isLeader" FROM "Ngo" n WHERE n."leaderId" IS NOT NULL AND ${ngos} ${members}`;
}
