import type { I18n } from "@grammyjs/i18n";
import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import type { PersonWithRoles, Roles } from "../domain/people.js";
import { LOCALES, type Locale } from "../domain/shared/locale.js";

/** Commands by role; /help and Telegram's command menu are both built from this. */
const EVERYONE = ["start", "help", "register", "profile", "leave", "language", "settings", "cancel"] as const;
/** Everyone in an NGO, and officials, have meetings to see. */
const MEETINGS = ["meetings"] as const;
const LEADER = ["invite", "members", "partners"] as const;
const OFFICIAL = [
  "pending",
  "coverage",
  "duplicates",
  "needs",
  "needs_open",
  "needs_topics",
  "broadcast",
  "broadcasts",
  "meeting_new",
  "attendance",
  "kpi",
  "dashboard",
  "dashboard_logout",
] as const;
/** Leaders of verified NGOs answer training-needs surveys. */
const VERIFIED_LEADER = ["survey"] as const;
/** The House of NGOs' directory is for officials and the people of NGOs. */
const DIRECTORY = ["directory"] as const;
const SUPERADMIN = ["officials", "county_add"] as const;

export function commandsFor(roles: Roles | undefined): string[] {
  const commands: string[] = [...EVERYONE];
  if (roles?.leads) commands.splice(commands.indexOf("register"), 1, ...LEADER);
  if (roles?.leads?.status === "VERIFIED") commands.push(...VERIFIED_LEADER);
  if (roles?.leads?.status === "VERIFIED" || roles?.memberOf.length || roles?.official || roles?.superadmin)
    commands.push(...DIRECTORY, ...MEETINGS);
  if (roles?.official || roles?.superadmin) commands.push(...OFFICIAL);
  if (roles?.superadmin) commands.push(...SUPERADMIN);
  return commands;
}

function describe(i18n: I18n, locale: Locale, commands: string[]): BotCommand[] {
  return commands.map((command) => ({ command, description: i18n.t(locale, `cmd-${command}`) }));
}

/** The menu everyone sees, in each language Telegram may report, Persian by default. */
export async function publishDefaultCommands(api: Api, i18n: I18n): Promise<void> {
  const commands = commandsFor(undefined);
  await api.setMyCommands(describe(i18n, "fa", commands), { scope: { type: "all_private_chats" } });
  for (const locale of LOCALES) {
    await api.setMyCommands(describe(i18n, locale, commands), { scope: { type: "all_private_chats" }, language_code: locale });
  }
}

/**
 * People with a role, or with a language of their own choosing, get a menu of
 * their own in their chat (`chatId` on their messenger); everyone else (and
 * whoever deleted their data) falls back to the default menu.
 */
export async function syncPersonCommands(api: Api, i18n: I18n, chatId: number, who: PersonWithRoles | null): Promise<void> {
  const scope = { type: "chat" as const, chat_id: chatId };
  const hasRole = who && (who.roles.leads || who.roles.memberOf.length > 0 || who.roles.official || who.roles.superadmin);
  if (who && (hasRole || who.person.locale)) {
    await api.setMyCommands(describe(i18n, who.locale, commandsFor(who.roles)), { scope });
  } else {
    await api.deleteMyCommands({ scope });
  }
}
