import { fileURLToPath } from "node:url";
import { I18n } from "@grammyjs/i18n";
import type { Context } from "grammy";
import { DEFAULT_LOCALE, type Locale } from "./domain/shared/locale.js";

export const LOCALES_DIR = fileURLToPath(new URL("../locales", import.meta.url));

type WithLocale = Context & { actor?: { locale: Locale }; locale?: Locale };

/**
 * Fluent translations from locales/<language>/<feature>.ftl: the plugin joins a language's files
 * into one bundle named after its folder. The person's language is worked out once per update
 * (saved choice, else Telegram's, else Persian) by the person middleware, or by the conversation
 * plugin inside conversations.
 */
export function createI18n(): I18n<WithLocale> {
  return new I18n<WithLocale>({
    defaultLocale: DEFAULT_LOCALE,
    directory: LOCALES_DIR,
    // Every variable is wrapped in FSI … PDI (U+2068, U+2069), so a Persian name in an Azerbaijani or
    // English sentence (or an English title in a Persian one) keeps its own direction and leaves the sentence's alone.
    fluentBundleOptions: { useIsolating: true },
    localeNegotiator: (ctx) => ctx.actor?.locale ?? ctx.locale ?? DEFAULT_LOCALE,
  });
}
