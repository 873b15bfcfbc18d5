import { DomainError, type DomainErrorCode } from "../../domain/errors.js";

export type Outcome<T> = { ok: true; value: T } | { ok: false; code: DomainErrorCode };

/**
 * Runs a service call for a conversation (inside `conversation.external`):
 * a refusal becomes a plain value, which replays read back from storage like
 * any other result; other errors are thrown on.
 */
export async function outcomeOf<T>(call: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, code: error.code };
    throw error;
  }
}
