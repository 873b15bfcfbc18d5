import type { BotSettings } from "../config.js";
import type { Logger } from "../logger.js";
import type { MessengerAdapter } from "./adapter.js";
import { baleAdapter } from "./bale.js";
import { telegramAdapter } from "./telegram.js";

export type { MessengerAdapter } from "./adapter.js";

/** The one place a bot's settings become its adapter. */
export function adapterFor(settings: BotSettings, logger: Logger): MessengerAdapter {
  switch (settings.messenger) {
    case "TELEGRAM":
      return telegramAdapter(settings);
    case "BALE":
      return baleAdapter(settings, logger);
  }
}
