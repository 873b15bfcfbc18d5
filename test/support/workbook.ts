import ExcelJS from "exceljs";

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
