import { DomainError } from "../domain/errors.js";
import type { BotContext } from "./context.js";

/**
 * Who may use a command or button, as filters that keep the handler's context
 * type (a typed `ctx.match`):
 *
 *   composer.callbackQuery(meetings.show.filter).filter(officialsOnly, async (ctx) => …)
 *
 * Anyone else is refused before anything is read: the error boundary
 * (middleware/errors.ts) answers "You are not allowed to do this". The
 * services check the scope (county, province) again.
 */

export const isOfficial = (ctx: BotContext): boolean => Boolean(ctx.actor.roles.official || ctx.actor.roles.superadmin);
export const isSuperadmin = (ctx: BotContext): boolean => Boolean(ctx.actor.roles.superadmin);

/** A filter letting through those `allowed`; anyone else is refused ("forbidden"), not passed on to other handlers. */
export const only =
  (allowed: (ctx: BotContext) => boolean) =>
  (ctx: BotContext): boolean => {
    if (!allowed(ctx)) throw new DomainError("forbidden");
    return true;
  };

export const officialsOnly = only(isOfficial);
export const superadminsOnly = only(isSuperadmin);
