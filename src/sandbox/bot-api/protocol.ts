/** How the Bot API talks: requests as its methods receive them, errors as Telegram answers them, parameters as they arrive. */

/** A file part of a multipart request. */
export interface Upload {
  filename: string;
  bytes: Buffer;
}

/** What a method handler gets to work with. */
export interface ApiRequest {
  payload: Record<string, unknown>;
  /** Uploaded files by the parameter they were attached to, e.g. "document". */
  uploads: Map<string, Upload>;
  /** Aborted when the client goes away, e.g. when grammY cancels a long poll. */
  closed: AbortSignal;
}

/** An error answered the way Telegram does: `{ ok: false, error_code, description, parameters? }`. */
export class TelegramError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: { retry_after: number },
  ) {
    super(description);
  }
}

export const badRequest = (what: string) => new TelegramError(400, `Bad Request: ${what}`);

/** Numeric chat ids only: "@channelusername" targets are chats the fake does not know. */
export function chatIdParam(value: unknown): number {
  if (value === undefined || value === "") throw badRequest("chat_id is empty");
  const chatId = intParam(value);
  if (chatId === undefined) throw badRequest("chat not found");
  return chatId;
}

/** An integer parameter: a number in JSON, a numeric string in form data. */
export function intParam(value: unknown): number | undefined {
  const number = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
  return Number.isSafeInteger(number) ? number : undefined;
}

export function stringParam(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  return typeof value === "number" ? String(value) : undefined;
}

export function boolParam(value: unknown): boolean | undefined {
  if (value === true || value === "true") return true;
  return value === false || value === "false" ? false : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
