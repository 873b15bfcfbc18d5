import type { MessengerSettings } from "../config.js";
import type { MessengerAdapter } from "./adapter.js";

/** Telegram: the Bot API the features are written against, so nothing to translate. */
export function telegramAdapter(settings: MessengerSettings): MessengerAdapter {
  return {
    messenger: "TELEGRAM",
    name: "telegram",
    settings,
    keyScope: "",
    deepLink: (botUsername, payload) => `https://t.me/${botUsername}?start=${payload}`,
    transformers: [],
    normaliseUpdate: (_ctx, next) => next(),
    webhook: ({ url, secret }) => ({ url, path: new URL(url).pathname, secretToken: secret }),
  };
}
