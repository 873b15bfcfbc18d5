import type { TranslateFunction } from "@grammyjs/i18n";
import type { County, Field, Person } from "@prisma/client";
import { formatDate, plainNumber } from "../domain/calendar.js";
import { LIMITS } from "../domain/ngo-rules.js";
import type { NgoCard } from "../domain/ngos.js";
import { PERSON_LIMITS } from "../domain/people.js";
import { nameIn } from "../domain/reference.js";
import type { Locale } from "../domain/shared/locale.js";
import { clip } from "../domain/text.js";

export type Translator = { t: TranslateFunction; locale: Locale };

/**
 * A value of either direction set into text: First Strong Isolate … Pop Directional Isolate (U+2068,
 * U+2069), so a Persian name in an English sentence (or an English title in a Persian one) keeps its
 * own order and leaves the sentence's alone. Fluent does this for every variable of a translation
 * (useIsolating, src/i18n.ts); this is for values set into text in code (lists, button labels).
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** Text that always reads left to right (a phone number, a @username, a code): Left-to-Right Isolate … PDI. */
export function ltr(text: string): string {
  return `\u2066${text}\u2069`;
}

/** A phone number as it is dialled, "+98 912 …" left to right even in Persian text, escaped. */
export function phoneNumber(phone: string): string {
  return ltr(escapeHtml(phone));
}

/** A @username, left to right, escaped. */
export function username(name: string): string {
  return ltr(`@${escapeHtml(name)}`);
}

/** Text with digits (a registration number, stored with Latin digits) in the reader's digits: Persian ones for Persian readers. */
export function readerDigits(text: string, locale: Locale): string {
  return locale === "fa" ? text.replace(/[0-9]/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)] ?? d) : text;
}

/** Telegram's HTML needs these three escaped in any text a person typed. */
export function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** The person's name as plain text, e.g. for a button label. */
export function displayName(person: Pick<Person, "firstName" | "lastName">): string {
  return [person.firstName, person.lastName]
    .filter(Boolean)
    .map((name) => clip(name as string, PERSON_LIMITS.name))
    .join(" ");
}

/** Stored text for a message, cut to its limit (rows from before the limit may be longer) and escaped. */
export function shown(text: string, max: number): string {
  return escapeHtml(clip(text, max));
}

/** The person's name, escaped for an HTML message. */
export function personName(person: Pick<Person, "firstName" | "lastName">): string {
  return escapeHtml(displayName(person));
}

export type NgoSummary = {
  name: string;
  registrationNumber: string;
  registeringAuthority: string;
  county: County;
  fields: Field[];
  foundedYear: number;
  memberCount: number;
  isYouth: boolean;
  contactPhone?: string | undefined;
  description: string;
};

/**
 * The NGO as a card. `public` (the directory) leaves out the registration
 * details and member count; the contact phone only for those allowed to see it
 * (its leader and officials).
 */
export function ngoCard({ t, locale }: Translator, ngo: NgoSummary, options: { showPhone: boolean; detail?: "full" | "public" }): string {
  const full = options.detail !== "public";
  const lines = [
    `<b>${isolate(shown(ngo.name, LIMITS.name.max))}</b>`,
    ...(full
      ? [
          t("ngo-field-registration-number", { value: readerDigits(shown(ngo.registrationNumber, LIMITS.registrationNumber.max), locale) }),
          t("ngo-field-authority", { value: shown(ngo.registeringAuthority, LIMITS.authority.max) }),
        ]
      : []),
    t("ngo-field-county", { value: nameIn(ngo.county, locale) }),
    t("ngo-field-fields", {
      value: joinNames(
        ngo.fields.map((f) => nameIn(f, locale)),
        locale,
      ),
    }),
    t("ngo-field-founded", { value: plainNumber(ngo.foundedYear, locale) }),
    ...(full ? [t("ngo-field-members", { value: ngo.memberCount })] : []),
    t("ngo-field-youth", { value: t(ngo.isYouth ? "yes" : "no") }),
  ];
  if (options.showPhone && ngo.contactPhone) lines.push(t("ngo-field-phone", { value: phoneNumber(ngo.contactPhone) }));
  lines.push(t("ngo-field-description", { value: shown(ngo.description, LIMITS.description.max) }));
  return lines.join("\n");
}

