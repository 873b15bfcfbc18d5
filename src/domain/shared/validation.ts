/** A typed answer either becomes a value or is refused with a message key (and its variables). */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string; vars?: Record<string, string | number> };

export const ok = <T>(value: T): Checked<T> => ({ ok: true, value });

export const refuse = <T>(error: string, vars?: Record<string, string | number>): Checked<T> =>
  vars ? { ok: false, error, vars } : { ok: false, error };

/** A cleaned text, refused when shorter or longer than the limits (in characters). */
export function checkLength(text: string, limits: { min: number; max: number }): Checked<string> {
  if (text.length < limits.min) return refuse("invalid-too-short", { min: limits.min });
  if (text.length > limits.max) return refuse("invalid-too-long", { max: limits.max, length: text.length });
  return ok(text);
}
