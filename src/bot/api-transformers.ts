import { autoRetry } from "@grammyjs/auto-retry";
import { GrammyError, type Transformer } from "grammy";

/**
 * Editing a message into what it already shows (a button pressed twice, two
 * devices) is refused by Telegram as "not modified"; for the person nothing
 * went wrong, so the edit counts as done.
 */
const ignoreUnmodifiedEdits: Transformer = async (prev, method, payload, signal) => {
  try {
    return await prev(method, payload, signal);
  } catch (error) {
    if (method.startsWith("edit") && error instanceof GrammyError && error.description.includes("message is not modified")) {
      return { ok: true, result: true } as Awaited<ReturnType<typeof prev>>;
    }
    throw error;
  }
};

/** Every Api the bot uses (its own, and the ones conversations build) gets these. */
export function installTransformers(api: { config: { use(...transformers: Transformer[]): void } }): void {
  api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 }), ignoreUnmodifiedEdits);
}
