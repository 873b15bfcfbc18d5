import { type CallbackData, callbackData, type Field, id, int } from "./define.js";

/**
 * The shapes of the buttons a conversation's prompts (`src/bot/conversations/prompts.ts`)
 * wait on. Each feature defines its conversations' buttons with these, under its own
 * prefixes, beside the buttons its handlers take.
 */

/** A button without values. */
export type Button = CallbackData<Record<never, never>>;

/** A choice's id among a question's buttons: a county or field number, a record id, an enum word. */
export const choice: Field<string> = { pattern: "\\w+", read: String, write: String, longest: "c".repeat(25) };
/** A choice of a question with several answers: never the word of its Done button. */
const toggled: Field<string> = { ...choice, pattern: "(?!done$)\\w+" };

/** The buttons of a question answered by one press (`askChoice`): `<prefix>:<choice>`. */
export type Question = CallbackData<{ choice: Field<string> }>;
export const question = (prefix: string): Question => callbackData(prefix, { choice });

/** ◀/▶ under a question whose buttons come in pages (`askChoice` with a page size): `<prefix>:page:<page>`. */
export const choicePage = (question: Question) => callbackData(`${question.prefix}:page`, { page: int });

/** The buttons of a question answered by several (`askMultiChoice`): a toggle per choice, group headers that do nothing, Done. */
export type MultiQuestion = { toggle: Question; header: Button; done: Button };
export const multiQuestion = (prefix: string): MultiQuestion => ({
  toggle: callbackData(prefix, { choice: toggled }),
  header: callbackData(`${prefix}:~`),
  done: callbackData(`${prefix}:done`),
});

/** The Skip button under an optional question (`askOptionalText`). */
export const skip = (prefix: string): Button => callbackData(`${prefix}:skip`);

/** The buttons under a summary (`reviewSummary`): Edit per part, Confirm and Cancel. */
export type SummaryButtons = { edit: CallbackData<{ part: Field<string> }>; confirm: Button; cancel: Button };
export const summary = (prefix: string): SummaryButtons => ({
  edit: callbackData(`${prefix}:edit`, { part: id }),
  confirm: callbackData(`${prefix}:confirm`),
  cancel: callbackData(`${prefix}:cancel`),
});

/** 🔁 Try again, offered after a save failed (`saveOrOfferAgain`). */
export const tryAgain = (prefix: string): Button => callbackData(`${prefix}:again`);

export const prompts = {
  /** Offers the suggestion of a refused typed answer (the Solar Hijri date of a Gregorian one). */
  suggestion: callbackData("typed:suggested"),
};
