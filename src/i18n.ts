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
  const i18n = new I18n<WithLocale>({
    defaultLocale: DEFAULT_LOCALE,
    directory: LOCALES_DIR,
    // Every variable is wrapped in FSI … PDI (U+2068, U+2069), so a Persian name in an Azerbaijani or
    // English sentence (or an English title in a Persian one) keeps its own direction and leaves the sentence's alone.
    fluentBundleOptions: { useIsolating: true },
    localeNegotiator: (ctx) => ctx.actor?.locale ?? ctx.locale ?? DEFAULT_LOCALE,
  });
  keepLanguageMatches(i18n.fluent);
  return i18n;
}

/**
 * Fluent negotiates the language of every translation anew: it parses the asked and the available locale tags each
 * time, half of a translation's cost (a press shows about fifteen). Every bundle is loaded when the I18n is built
 * (`directory`) and none is added later, so the bundles matched to a list of languages are kept. The method is
 * private in @grammyjs/i18n's types: if an upgrade renames it, this throws at start rather than going slow unnoticed.
 */
function keepLanguageMatches(fluent: I18n["fluent"]): void {
  const target = fluent as unknown as { matchBundles?: (locales: string[]) => unknown[] };
  const match = target.matchBundles?.bind(fluent);
  if (!match) throw new Error("@grammyjs/i18n: Fluent.matchBundles is gone; see keepLanguageMatches in src/i18n.ts");
  const kept = new Map<string, unknown[]>();
  target.matchBundles = (locales) => {
    const key = locales.join(" ");
    let bundles = kept.get(key);
    if (!bundles) {
      bundles = match(locales);
      // The bot asks for its three languages; a caller asking for many others is not kept from working, only from filling memory.
      if (kept.size < 64) kept.set(key, bundles);
    }
    return bundles;
  };
}
