/** What tests make go wrong on the fake Bot API: blocked chats, a stalled network, failing sends. */
import { TelegramError } from "./protocol.js";

/** Methods that deliver a message to a chat. */
const SEND_METHODS = new Set(["sendMessage", "copyMessage", "sendPhoto", "sendDocument"]);

export class Faults {
  /** Sends waiting in hold(). */
  heldCount = 0;
  private hold: { released: Promise<void>; release: () => void; chats: ReadonlySet<number> | null } | null = null;
  private readonly blocked = new Set<number>();
  /** Error codes still to answer, per chat. */
  private readonly failures = new Map<number, number[]>();

  block(chatId: number): void {
    this.blocked.add(chatId);
  }

  unblock(chatId: number): void {
    this.blocked.delete(chatId);
  }

  /** Refuses with 403 what goes to a blocked chat. */
  assertReachable(chatId: number): void {
    if (!this.blocked.has(chatId)) return;
    throw new TelegramError(403, chatId < 0 ? "Forbidden: bot was kicked from the group chat" : "Forbidden: bot was blocked by the user");
  }

  /** Holds the sends to `chats`, or every send. */
  holdSends(chats?: readonly number[]): void {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.hold = { released, release, chats: chats ? new Set(chats) : null };
  }

  releaseSends(): void {
    this.hold?.release();
    this.hold = null;
  }

  /**
   * Waits while sends are held. False when the client went away meanwhile (its
   * process was killed): then nothing is delivered.
   */
  async passHold(method: string, payload: Record<string, unknown>, closed: AbortSignal): Promise<boolean> {
    if (!this.hold || !SEND_METHODS.has(method)) return true;
    if (this.hold.chats && !this.hold.chats.has(Number(payload.chat_id))) return true;
    this.heldCount++;
    await Promise.race([this.hold.released, new Promise((resolve) => closed.addEventListener("abort", resolve))]);
    this.heldCount--;
    return !closed.aborted;
  }

  failNextSends(chatId: number, ...codes: number[]): void {
    this.failures.set(chatId, [...(this.failures.get(chatId) ?? []), ...codes]);
  }

  /** Answers a send with the chat's next scheduled error code, if any. */
  failIfScheduled(method: string, payload: Record<string, unknown>): void {
    const failure = SEND_METHODS.has(method) ? this.failures.get(Number(payload.chat_id))?.shift() : undefined;
    if (failure) throw new TelegramError(failure, failure >= 500 ? "Internal Server Error" : "Bad Request: message can't be copied");
  }
}
