import type { Messenger } from "@prisma/client";
import type { Context, MiddlewareFn, Transformer } from "grammy";
import type { MessengerSettings } from "../config.js";

/**
 * What differs between the messengers the bot runs on, in one place: the
 * features write one way (HTML, Telegram's Bot API) and each adapter turns that
 * into its messenger's form on the way out and its updates into the features'
 * form on the way in. Chosen per bot by the composition root (src/app.ts).
 */
export interface MessengerAdapter {
  readonly messenger: Messenger;
  /** Short lower-case name, for logs, Redis keys and paths ("telegram", "bale"). */
  readonly name: string;
  readonly settings: MessengerSettings;
  /**
   * Put after the first part of this messenger's Redis keys (conversations, rate limits, send limits), since people
   * of two messengers may share an id: "" for Telegram, whose keys keep the names they had before, "bale:" for Bale.
   */
  readonly keyScope: string;
  /** The link that opens the bot with `/start <payload>`. */
  deepLink(botUsername: string, payload: string): string;
  /** Outgoing calls in this messenger's form; installed on every Api that talks to it (the bot's, conversations', the workers'). */
  readonly transformers: readonly Transformer[];
  /** Incoming updates in the form the features expect; the bot's first middleware. */
  readonly normaliseUpdate: MiddlewareFn<Context>;
  /**
   * Where the messenger posts updates in webhook mode, given WEBHOOK_URL and WEBHOOK_SECRET: the URL to register,
   * the path the HTTP server takes them at, and the secret-token header to demand (none when the path carries it).
   */
  webhook(base: { url: string; secret: string }): { url: string; path: string; secretToken: string | undefined };
}
