import type { Conversation, ConversationFlavor } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { PersonWithRoles } from "../domain/people.js";
import type { Locale } from "../domain/shared/locale.js";

/** Set by the person middleware on every update from a private chat. */
export type PersonFlavor = { actor: PersonWithRoles };

/**
 * The context inside conversations: i18n and the person's id (never the sender's id on their messenger) are
 * installed there through the conversation's plugins.
 */
export type ConversationContext = Context & I18nFlavor & { locale: Locale; personId: bigint };
export type BotContext = ConversationFlavor<Context & I18nFlavor & PersonFlavor>;
export type BotConversation = Conversation<BotContext, ConversationContext>;
