import { GrammyError, HttpError } from "grammy";
import type { Logger } from "../logger.js";

/**
 * Sends one message per record of a list. A record whose message fails to
 * render or that Telegram refuses (400, e.g. too long) is logged and left
 * out, and the others still go out. Returns how many were left out; a network
 * failure or a blocked chat still ends the list.
 */
export async function sendEach<T>(records: readonly T[], send: (record: T) => Promise<unknown>, logger: Logger): Promise<number> {
  let failed = 0;
  for (const record of records) {
    try {
      await send(record);
    } catch (error) {
      const refused = error instanceof GrammyError ? error.error_code === 400 : !(error instanceof HttpError);
      if (!refused) throw error;
      logger.error({ err: error }, "one record of a list could not be shown");
      failed++;
    }
  }
  return failed;
}
