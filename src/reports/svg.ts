import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
/** Vazirmatn has Persian and Latin glyphs; resvg shapes joined letters and right-to-left text with it. */
const FONT_FILE = require.resolve("vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf");
/** resvg (a native library) is loaded with the first picture, not with every process. */
let resvg: typeof import("@resvg/resvg-js") | undefined;

export const escapeXml = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** Draws an SVG picture, written in Vazirmatn, as PNG. */
export function svgToPng(body: string, size: { width: number; height: number; rtl: boolean }): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" font-family="Vazirmatn"${
    size.rtl ? ' direction="rtl"' : ""
  }>${body}</svg>`;
  resvg ??= require("@resvg/resvg-js") as typeof import("@resvg/resvg-js");
  return new resvg.Resvg(svg, { font: { fontFiles: [FONT_FILE], loadSystemFonts: false, defaultFontFamily: "Vazirmatn" } })
    .render()
    .asPng();
}
