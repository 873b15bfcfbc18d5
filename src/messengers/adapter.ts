import { createHmac } from "node:crypto";
import type { Messenger } from "@prisma/client";
import type { Context, MiddlewareFn, Transformer } from "grammy";
import type { BotSettings } from "../config.js";

/**
 * What differs between the messengers the bot runs on, in one place: the
 * features write one way (HTML, Telegram's Bot API) and each adapter turns that
 * into its messenger's form on the way out and its updates into the features'
 * form on the way in. One per bot (a messenger may have a bot for the whole
 * country and one per province), chosen by the composition root (src/app.ts).
 */
export interface MessengerAdapter {
  readonly messenger: Messenger;
  /** Short lower-case name, for logs, Redis keys and paths ("telegram", "bale"). */
  readonly name: string;
  readonly settings: BotSettings;
  /**
   * Put after the first part of this bot's Redis keys (conversations, rate limits, send limits), since people of two
   * messengers may share an id and one person may talk to two bots: "" for Telegram's bot of the whole country, whose
   * keys keep the names they had before, "bale:" for Bale's, the bot's key and ":" for a province's ("telegram:zanjan:").
   */
  readonly keyScope: string;
  /** The link that opens the bot with `/start <payload>`. */
  deepLink(botUsername: string, payload: string): string;
  /** Outgoing calls in this messenger's form; installed on every Api that talks to it (the bot's, conversations', the workers'). */
  readonly transformers: readonly Transformer[];
  /** Incoming updates in the form the features expect; the bot's first middleware. */
  readonly normaliseUpdate: MiddlewareFn<Context>;
  /**
   * Where the messenger posts this bot's updates in webhook mode, given WEBHOOK_URL and WEBHOOK_SECRET: the URL to
   * register, the path the HTTP server takes them at, and the secret-token header to demand (none when the path
   * carries it). A province's bot has a path and a secret of its own (`botWebhook`).
   */
  webhook(base: { url: string; secret: string }): { url: string; path: string; secretToken: string | undefined };
}

/**
 * A bot's webhook base: WEBHOOK_URL and WEBHOOK_SECRET as they are for a bot of the whole country; for a province's,
 * the province's code appended to the path and a secret of its own derived from WEBHOOK_SECRET (so that one bot's
 * secret, seen by its messenger, does not open another bot's path).
 */
export function botWebhook(settings: BotSettings, base: { url: string; secret: string }): { url: string; secret: string } {
  if (settings.province === undefined) return base;
  const url = new URL(base.url);
  url.pathname = `${url.pathname.replace(/\/$/, "")}/${settings.province}`;
  return { url: url.href, secret: createHmac("sha256", base.secret).update(settings.key).digest("hex") };
}
