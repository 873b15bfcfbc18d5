import type { Context, MiddlewareFn, Transformer } from "grammy";
import type { BotSettings } from "../config.js";
import type { Logger } from "../logger.js";
import { botWebhook, type MessengerAdapter } from "./adapter.js";
import { htmlToPlainText } from "./plain-text.js";

/**
 * Fields of Telegram's Bot API that Bale is not known to honour: sending them
 * risks a refusal or, for parse_mode, tags shown literally. Bale gets none.
 */
const TELEGRAM_ONLY_FIELDS = [
  "parse_mode",
  "entities",
  "caption_entities",
  "link_preview_options",
  "reply_parameters",
  "protect_content",
  "allow_paid_broadcast",
] as const;

/** Command menus, which Bale may not let a bot set through the API. */
const COMMAND_MENU_METHODS = new Set(["setMyCommands", "deleteMyCommands"]);

/**
 * Bale (bale.ai), whose Bot API copies Telegram's at https://tapi.bale.ai. Where
 * it is reported to differ: it ignores parse_mode (HTML shows as tags), it may
 * send a command without a bot_command entity, it may refuse command menus, it
 * sends no webhook secret header, and its deep links are on ble.ir.
 * `npm run doctor` checks these on a real deployment.
 */
export function baleAdapter(settings: BotSettings, logger: Logger): MessengerAdapter {
  let menuRefusalLogged = false;

  /** Text and captions written as HTML go out as plain text, without Telegram-only fields. */
  const plainText: Transformer = (prev, method, payload, signal) => {
    if (payload === undefined || payload === null || typeof payload !== "object") return prev(method, payload, signal);
    const fields: Record<string, unknown> = { ...payload };
    if (fields.parse_mode === "HTML") {
      if (typeof fields.text === "string") fields.text = htmlToPlainText(fields.text);
      if (typeof fields.caption === "string") fields.caption = htmlToPlainText(fields.caption);
    }
    for (const field of TELEGRAM_ONLY_FIELDS) delete fields[field];
    return prev(method, fields as typeof payload, signal);
  };

  /** A refused command menu is not a failure: people type commands, and BotFather can set the list by hand. */
  const tolerateCommandMenus: Transformer = async (prev, method, payload, signal) => {
    const response = await prev(method, payload, signal);
    if (response.ok || !COMMAND_MENU_METHODS.has(method)) return response;
    if (!menuRefusalLogged) {
      menuRefusalLogged = true;
      logger.warn(
        { method, error: response.description },
        "Bale refused a command menu; commands still work when typed (set the list in Bale's BotFather, see README)",
      );
    }
    return { ok: true, result: true } as Awaited<ReturnType<typeof prev>>;
  };

  return {
    messenger: "BALE",
    name: "bale",
    settings,
    keyScope: settings.province === undefined ? "bale:" : `${settings.key}:`,
    deepLink: (botUsername, payload) => `https://ble.ir/${botUsername}?start=${payload}`,
    transformers: [plainText, tolerateCommandMenus],
    normaliseUpdate: markCommands,
    webhook: (base) => {
      const { secret } = botWebhook(settings, base);
      const path = settings.province === undefined ? `/bale/${secret}` : `/bale/${settings.province}/${secret}`;
      return { url: new URL(path, base.url).href, path, secretToken: undefined };
    },
  };
}

/**
 * Bale has only recently begun marking commands with bot_command entities: a
 * text that starts with /command gets the entity Telegram would have sent, so
 * the features' command handlers (and "/start <payload>") see it either way.
 */
export const markCommands: MiddlewareFn<Context> = (ctx, next) => {
  const message = ctx.update.message;
  const command = message?.text && /^\/[A-Za-z0-9_]{1,32}(@\w+)?/.exec(message.text);
  if (message && command && !message.entities?.some((e) => e.type === "bot_command" && e.offset === 0)) {
    message.entities = [{ type: "bot_command", offset: 0, length: command[0].length }, ...(message.entities ?? [])];
  }
  return next();
};
