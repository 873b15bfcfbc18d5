import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { type KnownReference, parseCsv, planCountyImport, readCsvCounties, readJsonCounties } from "../../src/domain/county-file.js";

const example = (name: string) => readFile(new URL(`../../prisma/data/examples/${name}`, import.meta.url), "utf8");

const known: KnownReference = {
  provinces: [
    { code: "zanjan", nameFa: "زنجان", nameAz: "Zəncan", nameEn: "Zanjan" },
    { code: "qazvin", nameFa: "قزوین", nameAz: "Qəzvin", nameEn: "Qazvin" },
  ],
  counties: [
    { code: "zanjan.abhar", provinceCode: "zanjan", nameFa: "ابهر", nameAz: "Əbhər", nameEn: "Abhar" },
    { code: "zanjan.khorramdarreh", provinceCode: "zanjan", nameFa: "خرمدره", nameAz: "Xürrəmdərə", nameEn: "Khorramdarreh" },
  ],
};

const csv = (...lines: string[]) => ["province,code,fa,az,en,neighbours", ...lines].join("\n");
const plan = (text: string) => planCountyImport(readCsvCounties(text).lines, known);

describe("a file of counties", () => {
  it("when a CSV has quoted fields with commas, quotes and line breaks, then they are read as written", () => {
    expect(parseCsv('a,"b, c","say ""hi""","two\nlines"\r\nd,,e,\n')).toEqual([
      ["a", "b, c", 'say "hi"', "two\nlines"],
      ["d", "", "e", ""],
    ]);
  });

  it("when the example CSV and JSON files are read, then both give Qazvin's six counties with their borders", async () => {
    const fromCsv = planCountyImport(readCsvCounties(await example("qazvin.csv")).lines, known);
    const fromJson = planCountyImport(readJsonCounties(await example("qazvin.json")).lines, known);
    expect(fromCsv).toEqual(fromJson);
    if (!fromCsv.ok) throw new Error(fromCsv.errors.join("\n"));
    expect(fromCsv.counties.map((c) => c.code)).toEqual([
      "qazvin.qazvin",
      "qazvin.alborz",
      "qazvin.abyek",
      "qazvin.takestan",
      "qazvin.buin-zahra",
      "qazvin.avaj",
    ]);
    expect(fromCsv.counties[3]).toEqual({
      provinceCode: "qazvin",
      code: "qazvin.takestan",
      name: { fa: "تاکستان", az: "Takestan", en: "Takestan" },
      neighbours: ["qazvin.buin-zahra", "qazvin.avaj", "zanjan.khorramdarreh"],
    });
  });

  it("when the province is given by a name in any language, then it is found; names are cleaned", () => {
    const result = plan(csv("Qəzvin,takestan, تاكستان ,Takestan,Takestan,", "قزوين,avaj,آوج,Avəc,Avaj,takestan"));
    expect(result).toEqual({
      ok: true,
      counties: [
        { provinceCode: "qazvin", code: "qazvin.takestan", name: { fa: "تاکستان", az: "Takestan", en: "Takestan" }, neighbours: [] },
        { provinceCode: "qazvin", code: "qazvin.avaj", name: { fa: "آوج", az: "Avəc", en: "Avaj" }, neighbours: ["qazvin.takestan"] },
      ],
    });
  });

  it("when lines name an unknown province, lack a name or a code, then each is refused with its line", () => {
    expect(plan(csv("kashmar,takestan,تاکستان,Takestan,Takestan,", "qazvin,avaj,آوج,,Avaj,", "qazvin,Ab Yek,آبیک,Abyek,Abyek,"))).toEqual({
      ok: false,
      errors: [
        'line 2: unknown province "kashmar"',
        "line 3: the name in az is missing",
        'line 4: the code "Ab Yek" is not lower-case Latin letters, digits and dashes',
      ],
    });
  });

  it("when two counties of a province share a name in any language or spelling, then the later one is refused", () => {
    const result = plan(csv("qazvin,takestan,تاکستان,Takestan,Takestan,", "qazvin,takestan-2,تاكستان,Takistan,Takistan,"));
    expect(result).toEqual({ ok: false, errors: ['line 3: the name "تاکستان" is also line 2\'s'] });
  });

  it("when a county has the name of a stored county of the same province, then it is refused; in another province it is not", () => {
    expect(plan(csv("zanjan,abhar-new,ابهر,Abhar,Abhar,"))).toEqual({
      ok: false,
      errors: ['line 2: the name "ابهر" is also the stored county zanjan.abhar\'s'],
    });
    expect(plan(csv("qazvin,abhar,ابهر,Əbhər,Abhar,")).ok).toBe(true);
  });

  it("when a stored county comes again under its code, then it is planned as an update, not a duplicate", () => {
    expect(plan(csv("zanjan,abhar,ابهر,Əbhər,Abhar,khorramdarreh")).ok).toBe(true);
  });

  it("when the same code comes twice, then the second line is refused", () => {
    expect(plan(csv("qazvin,avaj,آوج,Avəc,Avaj,", "qazvin,avaj,آوج نو,Yeni Avəc,New Avaj,"))).toEqual({
      ok: false,
      errors: ['line 3: the code "avaj" is also line 2\'s'],
    });
  });

  it("when a neighbour is neither in the file nor stored, or is the county itself, then the line is refused", () => {
    expect(plan(csv("qazvin,avaj,آوج,Avəc,Avaj,kashan;zanjan.tarom", "qazvin,abyek,آبیک,Abyek,Abyek,abyek"))).toEqual({
      ok: false,
      errors: [
        'line 2: unknown neighbour "qazvin.kashan"',
        'line 2: unknown neighbour "zanjan.tarom"',
        "line 3: a county is not its own neighbour",
      ],
    });
  });

  it("when the header lacks a column, then the file is refused at line 1", () => {
    expect(readCsvCounties("province,code,fa,en\nqazvin,avaj,آوج,Avaj").errors).toEqual(["line 1: the header lacks the column(s) az"]);
  });

  it("when a JSON entry lacks its names or is not JSON, then it is refused with its entry", () => {
    const text = JSON.stringify({
      counties: [{ province: "qazvin", code: "avaj", name: { fa: "آوج", az: "Avəc", en: "Avaj" } }, { province: "qazvin" }],
    });
    expect(readJsonCounties(text).errors).toEqual([
      "entry 2: code: Invalid input: expected string, received undefined",
      "entry 2: name: Invalid input: expected object, received undefined",
    ]);
    const missing = JSON.stringify({ counties: [{ province: "qazvin", code: "avaj", name: { fa: "آوج", en: "Avaj" } }] });
    expect(planCountyImport(readJsonCounties(missing).lines, known)).toEqual({ ok: false, errors: ["entry 1: the name in az is missing"] });
    expect(readJsonCounties("{").errors[0]).toMatch(/^not JSON/);
  });
});
