import ExcelJS from "exceljs";

/** Reads a sent CSV file back as lines, without its byte-order mark. */
export function csvLines(bytes: Uint8Array | undefined): string[] {
  return Buffer.from(bytes ?? [])
    .toString("utf8")
    .replace(/^\ufeff/, "")
    .trim()
    .split("\r\n");
}

/** Reads a sent Excel file back: each sheet's rows as arrays of cell values, header first. */
export async function readWorkbook(bytes: Uint8Array | undefined): Promise<(sheet: string) => unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return (sheet) => {
    const rows: unknown[][] = [];
    workbook.getWorksheet(sheet)?.eachRow((r) => {
      rows.push((r.values as unknown[]).slice(1));
    });
    return rows;
  };
}
