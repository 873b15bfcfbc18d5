import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";

/** Vazirmatn has Persian and Latin glyphs; resvg shapes joined letters and right-to-left text with it. */
const FONT_FILE = createRequire(import.meta.url).resolve("vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf");

export const escapeXml = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** Draws an SVG picture, written in Vazirmatn, as PNG. */
export function svgToPng(body: string, size: { width: number; height: number; rtl: boolean }): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" font-family="Vazirmatn"${
    size.rtl ? ' direction="rtl"' : ""
  }>${body}</svg>`;
  return new Resvg(svg, { font: { fontFiles: [FONT_FILE], loadSystemFonts: false, defaultFontFamily: "Vazirmatn" } }).render().asPng();
}
