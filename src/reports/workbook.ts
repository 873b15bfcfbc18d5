import type { CellObject } from "write-excel-file/node";

/** Loaded with the first workbook: a server that never writes one does not hold the module (README, Performance). */
const writer = () => import("write-excel-file/node").then((module) => module.default);

export type Table = {
  sheet: string;
  /** Header of the first column, above the row labels. */
  corner: string;
  rowLabels: string[];
  columnLabels: string[];
  values: number[][];
  rtl: boolean;
};

/** A table as an Excel workbook, headers in the reader's language, right to left for Persian. */
export async function tableWorkbook(table: Table): Promise<Buffer> {
  const writeXlsxFile = await writer();
  return writeXlsxFile([
    {
      sheet: sheetName(table.sheet),
      data: [boldRow([table.corner, ...table.columnLabels]), ...table.rowLabels.map((label, r) => [label, ...(table.values[r] ?? [])])],
      columns: [{ width: Math.max(20, ...table.rowLabels.map((l) => l.length + 2)) }],
      rightToLeft: table.rtl,
      stickyRowsCount: 1,
      stickyColumnsCount: 1,
    },
  ]).toBuffer();
}

export type Cell = string | number | null;
/** A header row and data rows: what a CSV file holds. */
export type Columns = { header: string[]; rows: Cell[][] };
/** Columns under a sheet name: one sheet of a workbook. */
export type Sheet = Columns & { name: string };

/** Several sheets, each a header row and data rows, in one workbook. */
export async function sheetsWorkbook(sheets: Sheet[], rtl: boolean): Promise<Buffer> {
  const writeXlsxFile = await writer();
  return writeXlsxFile(
    sheets.map((sheet) => ({
      sheet: sheetName(sheet.name),
      data: [boldRow(sheet.header), ...sheet.rows],
      columns: sheet.header.map((title, i) => {
        const longest = Math.max(title.length, ...sheet.rows.map((row) => String(row[i] ?? "").length));
        return { width: Math.min(60, Math.max(10, longest + 2)) };
      }),
      rightToLeft: rtl,
      stickyRowsCount: 1,
    })),
  ).toBuffer();
}

/** Sheet names are at most 31 characters in Excel. */
function sheetName(name: string): string {
  return name.slice(0, 31);
}

function boldRow(titles: string[]): CellObject[] {
  return titles.map((value) => ({ value, fontWeight: "bold" }));
}

/** Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: text that a spreadsheet would run as a formula gets a leading
 * single quote, and every text is quoted (RFC 4180). Numbers are ours and stay as they are.
 */
export function csvCell(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return `"${text.replaceAll('"', '""')}"`;
}

/** The same rows as CSV (RFC 4180), with a byte-order mark so Excel reads Persian text as UTF-8. */
export function toCsv(header: string[], rows: Cell[][]): Buffer {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(","));
  return Buffer.from(`\ufeff${lines.join("\r\n")}\r\n`, "utf8");
}
