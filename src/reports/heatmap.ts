import { fitValue, isolateValue, svgDocument, svgText, svgToPng, textWidth } from "./svg.js";

export type Heatmap = {
  title: string;
  rowLabels: string[];
  columnLabels: string[];
  values: number[][];
  /** Cells at or above this value are drawn as crowded. */
  crowdedAt: number;
  legend: { gap: string; crowded: string };
  rtl: boolean;
  /** How a count is written (Persian digits for Persian readers). */
  format: (value: number) => string;
};

/** The narrowest column; a column is as wide as its widest county name. */
const MIN_CELL_W = 84;
const CELL_H = 34;
const LABEL_W = 280;
const HEADER_H = 70;
const TITLE_H = 50;
const LEGEND_LINE_H = 30;

/** White to blue with the count; red where nobody works; orange where many do. */
function colour(value: number, crowdedAt: number, max: number): string {
  if (value === 0) return "#f8d7da";
  if (value >= crowdedAt) return "#f39c12";
  const strength = Math.min(1, value / Math.max(1, Math.min(max, crowdedAt - 1)));
  const channel = (from: number, to: number) => Math.round(from + (to - from) * strength);
  return `rgb(${channel(230, 90)},${channel(240, 150)},${channel(255, 220)})`;
}

const FONT = 15;

/** A table of counts as an SVG document, laid out right to left for Persian; columns as wide as their labels. */
export function heatmapSvg(map: Heatmap): string {
  const columns = map.columnLabels.length;
  const CELL_W = Math.max(MIN_CELL_W, ...map.columnLabels.map((label) => Math.ceil(textWidth(isolateValue(label), FONT)) + 12));
  const width = LABEL_W + columns * CELL_W + 20;
  const height = TITLE_H + HEADER_H + map.rowLabels.length * CELL_H + 2 * LEGEND_LINE_H + 10;
  const max = Math.max(0, ...map.values.flat());
  // Horizontal positions mirror for right-to-left reading: labels on the right, first column next to them.
  const x = (left: number, w: number) => (map.rtl ? width - left - w : left);
  const anchor = map.rtl ? "end" : "start";
  const labelX = map.rtl ? width - 10 : 10;
  const parts = [
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${labelX}" y="32" font-size="22" text-anchor="${anchor}" font-weight="bold">${svgText(map.title, map.rtl)}</text>`,
  ];
  map.columnLabels.forEach((label, c) => {
    const cx = x(LABEL_W + c * CELL_W, CELL_W) + CELL_W / 2;
    parts.push(
      `<text x="${cx}" y="${TITLE_H + HEADER_H - 14}" font-size="15" text-anchor="middle">${svgText(isolateValue(label), map.rtl)}</text>`,
    );
  });
  map.rowLabels.forEach((label, r) => {
    const y = TITLE_H + HEADER_H + r * CELL_H;
    parts.push(
      `<text x="${labelX}" y="${y + CELL_H / 2 + 6}" font-size="15" text-anchor="${anchor}">${svgText(fitValue(label, LABEL_W - 20, FONT), map.rtl)}</text>`,
    );
    map.columnLabels.forEach((_, c) => {
      const value = map.values[r]?.[c] ?? 0;
      const cellX = x(LABEL_W + c * CELL_W, CELL_W);
      parts.push(
        `<rect x="${cellX}" y="${y}" width="${CELL_W - 2}" height="${CELL_H - 2}" fill="${colour(value, map.crowdedAt, max)}"/>`,
        `<text x="${cellX + CELL_W / 2}" y="${y + CELL_H / 2 + 6}" font-size="15" text-anchor="middle">${map.format(value)}</text>`,
      );
    });
  });
  // One legend entry a line, on the reading side, so no width of table cuts it off.
  const legend = [
    { fill: colour(0, map.crowdedAt, max), text: map.legend.gap },
    { fill: colour(map.crowdedAt, map.crowdedAt, max), text: map.legend.crowded },
  ];
  legend.forEach((item, i) => {
    const y = TITLE_H + HEADER_H + map.rowLabels.length * CELL_H + 10 + i * LEGEND_LINE_H;
    parts.push(
      `<rect x="${x(10, 20)}" y="${y}" width="20" height="20" fill="${item.fill}"/>`,
      `<text x="${map.rtl ? x(10, 20) - 8 : 38}" y="${y + 16}" font-size="15" text-anchor="${anchor}">${svgText(item.text, map.rtl)}</text>`,
    );
  });
  return svgDocument(parts.join(""), { width, height, rtl: map.rtl });
}

/** The heat map as a PNG picture. */
export function renderHeatmap(map: Heatmap): Buffer {
  return svgToPng(heatmapSvg(map));
}
