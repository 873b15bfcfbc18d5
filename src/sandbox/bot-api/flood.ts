import { TelegramError } from "./protocol.js";

export interface FloodLimits {
  /** Most message sends allowed in any one-second window, over all chats. Unlimited when omitted. */
  globalPerSecond?: number;
  /** Most message sends allowed to one chat in any one-second window. Unlimited when omitted. */
  perChatPerSecond?: number;
  /**
   * Most paid broadcast sends (allow_paid_broadcast) in any one-second window, over all chats; they do not
   * count against globalPerSecond. Telegram's is 1000; unlimited when omitted.
   */
  paidPerSecond?: number;
}

const tooMany = (retryAfter: number) => new TelegramError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });

/**
 * Flood control over a sliding one-second window. Telegram's real limits are
 * fuzzier; this makes them deterministic enough to test a bot's back-off.
 */
export class FloodControl {
  /** How many sends were refused with 429. */
  rejected = 0;
  /** Sends counted during the last second. */
  private recentSends: Array<{ chatId: number; paid: boolean; at: number }> = [];
  /** The retry_after of the next send, refused for its chat's own limit (floodNextSend). */
  private nextFlood: number | undefined;
  /** Chats refused for their own limit, until when. */
  private readonly flooded = new Map<number, number>();
  /** The retry_after of every send while the whole bot is told to wait (floodEverySend). */
  private botFlood: number | undefined;

  constructor(private limits: FloodLimits) {}

  /** Changes the limits from now on. */
  setLimits(limits: FloodLimits): void {
    this.limits = { ...this.limits, ...limits };
  }

  /**
   * The next send, whatever its chat, is refused with 429 and retry_after, and so
   * is every send to that chat until the time has passed: the chat's own limit,
   * reached (as far as the bot can tell) by messages it did not send itself.
   */
  floodNextSend(retryAfterSeconds: number): void {
    this.nextFlood = retryAfterSeconds;
  }

  /**
   * Every send, to any chat, is refused with 429 and this retry_after until endFlood(): the whole bot told to
   * wait, for as long as the test needs (the bot cannot tell it from a flood that ends by itself).
   */
  floodEverySend(retryAfterSeconds: number): void {
    this.botFlood = retryAfterSeconds;
  }

  endFlood(): void {
    this.botFlood = undefined;
  }

  /** Counts a send to the chat, or refuses it with 429 when a limit is reached. */
  admit(chatId: number, paid: boolean): void {
    if (this.botFlood !== undefined) {
      this.rejected++;
      throw tooMany(this.botFlood);
    }
    const now = Date.now();
    this.admitFlooded(chatId, now);
    const { globalPerSecond, perChatPerSecond, paidPerSecond } = this.limits;
    if (globalPerSecond === undefined && perChatPerSecond === undefined && paidPerSecond === undefined) return;
    this.recentSends = this.recentSends.filter((send) => send.at > now - 1000);
    const sameKind = this.recentSends.filter((send) => send.paid === paid).length;
    const toChat = this.recentSends.filter((send) => send.chatId === chatId).length;
    const limit = paid ? paidPerSecond : globalPerSecond;
    if ((limit !== undefined && sameKind >= limit) || (perChatPerSecond !== undefined && toChat >= perChatPerSecond)) {
      this.rejected++;
      // Every counted send leaves the window within a second, so one second always suffices.
      throw tooMany(1);
    }
    this.recentSends.push({ chatId, paid, at: now });
  }

  private admitFlooded(chatId: number, now: number): void {
    if (this.nextFlood !== undefined) {
      this.flooded.set(chatId, now + this.nextFlood * 1000);
      this.nextFlood = undefined;
    }
    const until = this.flooded.get(chatId);
    if (until === undefined) return;
    if (now >= until) {
      this.flooded.delete(chatId);
      return;
    }
    this.rejected++;
    throw tooMany(Math.ceil((until - now) / 1000));
  }
}