export function ngoStatusLine({ t, locale }: Translator, ngo: NgoCard): string {
  const since = formatDate(ngo.reviewedAt ?? ngo.createdAt, locale);
  return t(`ngo-status-${ngo.status.toLowerCase()}`, { date: since });
}

/** A link that opens a chat with the person in Telegram, with their @username where they have one. */
export function leaderLink(person: Pick<Person, "id" | "firstName" | "lastName" | "username">): string {
  return `<a href="tg://user?id=${person.id}">${personName(person)}</a>${person.username ? ` (${username(person.username)})` : ""}`;
}

const LIST_FORMATS = { az: new Intl.ListFormat("az", { type: "conjunction" }), en: new Intl.ListFormat("en", { type: "conjunction" }) };

/**
 * "a, b and c" as the language writes it, each item isolated: Persian «الف، ب و ج», with the Persian
 * comma and no comma before «و» (which ICU's Persian puts there, with a right-to-left mark), so that
 * «جوانان» and «فرهنگ و هنر» read as two items.
 */
export function joinList(items: readonly string[], locale: Locale): string {
  return joinIsolated(items.map(isolate), locale);
}

/**
 * Names that may hold a conjunction themselves (fields of activity: «فرهنگ و هنر», "Culture and art"), each
 * isolated and set apart without one: «جوانان، فرهنگ و هنر», "Youth; Culture and art". With «و» or "and" between
 * them, two such names would read as one longer list.
 */
export function joinNames(items: readonly string[], locale: Locale): string {
  return items.map(isolate).join(locale === "fa" ? "، " : "; ");
}

function joinIsolated(items: readonly string[], locale: Locale): string {
  if (locale !== "fa") return LIST_FORMATS[locale].format(items);
  const last = items.at(-1);
  return items.length < 2 ? (last ?? "") : `${items.slice(0, -1).join("، ")} و ${last}`;
}

/** A share as a percentage in the reader's digits, or a dash when there is nothing to share out. */
export function percent(part: number, whole: number, { locale }: Translator): string {
  if (whole === 0) return "—";
  return new Intl.NumberFormat(locale === "fa" ? "fa-IR" : locale, { style: "percent", maximumFractionDigits: 0 }).format(part / whole);
}

/** Room in a Telegram message (4096 characters) for a list's lines, leaving the rest for its heading. */
export const LIST_BUDGET = 3600;

/**
 * The items of a list that fit in `budget` characters once joined with
 * `separator` (at most `limit` of them), the last replaced by `more(n)` for the
 * n left out; the note counts in the budget too.
 */
export function fitItems(
  items: readonly string[],
  budget: number,
  more: (left: number) => string,
  { separator = "\n", limit = Number.POSITIVE_INFINITY }: { separator?: string; limit?: number } = {},
): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const [i, item] of items.entries()) {
    const withItem = kept.length === 0 ? item.length : used + separator.length + item.length;
    const left = items.length - i - 1;
    const note = left > 0 ? separator.length + more(left).length : 0;
    if (i >= limit || withItem + note > budget) return [...kept, more(items.length - i)];
    kept.push(item);
    used = withItem;
  }
  return kept;
}

/** "a, b and 3 more" as the language writes it, within `budget` characters. */
export function fitList(items: readonly string[], budget: number, { t, locale }: Translator, limit?: number): string {
  const more = (count: number) => isolate(t("list-more-inline", { count }));
  return joinIsolated(fitItems(items.map(isolate), budget, more, { separator: ", ", ...(limit ? { limit } : {}) }), locale);
}

/** As many lines as fit in a message, then "… and N more." (`moreKey`: a note taking `count`). */
export function fitToMessage(lines: readonly string[], { t }: Translator, moreKey = "list-more"): string[] {
  return fitItems(lines, LIST_BUDGET, (count) => t(moreKey, { count }));
}
