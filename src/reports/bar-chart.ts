import { fitValue, svgDocument, svgText, svgToPng } from "./svg.js";

export type StackedBars = {
  title: string;
  subtitle: string;
  /** One bar per row, longest first as given. */
  rowLabels: string[];
  /** The parts each bar is made of (e.g. counties), one colour each. */
  seriesLabels: string[];
  /** values[row][series] */
  values: number[][];
  rtl: boolean;
  /** How a number is written (Persian digits for Persian readers). */
  format: (value: number) => string;
};

const WIDTH = 1100;
const LABEL_W = 380;
const TOTAL_W = 70;
const ROW_H = 36;
const BAR_H = 24;
const TOP = 90;
const LEGEND_ROW_H = 28;
const LEGEND_PER_ROW = 4;
/** Colour-blind-safe colours, told apart in print too; repeated past ten series. */
const PALETTE = ["#4477aa", "#ee6677", "#228833", "#ccbb44", "#66ccee", "#aa3377", "#bbbbbb", "#332288", "#ddaa33", "#117733"];

const FONT = 15;

/**
 * Horizontal bars, each split into coloured parts, with the total at its end; mirrored for
 * right-to-left reading. Labels are measured and cut at their logical end to fit their room.
 */
export function stackedBarsSvg(chart: StackedBars): string {
  const rows = chart.rowLabels.length;
  const legendRows = Math.ceil(chart.seriesLabels.length / LEGEND_PER_ROW);
  const height = TOP + Math.max(1, rows) * ROW_H + 20 + legendRows * LEGEND_ROW_H + 20;
  const barArea = WIDTH - LABEL_W - TOTAL_W - 30;
  const max = Math.max(1, ...chart.values.map((row) => row.reduce((a, b) => a + b, 0)));
  // Positions are computed left to right, then mirrored for right-to-left.
  const x = (left: number, w = 0) => (chart.rtl ? WIDTH - left - w : left);
  const anchor = chart.rtl ? "end" : "start";
  const parts = [
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="${x(15)}" y="36" font-size="24" font-weight="bold" text-anchor="${anchor}">${svgText(chart.title, chart.rtl)}</text>`,
    `<text x="${x(15)}" y="66" font-size="16" fill="#555555" text-anchor="${anchor}">${svgText(chart.subtitle, chart.rtl)}</text>`,
  ];
  chart.rowLabels.forEach((label, r) => {
    const y = TOP + r * ROW_H;
    parts.push(
      `<text x="${x(15)}" y="${y + BAR_H / 2 + 6}" font-size="${FONT}" text-anchor="${anchor}">${svgText(fitValue(label, LABEL_W - 25, FONT), chart.rtl)}</text>`,
    );
    let left = LABEL_W;
    let total = 0;
    (chart.values[r] ?? []).forEach((value, s) => {
      if (value <= 0) return;
      const w = (value / max) * barArea;
      parts.push(`<rect x="${x(left, w)}" y="${y}" width="${w}" height="${BAR_H}" fill="${PALETTE[s % PALETTE.length]}"/>`);
      left += w;
      total += value;
    });
    parts.push(
      `<text x="${x(left + 8)}" y="${y + BAR_H / 2 + 6}" font-size="15" font-weight="bold" text-anchor="${anchor}">${svgText(chart.format(total), chart.rtl)}</text>`,
    );
  });
  const legendTop = TOP + Math.max(1, rows) * ROW_H + 20;
  const legendW = (WIDTH - 30) / LEGEND_PER_ROW;
  chart.seriesLabels.forEach((label, s) => {
    const left = 15 + (s % LEGEND_PER_ROW) * legendW;
    const y = legendTop + Math.floor(s / LEGEND_PER_ROW) * LEGEND_ROW_H;
    parts.push(
      `<rect x="${x(left, 18)}" y="${y}" width="18" height="18" fill="${PALETTE[s % PALETTE.length]}"/>`,
      `<text x="${x(left + 26)}" y="${y + 14}" font-size="${FONT}" text-anchor="${anchor}">${svgText(fitValue(label, legendW - 36, FONT), chart.rtl)}</text>`,
    );
  });
  return svgDocument(parts.join(""), { width: WIDTH, height, rtl: chart.rtl });
}

/** The chart as a PNG picture. */
export function renderStackedBars(chart: StackedBars): Buffer {
  return svgToPng(stackedBarsSvg(chart));
}
