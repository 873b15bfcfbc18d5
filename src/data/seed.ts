import { readFile } from "node:fs/promises";
import { z } from "zod";
import { normaliseName } from "../domain/text.js";
import type { Db } from "./prisma.js";

const names = z.object({ fa: z.string().min(1), en: z.string().min(1), az: z.string().min(1) });
const referenceData = z.object({
  provinces: z.array(
    z.object({
      code: z.string(),
      name: names,
      // A province may have no counties until they are imported (`npm run reference:import`).
      // `neighbours`: codes of counties sharing a border; listing each border once is enough.
      counties: z.array(z.object({ code: z.string(), name: names, neighbours: z.array(z.string()).default([]) })),
    }),
  ),
  fields: z.array(z.object({ code: z.string(), name: names })),
  trainingTopics: z.array(z.object({ code: z.string(), pillar: z.enum(["KNOWLEDGE", "EXPERIENCE", "ON_THE_JOB"]), name: names })),
});

export const REFERENCE_DATA_FILE = new URL("../../prisma/data/reference.json", import.meta.url);

const localisedNames = (n: z.infer<typeof names>) => ({ nameFa: n.fa, nameEn: n.en, nameAz: n.az });

/** Upserts provinces, counties, fields of activity and training topics by code, so running it twice changes nothing. */
export async function seedReferenceData(db: Db, file: URL = REFERENCE_DATA_FILE): Promise<void> {
  const data = referenceData.parse(JSON.parse(await readFile(file, "utf8")));
  // Hundreds of upserts: on a busy machine they take longer than a transaction's default 5 s.
  await db.$transaction(
    async (tx) => {
      for (const province of data.provinces) {
        const { id: provinceId } = await tx.province.upsert({
          where: { code: province.code },
          create: { code: province.code, ...localisedNames(province.name) },
          update: localisedNames(province.name),
        });
        for (const county of province.counties) {
          await tx.county.upsert({
            where: { code: county.code },
            create: { code: county.code, provinceId, ...localisedNames(county.name) },
            update: { provinceId, ...localisedNames(county.name) },
          });
        }
      }
      for (const county of data.provinces.flatMap((p) => p.counties)) {
        if (county.neighbours.length === 0) continue;
        const neighbours = county.neighbours.map((code) => ({ code }));
        // Both directions, so "the neighbours of X" is one relation to read.
        await tx.county.update({
          where: { code: county.code },
          data: { neighbours: { connect: neighbours }, neighbourOf: { connect: neighbours } },
        });
      }
      for (const [sortOrder, field] of data.fields.entries()) {
        await tx.field.upsert({
          where: { code: field.code },
          create: { code: field.code, sortOrder, ...localisedNames(field.name) },
          update: { sortOrder, ...localisedNames(field.name) },
        });
      }
      for (const [sortOrder, topic] of data.trainingTopics.entries()) {
        const values = { pillar: topic.pillar, sortOrder, nameKey: normaliseName(topic.name.fa), ...localisedNames(topic.name) };
        await tx.trainingTopic.upsert({ where: { code: topic.code }, create: { code: topic.code, ...values }, update: values });
      }
    },
    { timeout: 60_000 },
  );
}
