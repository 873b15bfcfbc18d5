export type Locale = "fa" | "az" | "en";
export const LOCALES: readonly Locale[] = ["fa", "az", "en"];
export const DEFAULT_LOCALE: Locale = "fa";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
