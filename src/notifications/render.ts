import type { InlineKeyboardMarkup } from "grammy/types";
import type { AppServices } from "../bot/deps.js";
import type { Translator } from "../bot/format.js";
import type { NgoCard } from "../domain/ngos.js";
import type { Notification } from "../domain/outbox.js";
import type { PersonWithRoles } from "../domain/people.js";

/**
 * A notification as it is sent: HTML text and, if any, its buttons, and what to do with the sent
 * message's id (`sent`: remember it, to find the message again). Or, instead of a new message,
 * an earlier message of the bot whose buttons go (`removeButtonsOf`).
 */
export type Rendered =
  | { text: string; markup?: InlineKeyboardMarkup; sent?: (messageId: number) => Promise<void> }
  | { removeButtonsOf: number };

/** What a renderer is given: the recipient, their language, and the services to look up what the notification names. */
export type RenderContext = {
  recipient: PersonWithRoles;
  tr: Translator;
  services: AppServices;
  /** The link that opens the bot on the recipient's messenger with `/start <payload>`. */
  deepLink(payload: string): string;
};

export type NotificationKind = Notification["kind"];
export type NotificationOf<K extends NotificationKind> = Extract<Notification, { kind: K }>;

/**
 * A feature's renderers, one per kind of notification it sends. A renderer
 * looks up the current state and returns null when the notification no longer
 * applies (the record is gone, or what it announces has changed): nothing is sent.
 */
export type Renderers<K extends NotificationKind> = {
  [P in K]: (notification: NotificationOf<P>, context: RenderContext) => Rendered | null | Promise<Rendered | null>;
};

/** A renderer of a notification about an NGO: the NGO's card is loaded first, and nothing is sent if the NGO is gone. */
export function aboutNgo<N extends { ngoId: string }>(
  render: (ngo: NgoCard, notification: N, context: RenderContext) => Rendered | null | Promise<Rendered | null>,
): (notification: N, context: RenderContext) => Promise<Rendered | null> {
  return async (notification, context) => {
    const ngo = await context.services.ngos.card(notification.ngoId);
    return ngo ? render(ngo, notification, context) : null;
  };
}
