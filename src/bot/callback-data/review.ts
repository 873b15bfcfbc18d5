import { callbackData, type Field, id } from "./define.js";
import { tryAgain } from "./prompts.js";

/** The card's version rides along: a press from a card that changed since is refused. */
const version: Field<number> = { pattern: "\\d{1,9}", read: Number, write: String, longest: 999_999_999 };

export const review = {
  approve: callbackData("review:approve", { ngo: id, version }),
  reject: callbackData("review:reject", { ngo: id, version }),
  // What the conversation asking the reason waits on
  rejecting: { again: tryAgain("reject") },
};
