import ExcelJS from "exceljs";

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
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.sheet, { views: [{ rightToLeft: table.rtl, state: "frozen", xSplit: 1, ySplit: 1 }] });
  sheet.addRow([table.corner, ...table.columnLabels]).font = { bold: true };
  sheet.addRows(table.rowLabels.map((label, r) => [label, ...(table.values[r] ?? [])]));
  sheet.getColumn(1).width = Math.max(20, ...table.rowLabels.map((l) => l.length + 2));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export type Cell = string | number | null;
export type Sheet = { name: string; header: string[]; rows: Cell[][] };

/** Several sheets, each a header row and data rows, in one workbook. */
export async function sheetsWorkbook(sheets: Sheet[], rtl: boolean): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    // Sheet names are at most 31 characters in Excel.
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ rightToLeft: rtl, state: "frozen", ySplit: 1 }] });
    ws.addRow(sheet.header).font = { bold: true };
    ws.addRows(sheet.rows);
    sheet.header.forEach((title, i) => {
      const longest = Math.max(title.length, ...sheet.rows.map((row) => String(row[i] ?? "").length));
      ws.getColumn(i + 1).width = Math.min(60, Math.max(10, longest + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
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
