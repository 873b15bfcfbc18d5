import type { Context, MiddlewareFn, Transformer } from "grammy";
import type { Logger } from "../../logger.js";

/**
 * Telegram takes one answer per button press (callback query): a second is
 * refused, so whatever it said never shows. The presses being handled are
 * tracked here, each with whether it was answered, by whichever Api answered
 * it (conversations build their own), keyed by the press's unique id.
 */
const pressesInHandling = new Map<string, boolean>();

/** An Api transformer that notes each successful answer to a press being handled. */
export const noteCallbackAnswers: Transformer = async (prev, method, payload, signal) => {
  const response = await prev(method, payload, signal);
  const id = method === "answerCallbackQuery" && response.ok ? (payload as { callback_query_id: string }).callback_query_id : undefined;
  if (id !== undefined && pressesInHandling.has(id)) pressesInHandling.set(id, true);
  return response;
};

/** Says `text` as an alert under the pressed button, or, once the press has been answered, as a message. */
export async function tellPresser(ctx: Context, text: string): Promise<void> {
  const unanswered = ctx.callbackQuery !== undefined && pressesInHandling.get(ctx.callbackQuery.id) !== true;
  if (unanswered) await ctx.answerCallbackQuery({ text, show_alert: true });
  else if (ctx.chat?.type === "private") await ctx.reply(text);
}

/**
 * Tracks the press of each update, and answers it (with nothing) if nobody
 * did, whatever happened: a spinner never turns until Telegram gives up.
 */
export function answerEveryPress(logger: Logger): MiddlewareFn<Context> {
  return async (ctx, next) => {
    const id = ctx.callbackQuery?.id;
    if (id === undefined) return next();
    pressesInHandling.set(id, false);
    try {
      await next();
    } finally {
      const answered = pressesInHandling.get(id);
      pressesInHandling.delete(id);
      if (!answered) {
        await ctx.answerCallbackQuery().catch((error: unknown) => logger.warn({ err: error }, "could not answer a button press"));
      }
    }
  };
}
