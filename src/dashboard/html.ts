/**
 * The dashboard's one way to write HTML: a tagged template that escapes every
 * value put into it, unless the value is itself Html made by this template.
 * Text from people (NGO names, reasons) can therefore never become markup.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Value = string | number | bigint | boolean | null | undefined | Html | readonly Value[];

export function escapeText(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
}

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeText(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  return new Html(strings.reduce((out, part, i) => out + part + (i < values.length ? render(values[i] as Value) : ""), ""));
}

/**
 * Data for the page's script, as a JSON block the browser never runs (so the
 * Content-Security-Policy needs no inline script); "<" is escaped so no value
 * can close the block.
 */
export function jsonBlock(id: string, data: unknown): Html {
  const json = JSON.stringify(data).replaceAll("<", "\\u003c").replaceAll("\u2028", "\\u2028").replaceAll("\u2029", "\\u2029");
  return new Html(`<script type="application/json" id="${escapeText(id)}">${json}</script>`);
}
