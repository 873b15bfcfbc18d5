import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";

/**
 * The numbers in the bot's buttons are ids and page numbers, each a whole part
 * of the data between ":" or "."; none is beyond what a JavaScript number holds
 * exactly. A press carrying a bigger one was crafted by hand: it gets the answer
 * of a stale button before any handler parses it. (A smaller number that its
 * database column cannot hold is recognised by the error boundary.)
 */
export const refuseAbsurdNumbers: MiddlewareFn<BotContext> = async (ctx, next) => {
  const data = ctx.callbackQuery?.data;
  if (data === undefined || !hasAbsurdNumber(data)) return next();
  await ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
};

export function hasAbsurdNumber(data: string): boolean {
  return data.split(/[:.]/).some((part) => /^\d+$/.test(part) && !Number.isSafeInteger(Number(part)));
}
