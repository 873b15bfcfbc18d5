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
