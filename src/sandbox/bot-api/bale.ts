/**
 * Bale mode of the fake: where Bale's Bot API is known or reported to differ
 * from Telegram's (docs/DOMAIN and issue 14), the fake behaves as Bale would,
 * so a Telegram habit that reaches a Bale person shows in tests and in the
 * sandbox. Everything else is Telegram's behaviour, which Bale copies.
 */

/** Command menus may not be settable through Bale's API: the fake has no such methods. */
const MISSING_METHODS = new Set(["setmycommands", "deletemycommands", "getmycommands"]);

export function missingOnBale(method: string): boolean {
  return MISSING_METHODS.has(method.toLowerCase());
}

/**
 * The request as Bale reads it: parse_mode and entities are ignored, so HTML
 * arrives as text and is shown with its tags.
 */
export function asBaleReadsIt(payload: Record<string, unknown>): Record<string, unknown> {
  const { parse_mode: _parseMode, entities: _entities, caption_entities: _captionEntities, ...read } = payload;
  return read;
}
