import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import type { Prisma } from "@prisma/client";
import { type PlannedCounty, planCountyImport, readCsvCounties, readJsonCounties } from "../domain/county-file.js";
import type { Db } from "./prisma.js";

export type CountyImportResult =
  | { ok: true; created: number; updated: number; unchanged: number; neighboursAdded: number }
  | { ok: false; errors: string[] };

/**
 * Imports the counties of a CSV or JSON file (README, "Provinces and counties"): checked whole
 * first, then written in one transaction, so a refused line writes nothing. Counties are keyed by
 * code: importing the same file again changes nothing.
 */
export async function importCountyFile(db: Db, path: string): Promise<CountyImportResult> {
  const text = await readFile(path, "utf8");
  const format = extname(path).toLowerCase();
  if (format !== ".csv" && format !== ".json") return { ok: false, errors: [`${path}: a .csv or .json file is expected`] };
  const read = format === ".csv" ? readCsvCounties(text) : readJsonCounties(text);
  if (read.errors.length > 0) return { ok: false, errors: read.errors };
  return db.$transaction(
    async (tx) => {
      const [provinces, counties] = await Promise.all([
        tx.province.findMany(),
        tx.county.findMany({ include: { province: { select: { code: true } } } }),
      ]);
      const known = { provinces, counties: counties.map((c) => ({ ...c, provinceCode: c.province.code })) };
      const plan = planCountyImport(read.lines, known);
      if (!plan.ok) return plan;
      const result = { ok: true as const, created: 0, updated: 0, unchanged: 0, neighboursAdded: 0 };
      const provinceIds = new Map(provinces.map((p) => [p.code, p.id]));
      for (const county of plan.counties) {
        const stored = counties.find((c) => c.code === county.code);
        const values = { nameFa: county.name.fa, nameAz: county.name.az, nameEn: county.name.en };
        if (!stored) {
          await tx.county.create({ data: { code: county.code, provinceId: provinceIds.get(county.provinceCode) ?? 0, ...values } });
          result.created++;
        } else if (stored.nameFa !== values.nameFa || stored.nameAz !== values.nameAz || stored.nameEn !== values.nameEn) {
          await tx.county.update({ where: { id: stored.id }, data: values });
          result.updated++;
        } else result.unchanged++;
      }
      result.neighboursAdded = await addNeighbours(tx, plan.counties);
      return result;
    },
    { timeout: 60_000 },
  );
}

/** Connects each county with its listed neighbours both ways; returns how many borders were new. */
async function addNeighbours(tx: Prisma.TransactionClient, counties: readonly PlannedCounty[]): Promise<number> {
  const codes = [...new Set(counties.flatMap((c) => [c.code, ...c.neighbours]))];
  const stored = await tx.county.findMany({ where: { code: { in: codes } }, include: { neighbours: { select: { code: true } } } });
  const byCode = new Map(stored.map((c) => [c.code, c]));
  const linked = new Set(stored.flatMap((c) => c.neighbours.map((n) => `${c.code}|${n.code}`)));
  let added = 0;
  for (const county of counties) {
    for (const neighbour of county.neighbours) {
      if (linked.has(`${county.code}|${neighbour}`) && linked.has(`${neighbour}|${county.code}`)) continue;
      const other = { id: byCode.get(neighbour)?.id ?? 0 };
      await tx.county.update({
        where: { code: county.code },
        data: { neighbours: { connect: other }, neighbourOf: { connect: other } },
      });
      linked.add(`${county.code}|${neighbour}`).add(`${neighbour}|${county.code}`);
      added++;
    }
  }
  return added;
}
