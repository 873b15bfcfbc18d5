import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { importCountyFile } from "../src/data/county-import.js";
import { createDb } from "../src/data/prisma.js";
import { databaseUrl } from "./support/harness.js";

const run = promisify(execFile);
/** Each run starts a Node process compiling TypeScript: seconds on a busy machine. */
const CLI_TIMEOUT = 120_000;
const projectRoot = fileURLToPath(new URL("../", import.meta.url));
const QAZVIN_CSV = fileURLToPath(new URL("../prisma/data/examples/qazvin.csv", import.meta.url));
const db = createDb(databaseUrl());
afterAll(() => db.$disconnect());

/** `npm run reference:import -- <file>` as an operator runs it (without npm, which adds nothing but seconds). */
async function importCli(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "src/data/county-import-cli.ts", file], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl() },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Every county with its names and borders, as a comparable snapshot. */
const snapshot = async () =>
  (await db.county.findMany({ include: { neighbours: { select: { code: true } } }, orderBy: { code: "asc" } })).map((c) => ({
    code: c.code,
    provinceId: c.provinceId,
    names: [c.nameFa, c.nameAz, c.nameEn],
    neighbours: c.neighbours.map((n) => n.code).sort(),
  }));

async function tempFile(name: string, text: string): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), "samanyar-import-")), name);
  await writeFile(file, text);
  return file;
}

describe("npm run reference:import", () => {
  it(
    "when the example file is imported twice, then the first run adds Qazvin's counties and borders and the second changes nothing",
    async () => {
      const first = await importCli(QAZVIN_CSV);
      expect(first).toMatchObject({ code: 0, stdout: "Imported: 6 counties added, 0 renamed, 0 unchanged; 10 borders added.\n" });
      const qazvin = await db.province.findUniqueOrThrow({
        where: { code: "qazvin" },
        include: { counties: { orderBy: { code: "asc" } } },
      });
      expect(qazvin.counties.map((c) => [c.code, c.nameFa, c.nameAz, c.nameEn])).toEqual([
        ["qazvin.abyek", "آبیک", "Abyek", "Abyek"],
        ["qazvin.alborz", "البرز", "Əlborz", "Alborz"],
        ["qazvin.avaj", "آوج", "Avəc", "Avaj"],
        ["qazvin.buin-zahra", "بوئین‌زهرا", "Buin-Zəhra", "Buin Zahra"],
        ["qazvin.qazvin", "قزوین", "Qəzvin", "Qazvin"],
        ["qazvin.takestan", "تاکستان", "Takestan", "Takestan"],
      ]);
      const takestan = await db.county.findUniqueOrThrow({
        where: { code: "qazvin.takestan" },
        include: { neighbours: true, neighbourOf: true },
      });
      const borders = ["qazvin.avaj", "qazvin.buin-zahra", "qazvin.qazvin", "zanjan.khorramdarreh"];
      expect(takestan.neighbours.map((n) => n.code).sort()).toEqual(borders);
      expect(takestan.neighbourOf.map((n) => n.code).sort()).toEqual(borders);

      // The second import through the function the CLI calls: the process and its report were proven by the first.
      const before = await snapshot();
      expect(await importCountyFile(db, QAZVIN_CSV)).toEqual({ ok: true, created: 0, updated: 0, unchanged: 6, neighboursAdded: 0 });
      expect(await snapshot()).toEqual(before);
    },
    CLI_TIMEOUT,
  );

  it(
    "when one line of a file is refused, then the CLI names it, fails, and nothing of the file is written",
    async () => {
      const file = await tempFile(
        "yazd.csv",
        [
          "province,code,fa,az,en,neighbours",
          "yazd,yazd,یزد,Yəzd,Yazd,meybod",
          "yazd,meybod,میبد,Meybod,Meybod,",
          "zanjan,tarom,طارم نو,Yeni Tarım,New Tarom,",
          "yazd,ardakan,اردکان,,Ardakan,",
        ].join("\n"),
      );
      const before = await snapshot();
      const result = await importCli(file);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe("Nothing imported; the file has 1 problem(s):\n  line 5: the name in az is missing\n");
      expect(await snapshot()).toEqual(before);
    },
    CLI_TIMEOUT,
  );

  it("when a stored county comes with corrected names, then it is renamed in place, keeping its id and borders", async () => {
    const tarom = await db.county.findUniqueOrThrow({ where: { code: "zanjan.tarom" }, include: { neighbours: true } });
    const file = await tempFile(
      "tarom.json",
      JSON.stringify({ counties: [{ province: "Zanjan", code: "tarom", name: { fa: "طارم", az: "Tarım", en: "Tarum" } }] }),
    );
    expect(await importCountyFile(db, file)).toEqual({ ok: true, created: 0, updated: 1, unchanged: 0, neighboursAdded: 0 });
    const renamed = await db.county.findUniqueOrThrow({ where: { code: "zanjan.tarom" }, include: { neighbours: true } });
    expect(renamed).toMatchObject({ id: tarom.id, nameEn: "Tarum", provinceId: tarom.provinceId });
    expect(renamed.neighbours).toEqual(tarom.neighbours);
    await db.county.update({ where: { id: tarom.id }, data: { nameEn: tarom.nameEn } });
  });
});
