import type { BotSettings } from "../config.js";
import { botWebhook, type MessengerAdapter } from "./adapter.js";

/** Telegram: the Bot API the features are written against, so nothing to translate. */
export function telegramAdapter(settings: BotSettings): MessengerAdapter {
  return {
    messenger: "TELEGRAM",
    name: "telegram",
    settings,
    keyScope: settings.province === undefined ? "" : `${settings.key}:`,
    deepLink: (botUsername, payload) => `https://t.me/${botUsername}?start=${payload}`,
    transformers: [],
    normaliseUpdate: (_ctx, next) => next(),
    webhook: (base) => {
      const { url, secret } = botWebhook(settings, base);
      return { url, path: new URL(url).pathname, secretToken: secret };
    },
  };
}
