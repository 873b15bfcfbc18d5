import ExcelJS from "exceljs";

/** Reads a sent CSV file back (RFC 4180, without its byte-order mark): each row's cells, header first. */
export function csvRows(bytes: Uint8Array | undefined): string[][] {
  const text = Buffer.from(bytes ?? [])
    .toString("utf8")
    .replace(/^\ufeff/, "");
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') cell += text[++i];
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      rows.push([...row, cell]);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
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
