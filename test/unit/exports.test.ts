import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { csvCell, sheetsWorkbook, toCsv } from "../../src/reports/workbook.js";
import { csvRows } from "../support/workbook.js";

const HYPERLINK = '=HYPERLINK("http://x","y")';
const CMD = "=cmd|' /C calc'!A0";

describe("CSV cells", () => {
  it("when text starts with =, +, -, @, a tab or a carriage return, then it gets a leading single quote inside quotes", () => {
    expect(csvCell(HYPERLINK)).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell(CMD)).toBe(`"'=cmd|' /C calc'!A0"`);
    for (const start of ["+", "-", "@", "\t", "\r"]) expect(csvCell(`${start}1+1`)).toBe(`"'${start}1+1"`);
  });

  it("when text is harmless, then it is only quoted; numbers and empty cells stay bare", () => {
    expect(csvCell("Green Abhar, Zanjan")).toBe('"Green Abhar, Zanjan"');
    expect(csvCell("انجمن یاری 1+1=2")).toBe('"انجمن یاری 1+1=2"');
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(12.5)).toBe("12.5");
    expect(csvCell(null)).toBe("");
  });

  it("when a file is read back, then every cell holds the text with only the neutralising quote added", () => {
    const file = toCsv(
      ["Name", "Note"],
      [
        [HYPERLINK, "line one\r\nline two"],
        [CMD, null],
      ],
    );
    expect(file.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csvRows(file)).toEqual([
      ["Name", "Note"],
      [`'${HYPERLINK}`, "line one\r\nline two"],
      [`'${CMD}`, ""],
    ]);
  });
});

describe("Excel cells", () => {
  it("when text looks like a formula, then the workbook stores it as text, not as a formula", async () => {
    const file = await sheetsWorkbook(
      [
        {
          name: "People",
          header: ["Name", "People"],
          rows: [
            [HYPERLINK, 3],
            [CMD, null],
          ],
        },
      ],
      false,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("People");
    for (const [row, text] of [
      [2, HYPERLINK],
      [3, CMD],
    ] as const) {
      const cell = sheet?.getCell(row, 1);
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      expect(cell?.value).toBe(text);
      expect(cell?.formula).toBeUndefined();
    }
    expect(sheet?.getCell(2, 2).type).toBe(ExcelJS.ValueType.Number);
  });
});
