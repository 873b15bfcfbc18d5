/** Normalisation of what people type: digits of any script, Arabic letter variants, ZWNJ, invisible characters. */

const PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹";
const ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩";

/** Turns Persian (۰-۹) and Arabic-Indic (٠-٩) digits into Latin ones. */
export function latinDigits(text: string): string {
  return text.replace(/[۰-۹٠-٩]/g, (d) => {
    const persian = PERSIAN_DIGITS.indexOf(d);
    return String(persian >= 0 ? persian : ARABIC_DIGITS.indexOf(d));
  });
}

/**
 * Invisible characters that change how text looks without being seen: bidi
 * overrides, isolates and marks, zero-width characters and every other format
 * character (Unicode category Cf), and control characters but line breaks and
 * tabs. Kept: the ZWNJ (U+200C), which Persian words need. The ZWJ (U+200D)
 * goes too: Persian does not need it, and an emoji sequence it joins only
 * falls apart into its parts.
 */
const INVISIBLE = /(?!\u200c)[\p{Cf}]|[^\P{Cc}\t\n\r]/gu;

/** Removes invisible characters, so that what is stored and compared is what people see. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, "");
}

/** Cleans typed text: no invisible characters, Latin digits, Persian ی/ک for Arabic ي/ك/ى, tidy spaces. */
export function cleanInput(text: string): string {
  return latinDigits(stripInvisible(text))
    .replace(/[يى]/g, "ی")
    .replace(/ك/g, "ک")
    .replace(/\u0640/g, "") // tatweel, a stretching character
    .replace(/\s+/g, " ")
    .trim();
}

/** Cleans free text of several lines (a description, a reason): no invisible characters, tidy spaces, line breaks kept. */
export function cleanText(text: string): string {
  return stripInvisible(text)
    .replace(/\r\n?/g, "\n")
    .replace(/[^\S\n]+/g, " ")
    .trim();
}

/** The text cut to at most `max` characters, ending in "…" when cut (for rows stored before their length was capped). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // Half of a surrogate pair (an emoji) would show as a broken character.
  return `${/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/**
 * A comparison key for names: «سمن‌یاری», «سمن یاري» and «سمن  یاری!» get the same key.
 * Zero-width (non-)joiners count as spaces; diacritics and punctuation are dropped; case folded.
 */
export function normaliseName(text: string): string {
  return cleanInput(text)
    .normalize("NFKC")
    .replace(/[\u064b-\u065f\u0670]/g, "") // Arabic diacritics
    .replace(/\u200c/g, " ") // «سمن‌یار» and «سمن یار» are the same name
    .replace(/[\p{P}\p{S}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLocaleLowerCase("en");
}

/** Registration numbers compare by their digits and letters only. */
export function normaliseRegistrationNumber(text: string): string {
  return latinDigits(text)
    .replace(/[^\p{L}\p{N}]/gu, "")
    .toUpperCase();
}

/** Iranian mobile numbers in one form (+98...), or the digits as given for others. */
export function normalisePhone(phone: string): string {
  const digits = latinDigits(phone).replace(/\D/g, "");
  if (digits.startsWith("98")) return `+${digits}`;
  if (digits.startsWith("09")) return `+98${digits.slice(1)}`;
  return `+${digits}`;
}

/**
 * A key for matching a typed name against the names of a list (counties, fields of activity):
 * besides what normaliseName folds, spaces and ZWNJs are dropped, accents and hamzas are folded
 * (آ/أ/إ → ا, ۀ → ه, Zəncan → zencan, İcrud → icrud), so «ماه نشان», «ماهنشان» and "mahnishan" find their county.
 */
export function nameKey(text: string): string {
  return normaliseName(text)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ة/g, "ه")
    .replace(/ə/g, "e")
    .replace(/ı/g, "i")
    .replace(/ /g, "");
}

/**
 * The one item a typed text names, in any of its names (its Persian, Azerbaijani or English name):
 * the item whose name it is, else the only item one of whose names starts with it (at least three
 * letters). Undefined when none or several match.
 */
export function matchByName<T>(typed: string, items: readonly T[], names: (item: T) => readonly string[]): T | undefined {
  const key = nameKey(typed);
  if (!key) return undefined;
  const keyed = items.map((item) => ({ item, keys: names(item).map(nameKey) }));
  const exact = keyed.filter((k) => k.keys.includes(key));
  if (exact.length > 0) return exact.length === 1 ? exact[0]?.item : undefined;
  if (key.length < 3) return undefined;
  const started = keyed.filter((k) => k.keys.some((name) => name.startsWith(key)));
  return started.length === 1 ? started[0]?.item : undefined;
}

/**
 * An Iranian phone number typed in any common form, in E.164 (+98…): a mobile (0912 345 6789)
 * or a landline with its area code (024 3345 6789, 021-88776655), with or without +98, 0098,
 * 98 or 0, in any digits, with spaces, dashes, dots or brackets. Null for anything else (a
 * landline without its area code, too few or too many digits, a foreign number).
 */
export function parseIranianPhone(text: string): string | null {
  const compact = latinDigits(text).replace(/[\s\-‐-―.()]/g, "");
  const match = /^(?:\+98|0098|98(?=\d{10}$)|0)?(\d{10})$/.exec(compact);
  const national = match?.[1];
  if (!national) return null;
  // Mobiles are 90–93 or 99 and eight digits; landlines a two-digit area code (first digit 1–8) and eight digits.
  return /^9[0-39]\d{8}$|^[1-8][1-9]\d{8}$/.test(national) ? `+98${national}` : null;
}
