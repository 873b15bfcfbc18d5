import type { I18n } from "@grammyjs/i18n";
import type { BotError } from "grammy";
import { isValueOutOfRange } from "../../domain/errors.js";
import { telegramLocale } from "../../domain/people.js";
import type { Logger } from "../../logger.js";
import type { BotContext } from "../context.js";
import { tellPresser } from "./callback-answers.js";

/**
 * Last line of defence: the person is told to try again shortly (a database or
 * Redis outage lands here), and the error is logged without message contents.
 * A button whose number no record can have (the database refuses it as out of
 * range) was crafted by hand: it is answered as a stale one, and not logged.
 */
export function handleBotError(i18n: I18n, logger: Logger) {
  return async (error: BotError<BotContext>): Promise<void> => {
    const ctx = error.ctx;
    const forged = ctx.callbackQuery !== undefined && isValueOutOfRange(error.error);
    if (!forged) logger.error({ err: error.error, updateId: ctx.update.update_id }, "update failed");
    const locale = ctx.actor?.locale ?? telegramLocale(ctx.from?.language_code);
    try {
      await tellPresser(ctx, i18n.t(locale, forged ? "stale-button" : "error-try-again"));
    } catch (replyError) {
      logger.warn({ err: replyError }, "could not tell the person about the failure");
    }
  };
}
