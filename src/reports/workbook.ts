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
