/**
 * A fake Telegram Bot API server, the one implementation behind the tests and
 * the local sandbox (npm run sandbox), which shows its chats in a browser.
 *
 * Point grammY at it with `new Bot(token, { client: { apiRoot: fake.apiRoot } })`.
 * Everything lives in memory. Besides recording what the bot does, it imitates
 * the Telegram behaviour bots commonly trip over (bot-api/methods.ts), users who
 * blocked the bot and a stalled or failing network (bot-api/faults.ts), flood
 * control with 429 and retry_after (bot-api/flood.ts); bot-api/server.ts speaks HTTP.
 * In Bale mode it behaves as Bale's copy of the Bot API where that is known to
 * differ (bot-api/bale.ts): HTML shown as tags, no command menus.
 */
import { asBaleReadsIt, missingOnBale } from "./bot-api/bale.js";
import { Faults } from "./bot-api/faults.js";
import { FloodControl, type FloodLimits } from "./bot-api/flood.js";
import { BotApiMethods } from "./bot-api/methods.js";
import { type ApiRequest, TelegramError } from "./bot-api/protocol.js";
import { BotApiServer, NO_ANSWER } from "./bot-api/server.js";

export type { FakeBotApiEvent, FakeCallbackAnswer, FakeCommandList, FakeFile, FakeMessage } from "./bot-api/methods.js";

export interface FakeBotApiOptions extends FloodLimits {
  botUsername?: string;
  /** Which messenger's Bot API to imitate: Telegram's (the default) or Bale's. */
  messenger?: "telegram" | "bale";
}

/** One Bot API request, as received. */
export interface FakeCall {
  method: string;
  /** The parsed JSON body, or the form fields with each uploaded file replaced by `{ filename, size }`. */
  payload: Record<string, unknown>;
  /** `Date.now()` on arrival. */
  at: number;
  /** The error code answered, when the call was refused (429, 403, 400 ...). */
  errorCode?: number;
}

export class FakeBotApi extends BotApiMethods {
  readonly calls: FakeCall[] = [];
  private readonly server = new BotApiServer({
    call: (method, request) => this.answer(method, request),
    download: (filePath) => this.fileAt(filePath),
  });

  readonly messenger: "telegram" | "bale";

  private constructor(options: FakeBotApiOptions) {
    super(options.botUsername, new FloodControl(options), new Faults());
    this.messenger = options.messenger ?? "telegram";
  }

  /** Starts a fake on a random port of 127.0.0.1. Flood control is off unless limits are given. */
  static async start(options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
    const fake = new FakeBotApi(options);
    await fake.server.listen();
    return fake;
  }

  get apiRoot(): string {
    return this.server.apiRoot;
  }

  /** Answers pending long polls with [], waits for requests in progress, then closes the server. */
  async stop(): Promise<void> {
    if (!this.server.listening) return;
    this.stopPolling();
    await this.server.close();
  }

  /** How many sends were refused with 429 by flood control. */
  get rejected429(): number {
    return this.flood.rejected;
  }

  /** Changes the flood limits from now on (e.g. tighter than the bot's own rate, to provoke 429s). */
  setLimits(limits: FloodLimits): void {
    this.flood.setLimits(limits);
  }

  /**
   * The next message send is refused with 429 for its chat's own limit, and every send to that chat for
   * retry_after seconds; the global limit (globalPerSecond) is the bot's.
   */
  floodNextSend(retryAfterSeconds: number): void {
    this.flood.floodNextSend(retryAfterSeconds);
  }

  /** Every send is refused with 429 and retry_after, whatever its chat, until endFlood(): the whole bot told to wait. */
  floodEverySend(retryAfterSeconds: number): void {
    this.flood.floodEverySend(retryAfterSeconds);
  }

  endFlood(): void {
    this.flood.endFlood();
  }

  /**
   * Makes sends (and chat actions) to the chat answer 403, as when a user blocked
   * the bot or a group removed it.
   */
  block(chatId: number): void {
    this.faults.block(chatId);
  }

  unblock(chatId: number): void {
    this.faults.unblock(chatId);
  }

  /**
   * Holds every message send from now on (or those to `chats`) without
   * answering, as a stalled network would, until release(). A request whose
   * client goes away meanwhile (a killed process) is dropped undelivered.
   */
  holdSends(chats?: readonly number[]): void {
    this.faults.holdSends(chats);
  }

  releaseSends(): void {
    this.faults.releaseSends();
  }

  /** Sends waiting in holdSends(). */
  get heldCount(): number {
    return this.faults.heldCount;
  }

  /** Answers the next message sends to the chat with these error codes, one each (e.g. 500 for a Telegram hiccup, 400 for a refusal). */
  failNextSends(chatId: number, ...codes: number[]): void {
    this.faults.failNextSends(chatId, ...codes);
  }

  /** Records the call and answers it, unless a fault gets in the way first. */
  private async answer(method: string, request: ApiRequest): Promise<unknown> {
    if (!(await this.faults.passHold(method, request.payload, request.closed))) return NO_ANSWER;
    const call: FakeCall = { method, payload: request.payload, at: Date.now() };
    this.calls.push(call);
    try {
      this.faults.failIfScheduled(method, request.payload);
      if (this.messenger === "bale") {
        if (missingOnBale(method)) throw new TelegramError(404, "Not Found: method not found");
        return await this.dispatch(method, { ...request, payload: asBaleReadsIt(request.payload) });
      }
      return await this.dispatch(method, request);
    } catch (error) {
      if (error instanceof TelegramError) call.errorCode = error.code;
      throw error;
    }
  }
}
