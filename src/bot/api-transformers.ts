import { autoRetry } from "@grammyjs/auto-retry";
import type { Transformer } from "grammy";
import type { MessengerAdapter } from "../messengers/index.js";
import { noteCallbackAnswers } from "./middleware/callback-answers.js";

/**
 * Editing a message into what it already shows (a button pressed twice, two
 * devices) is refused by Telegram as "not modified"; for the person nothing
 * went wrong, so the edit counts as done. (Transformers see Telegram's answer
 * before grammY turns a refusal into an error.)
 */
const ignoreUnmodifiedEdits: Transformer = async (prev, method, payload, signal) => {
  const response = await prev(method, payload, signal);
  if (!response.ok && method.startsWith("edit") && response.description.includes("message is not modified")) {
    return { ok: true, result: true } as Awaited<ReturnType<typeof prev>>;
  }
  return response;
};

/**
 * Every Api the bot uses (its own, and the ones conversations build) gets these, then its messenger's own
 * (HTML made plain for Bale, and so on: src/messengers/).
 */
export function installTransformers(api: { config: { use(...transformers: Transformer[]): void } }, messenger: MessengerAdapter): void {
  api.config.use(
    autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 }),
    ignoreUnmodifiedEdits,
    noteCallbackAnswers,
    ...messenger.transformers,
  );
}
