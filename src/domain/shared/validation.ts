/** A typed answer either becomes a value or is refused with a message key (and its variables). */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string; vars?: Record<string, string | number>; suggestion?: string };

export const ok = <T>(value: T): Checked<T> => ({ ok: true, value });

export const refuse = <T>(error: string, vars?: Record<string, string | number>): Checked<T> =>
  vars ? { ok: false, error, vars } : { ok: false, error };

/**
 * A refusal that offers what the person probably meant (a Solar Hijri date for a Gregorian one): the
 * message gets it as `$suggestion`, and the bot offers it as a button that answers with it.
 */
export const suggest = <T>(error: string, suggestion: string, vars?: Record<string, string | number>): Checked<T> => ({
  ok: false,
  error,
  vars: { ...vars, suggestion },
  suggestion,
});

/** A cleaned text, refused when shorter or longer than the limits (in characters). */
export function checkLength(text: string, limits: { min: number; max: number }): Checked<string> {
  if (text.length < limits.min) return refuse("invalid-too-short", { min: limits.min });
  if (text.length > limits.max) return refuse("invalid-too-long", { max: limits.max, length: text.length });
  return ok(text);
}
