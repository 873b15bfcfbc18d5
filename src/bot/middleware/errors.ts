import type { I18n } from "@grammyjs/i18n";
import type { BotError } from "grammy";
import { DomainError, type DomainErrorCode, isValueOutOfRange } from "../../domain/errors.js";
import { telegramLocale } from "../../domain/people.js";
import type { Logger } from "../../logger.js";
import type { BotContext } from "../context.js";
import { tellPresser } from "./callback-answers.js";

/** For the few refusals that need more than their code's message (the feature whose buttons they concern says). */
export type RefusalFollowUps = Partial<
  Record<
    DomainErrorCode,
    {
      /** The text the person gets instead of `error-<code>`, when it needs what only the bot can put in (who, when); undefined keeps it. */
      text?: (ctx: BotContext, error: DomainError) => Promise<string | undefined>;
      /** What the refusal does once the person is told. */
      after?: (ctx: BotContext, error: DomainError) => Promise<unknown>;
    }
  >
>;

/**
 * The one error boundary of the bot, around every feature and conversation.
 *
 * A refusal of the domain (`DomainError`), thrown anywhere in a handler or by
 * a filter (filters.ts), reaches the person in their language: as an alert
 * under the pressed button, or as a reply (message `error-<code>`). Handlers
 * therefore throw and never catch refusals themselves.
 *
 * Anything else is the last line of defence: the person is told to try again
 * shortly (a database or Redis outage lands here), and the error is logged
 * without message contents. A button whose number no record can have (the
 * database refuses it as out of range) was crafted by hand: it is answered as
 * a stale one, and not logged.
 */
export function handleBotError(i18n: I18n, logger: Logger, followUps: RefusalFollowUps = {}) {
  return async (error: BotError<BotContext>): Promise<void> => {
    const ctx = error.ctx;
    const locale = ctx.actor?.locale ?? telegramLocale(ctx.from?.language_code);
    try {
      if (error.error instanceof DomainError) {
        const refusal = error.error;
        const followUp = followUps[refusal.code];
        const text = await followUp?.text?.(ctx, refusal);
        await tellPresser(ctx, text ?? i18n.t(locale, `error-${refusal.code}`, refusal.details));
        await followUp?.after?.(ctx, refusal);
        return;
      }
      const forged = ctx.callbackQuery !== undefined && isValueOutOfRange(error.error);
      if (!forged) logger.error({ err: error.error, updateId: ctx.update.update_id }, "update failed");
      await tellPresser(ctx, i18n.t(locale, forged ? "stale-button" : "error-try-again"));
    } catch (replyError) {
      logger.warn({ err: replyError }, "could not tell the person about the failure");
    }
  };
}
