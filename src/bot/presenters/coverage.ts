import type { Coverage } from "../../domain/coverage.js";
import { nameIn } from "../../domain/reference.js";
import type { Table } from "../../reports/workbook.js";
import type { Translator } from "../format.js";

/** The coverage export: verified NGOs per field (rows) and county (columns). */
export function coverageTable({ t, locale }: Translator, coverage: Coverage): Table {
  return {
    sheet: t("coverage-sheet"),
    corner: t("coverage-corner"),
    rowLabels: coverage.fields.map((f) => nameIn(f, locale)),
    columnLabels: coverage.counties.map((c) => nameIn(c, locale)),
    values: coverage.counts,
    rtl: locale === "fa",
  };
}
