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
    // Fluent would wrap every variable in invisible isolation marks; Telegram renders text fine without them.
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => ctx.actor?.locale ?? ctx.locale ?? DEFAULT_LOCALE,
  });
}
