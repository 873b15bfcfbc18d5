/** Normalisation of what people type: digits of any script, Arabic letter variants, ZWNJ. */

const PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹";
const ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩";

/** Turns Persian (۰-۹) and Arabic-Indic (٠-٩) digits into Latin ones. */
export function latinDigits(text: string): string {
  return text.replace(/[۰-۹٠-٩]/g, (d) => {
    const persian = PERSIAN_DIGITS.indexOf(d);
    return String(persian >= 0 ? persian : ARABIC_DIGITS.indexOf(d));
  });
}

/** Cleans typed text: Latin digits, Persian ی/ک for Arabic ي/ك/ى, tidy spaces. */
export function cleanInput(text: string): string {
  return latinDigits(text)
    .replace(/[يى]/g, "ی")
    .replace(/ك/g, "ک")
    .replace(/\u0640/g, "") // tatweel, a stretching character
    .replace(/[\u200e\u200f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A comparison key for names: «سمن‌یاری», «سمن یاري» and «سمن  یاری!» get the same key.
 * Zero-width (non-)joiners count as spaces; diacritics and punctuation are dropped; case folded.
 */
export function normaliseName(text: string): string {
  return cleanInput(text)
    .normalize("NFKC")
    .replace(/[\u064b-\u065f\u0670]/g, "") // Arabic diacritics
    .replace(/[\u200c\u200d]/g, " ") // «سمن‌یار» and «سمن یار» are the same name
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
