import { z } from "zod";
import { cleanInput, nameKey } from "./text.js";

/**
 * A file of counties to import (`npm run reference:import -- <file>`): read (CSV or JSON) and
 * checked against the reference data already stored, as plain functions. Whatever is refused is
 * refused with its line (CSV) or entry (JSON), and then nothing is imported.
 */

export type CountyNames = { fa: string; az: string; en: string };
const LANGUAGES = ["fa", "az", "en"] as const;
/** A county's name is shown in buttons and lists: short enough for both. */
export const COUNTY_NAME_MAX = 60;

/** One county as the file gives it; `at` says where: "line 4" or "entry 3". */
export type CountyLine = { at: string; province: string; code: string; name: Partial<CountyNames>; neighbours: string[] };

/** What is stored already: provinces by code, and every county with its province's code. */
export type KnownReference = {
  provinces: readonly { code: string; nameFa: string; nameAz: string; nameEn: string }[];
  counties: readonly { code: string; provinceCode: string; nameFa: string; nameAz: string; nameEn: string }[];
};

/** A county ready to store: full code (`<province>.<county>`), cleaned names, neighbours by full code. */
export type PlannedCounty = { provinceCode: string; code: string; name: CountyNames; neighbours: string[] };

export type CountyFileResult = { ok: true; counties: PlannedCounty[] } | { ok: false; errors: string[] };

const CSV_COLUMNS = ["province", "code", "fa", "az", "en", "neighbours"] as const;
/** A county's code within its province: lower-case Latin letters, digits and dashes. */
const LOCAL_CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads a CSV (RFC 4180: quoted fields, "" for a quote, CRLF or LF) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const source = text.replace(/^\ufeff/, "");
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && source[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The counties of a CSV file: a header naming the columns (any order), then one county per line. */
export function readCsvCounties(text: string): { lines: CountyLine[]; errors: string[] } {
  const [header, ...rows] = parseCsv(text);
  const columns = (header ?? []).map((h) => h.trim().toLowerCase());
  const missing = CSV_COLUMNS.filter((c) => c !== "neighbours" && !columns.includes(c));
  if (missing.length > 0) return { lines: [], errors: [`line 1: the header lacks the column(s) ${missing.join(", ")}`] };
  const lines: CountyLine[] = [];
  rows.forEach((fields, i) => {
    if (fields.every((f) => f.trim() === "")) return; // a blank line
    const value = (column: (typeof CSV_COLUMNS)[number]) => fields[columns.indexOf(column)] ?? "";
    lines.push({
      at: `line ${i + 2}`,
      province: value("province"),
      code: value("code"),
      name: { fa: value("fa"), az: value("az"), en: value("en") },
      neighbours: value("neighbours")
        .split(/[;\s]+/)
        .filter((n) => n !== ""),
    });
  });
  return { lines, errors: [] };
}

const jsonFile = z.object({
  counties: z.array(
    z.object({
      province: z.string(),
      code: z.string(),
      name: z.object({ fa: z.string().optional(), az: z.string().optional(), en: z.string().optional() }),
      neighbours: z.array(z.string()).default([]),
    }),
  ),
});

/** The counties of a JSON file: `{ "counties": [{ province, code, name: { fa, az, en }, neighbours? }] }`. */
export function readJsonCounties(text: string): { lines: CountyLine[]; errors: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ""));
  } catch (error) {
    return { lines: [], errors: [`not JSON: ${(error as Error).message}`] };
  }
  const parsed = jsonFile.safeParse(data);
  if (!parsed.success) {
    return {
      lines: [],
      errors: parsed.error.issues.map((issue) => {
        const [, index, ...rest] = issue.path;
        const where = typeof index === "number" ? `entry ${index + 1}` : "the file";
        return `${where}: ${[...rest].join(".") || issue.path.join(".") || "counties"}: ${issue.message}`;
      }),
    };
  }
  return { lines: parsed.data.counties.map((county, i) => ({ at: `entry ${i + 1}`, ...county })), errors: [] };
}

/**
 * Checks the counties of a file against each other and what is stored: the province must exist
 * (by code, or by name in any language), each county needs a code and all three names, no two
 * counties of a province may share a name (in any language, spelled any way people type it), and
 * each neighbour must be a county of the file or one already stored (`code` within the province,
 * or `province.code`). A county already stored under the same code is updated, not duplicated.
 */
export function planCountyImport(lines: readonly CountyLine[], known: KnownReference): CountyFileResult {
  const errors: string[] = [];
  const planned: (PlannedCounty & { at: string })[] = [];
  for (const line of lines) {
    const problems: string[] = [];
    const typed = cleanInput(line.province);
    const province = known.provinces.find(
      (p) => p.code === typed || [p.nameFa, p.nameAz, p.nameEn].some((n) => nameKey(n) === nameKey(typed) && nameKey(typed) !== ""),
    );
    if (!province) problems.push(`unknown province "${line.province}"`);
    const localCode = line.code.trim();
    if (!LOCAL_CODE.test(localCode)) problems.push(`the code "${line.code}" is not lower-case Latin letters, digits and dashes`);
    const name = {} as CountyNames;
    for (const language of LANGUAGES) {
      const cleaned = cleanInput(line.name[language] ?? "");
      if (nameKey(cleaned) === "") problems.push(`the name in ${language} is missing`);
      else if (cleaned.length > COUNTY_NAME_MAX) problems.push(`the name in ${language} is longer than ${COUNTY_NAME_MAX} characters`);
      name[language] = cleaned;
    }
    if (problems.length > 0 || !province) {
      errors.push(...problems.map((p) => `${line.at}: ${p}`));
      continue;
    }
    const code = `${province.code}.${localCode}`;
    const earlier = planned.find((p) => p.code === code);
    if (earlier) {
      errors.push(`${line.at}: the code "${localCode}" is also ${earlier.at}'s`);
      continue;
    }
    const clash = sameName(name, [
      ...planned.filter((p) => p.provinceCode === province.code).map((p) => ({ ...p.name, code: p.code, where: p.at })),
      ...known.counties
        .filter((c) => c.provinceCode === province.code && c.code !== code)
        .map((c) => ({ fa: c.nameFa, az: c.nameAz, en: c.nameEn, code: c.code, where: `the stored county ${c.code}` })),
    ]);
    if (clash) {
      errors.push(`${line.at}: the name "${clash.name}" is also ${clash.where}'s`);
      continue;
    }
    const neighbours = line.neighbours.map((n) => (n.includes(".") ? n : `${province.code}.${n}`));
    planned.push({ at: line.at, provinceCode: province.code, code, name, neighbours });
  }
  const codes = new Set([...known.counties.map((c) => c.code), ...planned.map((p) => p.code)]);
  for (const county of planned) {
    for (const neighbour of county.neighbours) {
      if (neighbour === county.code) errors.push(`${county.at}: a county is not its own neighbour`);
      else if (!codes.has(neighbour)) errors.push(`${county.at}: unknown neighbour "${neighbour}"`);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, counties: planned.map(({ at: _, ...county }) => county) };
}

/** The first of `others` that shares one of these names (compared as typed names are matched), with the name they share. */
export function sameName<T extends CountyNames>(names: CountyNames, others: readonly T[]): (T & { name: string }) | undefined {
  const keys = new Map(LANGUAGES.map((l) => [nameKey(names[l]), names[l]]));
  for (const other of others) {
    for (const language of LANGUAGES) {
      const shared = keys.get(nameKey(other[language]));
      if (shared !== undefined) return { ...other, name: shared };
    }
  }
  return undefined;
}
