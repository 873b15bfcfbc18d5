import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n.js";
import { stackedBarsSvg } from "../../src/reports/bar-chart.js";
import { heatmapSvg } from "../../src/reports/heatmap.js";
import { isolateValue, svgDocument, svgText, textWidth } from "../../src/reports/svg.js";
import { tableSvg } from "../../src/reports/table.js";

const [LRE, RLE, PDF, LRM, RLM] = ["\u202a", "\u202b", "\u202c", "\u200e", "\u200f"];
/** The text without the marks that tell resvg its direction runs. */
const plain = (text: string) => text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "");

/**
 * The ink of one line of text as resvg draws it, column by column (how much of each pixel column
 * is covered), on a canvas 800 px wide: to compare where runs of text land.
 */
function ink(text: string, rtl: boolean): number[] {
  const resvg = createRequire(import.meta.url)("@resvg/resvg-js") as typeof import("@resvg/resvg-js");
  const x = rtl ? 790 : 10;
  const svg = svgDocument(`<text x="${x}" y="30" font-size="16" text-anchor="${rtl ? "end" : "start"}">${svgText(text, rtl)}</text>`, {
    width: 800,
    height: 40,
    rtl,
  });
  const image = new resvg.Resvg(svg, { font: { fontFiles: [FONT_FILE], loadSystemFonts: false } }).render();
  const columns = new Array<number>(image.width).fill(0);
  const alpha = image.pixels;
  for (let i = 0; i < alpha.length / 4; i++) {
    const column = i % image.width;
    columns[column] = (columns[column] ?? 0) + (alpha[i * 4 + 3] ?? 0);
  }
  return columns;
}

/** A picture's text as resvg gets it: each <text> node with its position, anchor and (unescaped) text, in drawing order. */
function textNodes(svg: string) {
  return [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map(([, attributes = "", raw = ""]) => {
    const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attributes)?.[1];
    return {
      x: Number(attribute("x")),
      y: Number(attribute("y")),
      anchor: attribute("text-anchor") ?? "start",
      size: Number(attribute("font-size")),
      bold: attribute("font-weight") === "bold",
      text: raw.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&"),
    };
  });
}
const FONT_FILE = createRequire(import.meta.url).resolve("vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf");
const width = (svg: string) => Number(/<svg [^>]*width="(\d+)"/.exec(svg)?.[1]);
const i18n = createI18n();
const plainSubtitle = (locale: "en" | "fa") => i18n.t(locale, "needs-chart-subtitle", { title: PERSIAN_TITLE, answered: 4, invited: 5 });
const PERSIAN_TITLE = "نیازسنجی آموزشی سمن‌ها";
const LONG_PERSIAN_TOPIC = "تولید محتوای چندزبانه برای مخاطبان بین‌المللی و شبکه‌های اجتماعی استان";

const bars = (locale: "en" | "fa", rowLabels: string[]) =>
  stackedBarsSvg({
    title: i18n.t(locale, "needs-chart-title"),
    subtitle: i18n.t(locale, "needs-chart-subtitle", { title: PERSIAN_TITLE, answered: 4, invited: 5 }),
    rowLabels,
    seriesLabels: ["Abhar", "Zanjan"],
    values: rowLabels.map(() => [2, 1]),
    rtl: locale === "fa",
    format: String,
  });

