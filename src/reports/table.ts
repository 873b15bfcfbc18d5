import { fitValue, isolateValue, svgDocument, svgText, svgToPng, textWidth } from "./svg.js";

/** good: target met (green); bad: target missed (red). */
export type Tone = "good" | "bad" | null;

/** `bold`: a total row, set off with a shade. */
export type TableRow = { cells: string[]; tones?: Tone[]; bold?: boolean };

export type TablePicture = {
  title: string;
  subtitle: string;
  header: string[];
  rows: TableRow[];
  /** A line under the table explaining the colours. */
  legend: string;
  rtl: boolean;
};

/** The narrowest columns; a column is as wide as its widest text (header or cell) and some room. */
const FIRST_W = 220;
const CELL_W = 118;
/** The widest a label column gets; longer labels are cut. */
const FIRST_MAX_W = 360;
const PADDING = 16;
const MARGIN = 10;
const ROW_H = 36;
const TITLE_H = 84;
const HEADER_H = 44;
const LEGEND_H = 40;
const FONT = 15;
const FILL: Record<"good" | "bad", string> = { good: "#d4edda", bad: "#f8d7da" };

/** A table of figures as an SVG document, the first column for labels, laid out right to left for Persian. */
export function tableSvg(table: TablePicture): string {
  const { rtl } = table;
  // Each text is measured before it is placed: a column is as wide as its widest header or cell.
  const widest = (c: number) =>
    Math.max(
      textWidth(isolateValue(table.header[c] ?? ""), FONT, true),
      ...table.rows.map((row) => textWidth(isolateValue(row.cells[c] ?? ""), FONT, true)),
    );
  const widths = table.header.map((_, c) =>
    c === 0 ? Math.min(FIRST_MAX_W, Math.max(FIRST_W, widest(0) + PADDING)) : Math.max(CELL_W, widest(c) + PADDING),
  );
  const tableW = widths.reduce((a, b) => a + b, 0);
  const headings = Math.max(textWidth(table.title, 22, true), textWidth(table.subtitle, FONT), textWidth(table.legend, 14));
  const width = Math.ceil(Math.max(tableW, headings) + 2 * MARGIN);
  const height = TITLE_H + HEADER_H + table.rows.length * ROW_H + LEGEND_H;
  const lefts = widths.map((_, c) => MARGIN + widths.slice(0, c).reduce((a, b) => a + b, 0));
  // Positions mirror for right-to-left reading: labels on the right, the first figure next to them.
  const columnX = (c: number) => (rtl ? width - (lefts[c] ?? 0) - (widths[c] ?? 0) : (lefts[c] ?? 0));
  const anchor = rtl ? "end" : "start";
  const edgeX = rtl ? width - MARGIN : MARGIN;
  const textIn = (c: number, y: number, text: string, bold: boolean) => {
    const left = columnX(c);
    const w = widths[c] ?? 0;
    const tx = c === 0 ? (rtl ? left + w - PADDING / 2 : left + PADDING / 2) : left + w / 2;
    const value = svgText(c === 0 ? fitValue(text, w - PADDING, FONT, bold) : isolateValue(text), rtl);
    return `<text x="${tx}" y="${y}" font-size="${FONT}" text-anchor="${c === 0 ? anchor : "middle"}"${bold ? ' font-weight="bold"' : ""}>${value}</text>`;
  };
  const parts = [
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${edgeX}" y="34" font-size="22" text-anchor="${anchor}" font-weight="bold">${svgText(table.title, rtl)}</text>`,
    `<text x="${edgeX}" y="64" font-size="${FONT}" text-anchor="${anchor}" fill="#555555">${svgText(table.subtitle, rtl)}</text>`,
    `<rect x="${MARGIN}" y="${TITLE_H}" width="${width - 2 * MARGIN}" height="${HEADER_H}" fill="#e9ecef"/>`,
  ];
  table.header.forEach((label, c) => {
    parts.push(textIn(c, TITLE_H + HEADER_H / 2 + 6, label, true));
  });
  table.rows.forEach((row, r) => {
    const y = TITLE_H + HEADER_H + r * ROW_H;
    if (row.bold) parts.push(`<rect x="${MARGIN}" y="${y}" width="${width - 2 * MARGIN}" height="${ROW_H}" fill="#f1f3f5"/>`);
    parts.push(`<line x1="${MARGIN}" y1="${y + ROW_H}" x2="${width - MARGIN}" y2="${y + ROW_H}" stroke="#dee2e6"/>`);
    row.cells.forEach((cell, c) => {
      const tone = row.tones?.[c];
      if (tone)
        parts.push(`<rect x="${columnX(c) + 2}" y="${y + 2}" width="${(widths[c] ?? 0) - 4}" height="${ROW_H - 4}" fill="${FILL[tone]}"/>`);
      parts.push(textIn(c, y + ROW_H / 2 + 6, cell, Boolean(row.bold)));
    });
  });
  const legendY = TITLE_H + HEADER_H + table.rows.length * ROW_H + 26;
  parts.push(
    `<text x="${edgeX}" y="${legendY}" font-size="14" text-anchor="${anchor}" fill="#555555">${svgText(table.legend, rtl)}</text>`,
  );
  return svgDocument(parts.join(""), { width, height, rtl });
}

/** The table as a PNG picture. */
export function renderTable(table: TablePicture): Buffer {
  return svgToPng(tableSvg(table));
}
