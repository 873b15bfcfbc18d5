import { DomainError } from "../domain/errors.js";
import type { BotContext } from "./context.js";
import { tellPresser } from "./middleware/callback-answers.js";

/** Tells the person why the domain refused, as an alert under a button or as a reply; other errors go on to the error boundary. */
export async function refuse(ctx: BotContext, error: unknown): Promise<void> {
  if (!(error instanceof DomainError)) throw error;
  await tellPresser(ctx, ctx.t(`error-${error.code}`, error.details));
}

/**
 * Runs a command or button of officials (and superadmins); anyone else is
 * refused before anything is read. The services check the official's scope
 * again, and their refusals reach the person through `refuse`.
 */
export function officialOnly(action: (ctx: BotContext) => Promise<unknown>) {
  return async (ctx: BotContext): Promise<void> => {
    try {
      if (!ctx.actor.roles.official && !ctx.actor.roles.superadmin) throw new DomainError("forbidden");
      await action(ctx);
    } catch (error) {
      await refuse(ctx, error);
    }
  };
}
