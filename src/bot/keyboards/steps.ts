import type { InlineKeyboard } from "grammy";
import type { Locale } from "../../domain/shared/locale.js";

/** Persian reads right to left; Azerbaijani (Latin script) and English left to right. */
export const isRightToLeft = (locale: Locale) => locale === "fa";

/** A step back or forward: its button's data and, beside the arrow, its words (none for a bare « or »). */
export type Step = { data: string; label?: string };

/**
 * Buttons that step back and forward (pages, quarters), the way the reader's eye moves: in Persian the
 * earlier page is on the right and its arrow points right (» or ▶), the later one on the left pointing
 * left; in Azerbaijani and English the other way round. Telegram lays a row out left to right in every language.
 */
export function stepButtons(keyboard: InlineKeyboard, locale: Locale, { back, forward }: { back?: Step; forward?: Step }): InlineKeyboard {
  const rtl = isRightToLeft(locale);
  const buttons: [string, string][] = [];
  if (back) buttons.push([backLabel(back.label, locale), back.data]);
  if (forward) buttons.push([forwardLabel(forward.label, locale), forward.data]);
  for (const [label, data] of rtl ? buttons.reverse() : buttons) keyboard.text(label, data);
  return keyboard;
}

/** A step back's words with the arrow pointing where the reader's eye goes back: ◀ in left-to-right text, ▶ in Persian. */
export function backLabel(label: string | undefined, locale: Locale): string {
  const rtl = isRightToLeft(locale);
  return label ? `${rtl ? "▶" : "◀"} ${label}` : rtl ? "»" : "«";
}

/** A step forward's words with the arrow pointing onward: ▶ in left-to-right text, ◀ in Persian. */
export function forwardLabel(label: string | undefined, locale: Locale): string {
  const rtl = isRightToLeft(locale);
  return label ? `${label} ${rtl ? "◀" : "▶"}` : rtl ? "«" : "»";
}
