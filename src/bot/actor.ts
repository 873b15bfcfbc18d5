import { DomainError } from "../domain/errors.js";
import type { PeopleService } from "../domain/people.js";
import type { Actor } from "../domain/shared/actor.js";
import type { BotContext, ConversationContext } from "./context.js";
import type { Translator } from "./format.js";

/**
 * Who is acting and in which language, the same way in every feature and
 * conversation.
 */

/** The person of the update as the services take them, with the roles loaded for this update. */
export const actorOf = (ctx: BotContext): Actor => ({ id: ctx.actor.person.id, roles: ctx.actor.roles });

/** The person's translator: in handlers their saved language, in conversations the language the conversation installed. */
export function tr(ctx: BotContext | ConversationContext): Translator {
  return { t: ctx.t, locale: "actor" in ctx ? ctx.actor.locale : ctx.locale };
}

/**
 * For conversations, which may wait for days: the person's roles read afresh
 * each time the conversation acts (call it inside `conversation.external`).
 * Someone no longer known is refused.
 */
export function actorReader(people: PeopleService, id: bigint): () => Promise<Actor> {
  return async () => {
    const found = await people.find(id);
    if (!found) throw new DomainError("forbidden");
    return { id, roles: found.roles };
  };
}
