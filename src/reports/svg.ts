import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
/** Vazirmatn has Persian and Latin glyphs; resvg shapes joined letters and right-to-left text with it. */
const FONT_FILE = require.resolve("vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf");
const FONT = { fontFiles: [FONT_FILE], loadSystemFonts: false, defaultFontFamily: "Vazirmatn" };
/** resvg (a native library) is loaded with the first picture, not with every process. */
let resvg: typeof import("@resvg/resvg-js") | undefined;
const loadResvg = () => {
  resvg ??= require("@resvg/resvg-js") as typeof import("@resvg/resvg-js");
  return resvg;
};

const escapeXml = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/**
 * A value (a name, a label, a title) in a picture's text: isolated (FSI … PDI), so a Persian name
 * in an English picture, or an English one in a Persian picture, is laid out as one run of its own
 * direction, its "…" at its own end. Fluent isolates the variables of translated text the same way.
 */
export const isolateValue = (text: string) => `${FSI}${text}${PDI}`;

const [LRE, RLE, PDF, LRM, RLM, LRI, RLI, FSI, PDI] = [
  "\u202a",
  "\u202b",
  "\u202c",
  "\u200e",
  "\u200f",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
];
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

/** The direction of a text's first strong letter (skipping isolated parts), or null when it has none. */
function firstStrong(text: string): boolean | null {
  let depth = 0;
  for (const char of text) {
    if (char === LRI || char === RLI || char === FSI) depth++;
    else if (char === PDI) depth = Math.max(0, depth - 1);
    else if (depth === 0 && RTL_LETTER.test(char)) return true;
    else if (depth === 0 && /\p{L}/u.test(char)) return false;
  }
  return null;
}

/**
 * Text for resvg, escaped. resvg lays every text out left to right and mishandles isolates (a
 * Persian sentence with an isolated value comes out in left-to-right order), but it follows
 * embeddings and marks: the text is embedded in the picture's direction (RLE … PDF) and each
 * isolate becomes an embedding of its own direction between marks of the direction around it,
 * which lays mixed text out by direction runs as the isolates mean.
 */
export function svgText(text: string, rtl: boolean): string {
  const around: boolean[] = [rtl];
  let out = rtl ? RLE : LRE;
  const chars = [...text];
  chars.forEach((char, i) => {
    if (char === LRI || char === RLI || char === FSI) {
      const rest = chars.slice(i + 1).join("");
      const inner = char === LRI ? false : char === RLI ? true : (firstStrong(rest.slice(0, closing(rest))) ?? (around.at(-1) as boolean));
      out += `${around.at(-1) ? RLM : LRM}${inner ? RLE : LRE}`;
      around.push(inner);
    } else if (char === PDI && around.length > 1) {
      around.pop();
      out += `${PDF}${around.at(-1) ? RLM : LRM}`;
    } else out += char;
  });
  return escapeXml(`${out}${PDF}`);
}

/** Where the isolate that `rest` is inside of ends. */
function closing(rest: string): number {
  let depth = 0;
  for (const [i, char] of [...rest].entries()) {
    if (char === LRI || char === RLI || char === FSI) depth++;
    else if (char === PDI && depth-- === 0) return i;
  }
  return rest.length;
}

/** The SVG document of a picture, written in Vazirmatn, right to left for Persian. */
export function svgDocument(body: string, size: { width: number; height: number; rtl: boolean }): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" font-family="Vazirmatn"${
    size.rtl ? ' direction="rtl"' : ""
  }>${body}</svg>`;
}

/** Draws an SVG document as PNG. */
export function svgToPng(svg: string): Buffer {
  return new (loadResvg().Resvg)(svg, { font: FONT }).render().asPng();
}

const widths = new Map<string, number>();

/**
 * The width in pixels of a text (values isolated) in Vazirmatn at `size`, as resvg lays it out:
 * pictures measure labels before placing them, so none reaches the edge.
 */
export function textWidth(text: string, size: number, bold = false): number {
  const key = `${size}:${bold}:${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  const svg = svgDocument(
    `<text x="0" y="${size * 2}" font-size="${size}"${bold ? ' font-weight="bold"' : ""}>${svgText(text, false)}</text>`,
    {
      width: 4000,
      height: size * 4,
      rtl: false,
    },
  );
  const box = new (loadResvg().Resvg)(svg, { font: FONT }).getBBox();
  const width = box ? box.x + box.width : 0;
  if (widths.size > 5000) widths.clear();
  widths.set(key, width);
  return width;
}

/**
 * A value, isolated, that fits `width` pixels: whole when it fits, else cut at its logical end with
 * "…" (inside the isolate, so a Persian label ends in "…" on its left even in an English picture).
 */
export function fitValue(text: string, width: number, size: number, bold = false): string {
  if (textWidth(isolateValue(text), size, bold) <= width) return isolateValue(text);
  const chars = [...text];
  let [low, high] = [0, chars.length - 1];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (textWidth(isolateValue(`${chars.slice(0, mid).join("").trimEnd()}…`), size, bold) <= width) low = mid;
    else high = mid - 1;
  }
  return isolateValue(`${chars.slice(0, low).join("").trimEnd()}…`);
}
