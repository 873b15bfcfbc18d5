import type { TranslateFunction } from "@grammyjs/i18n";
import type { County, Field, Person } from "@prisma/client";
import { formatDate, type Locale, plainNumber } from "../domain/calendar.js";
import type { NgoCard } from "../domain/ngos.js";
import { nameIn } from "../domain/reference.js";

export type Translator = { t: TranslateFunction; locale: Locale };

/** Telegram's HTML needs these three escaped in any text a person typed. */
export function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** The person's name as plain text, e.g. for a button label. */
export function displayName(person: Pick<Person, "firstName" | "lastName">): string {
  return [person.firstName, person.lastName].filter(Boolean).join(" ");
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
    `<b>${escapeHtml(ngo.name)}</b>`,
    ...(full
      ? [
          t("ngo-field-registration-number", { value: escapeHtml(ngo.registrationNumber) }),
          t("ngo-field-authority", { value: escapeHtml(ngo.registeringAuthority) }),
        ]
      : []),
    t("ngo-field-county", { value: nameIn(ngo.county, locale) }),
    t("ngo-field-fields", {
      value: joinList(
        ngo.fields.map((f) => nameIn(f, locale)),
        locale,
      ),
    }),
    t("ngo-field-founded", { value: plainNumber(ngo.foundedYear, locale) }),
    ...(full ? [t("ngo-field-members", { value: ngo.memberCount })] : []),
    t("ngo-field-youth", { value: t(ngo.isYouth ? "yes" : "no") }),
  ];
  if (options.showPhone && ngo.contactPhone) lines.push(t("ngo-field-phone", { value: escapeHtml(ngo.contactPhone) }));
  lines.push(t("ngo-field-description", { value: escapeHtml(ngo.description) }));
  return lines.join("\n");
}

export function ngoStatusLine({ t, locale }: Translator, ngo: NgoCard): string {
  const since = formatDate(ngo.reviewedAt ?? ngo.createdAt, locale);
  return t(`ngo-status-${ngo.status.toLowerCase()}`, { date: since });
}

/** A link that opens a chat with the person in Telegram, with their @username where they have one. */
export function leaderLink(person: Pick<Person, "id" | "firstName" | "lastName" | "username">): string {
  return `<a href="tg://user?id=${person.id}">${personName(person)}</a>${person.username ? ` (@${person.username})` : ""}`;
}

/** "a, b and c" as the language writes it (Persian: «الف، ب و ج»). */
export function joinList(items: string[], locale: Locale): string {
  return new Intl.ListFormat(locale === "fa" ? "fa-IR" : locale, { type: "conjunction" }).format(items);
}

export function inviteLink(botUsername: string, token: string): string {
  return `https://t.me/${botUsername}?start=${token}`;
}

/** A share as a percentage in the reader's digits, or a dash when there is nothing to share out. */
export function percent(part: number, whole: number, { locale }: Translator): string {
  if (whole === 0) return "—";
  return new Intl.NumberFormat(locale === "fa" ? "fa-IR" : locale, { style: "percent", maximumFractionDigits: 0 }).format(part / whole);
}

/** Room left in a Telegram message (4096 characters) for a report's lines. */
const TEXT_BUDGET = 3600;

/** As many lines as fit, then a note of how many more are in the Excel file. */
export function fitToMessage(lines: string[], { t }: Translator): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    if (used + line.length + 1 > TEXT_BUDGET) {
      kept.push(t("report-more-in-excel", { count: lines.length - i }));
      break;
    }
    kept.push(line);
    used += line.length + 1;
  }
  return kept;
}
