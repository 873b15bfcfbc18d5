import { TelegramError } from "./protocol.js";

export interface FloodLimits {
  /** Most message sends allowed in any one-second window, over all chats. Unlimited when omitted. */
  globalPerSecond?: number;
  /** Most message sends allowed to one chat in any one-second window. Unlimited when omitted. */
  perChatPerSecond?: number;
}

/**
 * Flood control over a sliding one-second window. Telegram's real limits are
 * fuzzier; this makes them deterministic enough to test a bot's back-off.
 */
export class FloodControl {
  /** How many sends were refused with 429. */
  rejected = 0;
  /** Sends counted during the last second. */
  private recentSends: Array<{ chatId: number; at: number }> = [];

  constructor(private limits: FloodLimits) {}

  /** Changes the limits from now on. */
  setLimits(limits: FloodLimits): void {
    this.limits = { ...this.limits, ...limits };
  }

  /** Counts a send to the chat, or refuses it with 429 when a limit is reached. */
  admit(chatId: number): void {
    const { globalPerSecond, perChatPerSecond } = this.limits;
    if (globalPerSecond === undefined && perChatPerSecond === undefined) return;
    const now = Date.now();
    this.recentSends = this.recentSends.filter((send) => send.at > now - 1000);
    const toChat = this.recentSends.filter((send) => send.chatId === chatId).length;
    if (
      (globalPerSecond !== undefined && this.recentSends.length >= globalPerSecond) ||
      (perChatPerSecond !== undefined && toChat >= perChatPerSecond)
    ) {
      this.rejected++;
      // Every counted send leaves the window within a second, so one second always suffices.
      throw new TelegramError(429, "Too Many Requests: retry after 1", { retry_after: 1 });
    }
    this.recentSends.push({ chatId, at: now });
  }
}
