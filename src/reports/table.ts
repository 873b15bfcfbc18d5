import { escapeXml, svgToPng } from "./svg.js";

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

const FIRST_W = 220;
const CELL_W = 118;
const ROW_H = 36;
const TITLE_H = 84;
const HEADER_H = 44;
const LEGEND_H = 40;
const FILL: Record<"good" | "bad", string> = { good: "#d4edda", bad: "#f8d7da" };

/** A table of figures as a PNG picture, the first column for labels, laid out right to left for Persian. */
export function renderTable(table: TablePicture): Buffer {
  const columns = table.header.length - 1;
  const width = FIRST_W + columns * CELL_W + 20;
  const height = TITLE_H + HEADER_H + table.rows.length * ROW_H + LEGEND_H;
  // Positions mirror for right-to-left reading: labels on the right, the first figure next to them.
  const x = (left: number, w: number) => (table.rtl ? width - left - w : left);
  const anchor = table.rtl ? "end" : "start";
  const edgeX = table.rtl ? width - 10 : 10;
  const columnX = (c: number) => (c === 0 ? x(10, FIRST_W) : x(10 + FIRST_W + (c - 1) * CELL_W, CELL_W));
  const columnW = (c: number) => (c === 0 ? FIRST_W : CELL_W);
  const textIn = (c: number, y: number, text: string, attributes = "") => {
    const left = columnX(c);
    const tx = c === 0 ? (table.rtl ? left + FIRST_W - 8 : left + 8) : left + CELL_W / 2;
    const align = c === 0 ? anchor : "middle";
    return `<text x="${tx}" y="${y}" font-size="15" text-anchor="${align}"${attributes}>${escapeXml(text)}</text>`;
  };
  const parts = [
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${edgeX}" y="34" font-size="22" text-anchor="${anchor}" font-weight="bold">${escapeXml(table.title)}</text>`,
    `<text x="${edgeX}" y="64" font-size="15" text-anchor="${anchor}" fill="#555555">${escapeXml(table.subtitle)}</text>`,
    `<rect x="10" y="${TITLE_H}" width="${width - 20}" height="${HEADER_H}" fill="#e9ecef"/>`,
  ];
  table.header.forEach((label, c) => {
    parts.push(textIn(c, TITLE_H + HEADER_H / 2 + 6, label, ' font-weight="bold"'));
  });
  table.rows.forEach((row, r) => {
    const y = TITLE_H + HEADER_H + r * ROW_H;
    if (row.bold) parts.push(`<rect x="10" y="${y}" width="${width - 20}" height="${ROW_H}" fill="#f1f3f5"/>`);
    parts.push(`<line x1="10" y1="${y + ROW_H}" x2="${width - 10}" y2="${y + ROW_H}" stroke="#dee2e6"/>`);
    row.cells.forEach((cell, c) => {
      const tone = row.tones?.[c];
      if (tone)
        parts.push(`<rect x="${columnX(c) + 2}" y="${y + 2}" width="${columnW(c) - 4}" height="${ROW_H - 4}" fill="${FILL[tone]}"/>`);
      parts.push(textIn(c, y + ROW_H / 2 + 6, cell, row.bold ? ' font-weight="bold"' : ""));
    });
  });
  const legendY = TITLE_H + HEADER_H + table.rows.length * ROW_H + 26;
  parts.push(`<text x="${edgeX}" y="${legendY}" font-size="14" text-anchor="${anchor}" fill="#555555">${escapeXml(table.legend)}</text>`);
  return svgToPng(parts.join(""), { width, height, rtl: table.rtl });
}
