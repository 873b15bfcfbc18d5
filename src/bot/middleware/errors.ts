import type { I18n } from "@grammyjs/i18n";
import type { BotError } from "grammy";
import { telegramLocale } from "../../domain/people.js";
import type { Logger } from "../../logger.js";
import type { BotContext } from "../context.js";
import { tellPresser } from "./callback-answers.js";

/**
 * Last line of defence: the person is told to try again shortly (a database or
 * Redis outage lands here), and the error is logged without message contents.
 */
export function handleBotError(i18n: I18n, logger: Logger) {
  return async (error: BotError<BotContext>): Promise<void> => {
    const ctx = error.ctx;
    logger.error({ err: error.error, updateId: ctx.update.update_id }, "update failed");
    const locale = ctx.actor?.locale ?? telegramLocale(ctx.from?.language_code);
    try {
      await tellPresser(ctx, i18n.t(locale, "error-try-again"));
    } catch (replyError) {
      logger.warn({ err: replyError }, "could not tell the person about the failure");
    }
  };
}