describe("pictures with text of both directions", () => {
  it("when an English chart's subtitle holds a Persian round title, then the title is one run of its own, drawn first, and the sentence reads left to right", () => {
    const subtitle = textNodes(bars("en", ["Fundraising"]))[1]?.text ?? "";
    // resvg gets the title as a right-to-left embedding between left-to-right marks, inside a left-to-right line.
    expect(subtitle).toContain(`${LRE}${LRM}${RLE}${PERSIAN_TITLE}${PDF}${LRM}: `);
    expect(plain(subtitle)).toBe(`${PERSIAN_TITLE}: 4 of 5 NGOs answered`);
    // Drawn, the line starts with the title exactly as the title alone is drawn: not "4 — نیازسنجی … of 5".
    const line = ink(plainSubtitle("en"), false);
    const title = ink(isolateValue(PERSIAN_TITLE), false);
    const end = 10 + Math.floor(textWidth(isolateValue(PERSIAN_TITLE), 16)) - 2;
    expect(line.slice(0, end)).toEqual(title.slice(0, end));
  });

  it("when a Persian sentence holds an English title, then the sentence reads right to left and the title is drawn where it begins, on the right", () => {
    const sentence = i18n.t("fa", "needs-chart-subtitle", { title: "Autumn survey", answered: 4, invited: 5 });
    expect(svgText(sentence, true).startsWith(`${RLE}${RLM}${LRE}Autumn survey${PDF}${RLM}: `)).toBe(true);
    const line = ink(sentence, true);
    const title = ink(isolateValue("Autumn survey"), true);
    const start = 790 - Math.floor(textWidth(isolateValue("Autumn survey"), 16)) + 2;
    expect(line.slice(start)).toEqual(title.slice(start));
  });

  it("when a Persian label is too long for its room, then it is cut at its logical end, the … inside its isolate", () => {
    for (const locale of ["en", "fa"] as const) {
      const label = textNodes(bars(locale, [LONG_PERSIAN_TOPIC])).find((node) => node.text.includes("…"))?.text ?? "";
      // The "…" closes the label's own right-to-left run, so it is drawn at the run's left end.
      expect(label).toContain(`${RLE}${plain(label)}${PDF}`);
      const run = plain(label);
      expect(run.endsWith("…")).toBe(true);
      expect(LONG_PERSIAN_TOPIC.startsWith(run.slice(0, -1).trimEnd())).toBe(true);
      // It fits the label column (380 px less the margins) as resvg measures it.
      expect(textWidth(isolateValue(run), 15)).toBeLessThanOrEqual(380 - 25);
    }
  });

  it("when a Persian chart is drawn, then labels sit on the right, anchored at their end, and the first bar starts next to them", () => {
    const svg = bars("fa", ["جذب منابع", "مدیریت پروژه"]);
    const labels = textNodes(svg).filter((node) => node.text.includes("جذب منابع") || node.text.includes("مدیریت پروژه"));
    expect(labels.map((node) => plain(node.text))).toEqual(["جذب منابع", "مدیریت پروژه"]);
    expect(labels.map((node) => [node.x, node.anchor])).toEqual([
      [width(svg) - 15, "end"],
      [width(svg) - 15, "end"],
    ]);
    expect(labels[0]?.y).toBeLessThan(labels[1]?.y ?? 0);
  });
});

describe("tables measured before they are drawn", () => {
  const kpiTable = (locale: "en" | "fa") =>
    tableSvg({
      title: i18n.t(locale, "kpi-chart-title", { quarter: "Summer 1405" }),
      subtitle: "1 Tir 1405 to 31 Shahrivar 1405",
      header: ["county", "held", "invited", "accepted", "present", "attendance", "agenda", "resolved", "needs"].map((c) =>
        i18n.t(locale, `kpi-col-${c}`),
      ),
      rows: [{ cells: ["Zanjan", "1", "30", "22", "18", "60%", "12", "6", "75%"], tones: [null, "good"] }],
      legend: i18n.t(locale, "kpi-chart-legend", { required: 1 }),
      rtl: locale === "fa",
    });

  it("when the English KPI table is drawn, then every header fits inside its column and the last one keeps clear of the edge", () => {
    const svg = kpiTable("en");
    const headers = textNodes(svg).filter((node) => node.bold && node.size === 15);
    expect(headers).toHaveLength(9);
    const extents = headers.map((node) => {
      const w = textWidth(isolateValue(plain(node.text)), 15, true);
      return node.anchor === "middle" ? [node.x - w / 2, node.x + w / 2] : [node.x, node.x + w];
    });
    for (const [i, [left = 0, right = 0]] of extents.entries()) {
      expect(left).toBeGreaterThanOrEqual(10);
      expect(right).toBeLessThanOrEqual(width(svg) - 10 - 4);
      // Neighbours do not touch either.
      if (i > 0) expect(left).toBeGreaterThan(extents[i - 1]?.[1] ?? 0);
    }
  });

  it("when the Persian KPI table is drawn, then the county column is on the right and the figures run leftwards from it", () => {
    const svg = kpiTable("fa");
    const row = textNodes(svg).filter((node) => ["Zanjan", "1", "75%"].includes(plain(node.text)));
    const [county, held, needs] = row;
    expect(county?.anchor).toBe("end");
    expect(county?.x).toBeGreaterThan(held?.x ?? 0);
    expect(held?.x).toBeGreaterThan(needs?.x ?? 0);
  });
});

describe("heat maps", () => {
  it("when county names are longer than a column, then columns widen to fit them", () => {
    const names = ["Khodabandeh", "Soltaniyeh", "Abhar"];
    const svg = heatmapSvg({
      title: "Coverage",
      rowLabels: ["Youth"],
      columnLabels: names,
      values: [[1, 2, 3]],
      crowdedAt: 3,
      legend: { gap: "gap", crowded: "crowded" },
      rtl: false,
      format: String,
    });
    const heads = textNodes(svg).filter((node) => names.some((name) => node.text.includes(name)));
    const spans = heads.map((node) => {
      const w = textWidth(isolateValue(plain(node.text)), 15);
      return [node.x - w / 2, node.x + w / 2] as const;
    });
    for (let i = 1; i < spans.length; i++) expect(spans[i]?.[0]).toBeGreaterThan(spans[i - 1]?.[1] ?? 0);
  });
});
