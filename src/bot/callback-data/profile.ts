import { callbackData, id } from "./define.js";
import { tryAgain } from "./prompts.js";

export const profile = {
  /** Edit one field of the leader's NGO; the step is checked by the conversation. */
  edit: callbackData("profile:edit", { step: id }),
  contact: callbackData("profile:contact"),
  erase: callbackData("profile:delete"),
  eraseConfirmed: callbackData("profile:delete-yes"),
  /** What the conversation editing a field waits on besides the registration's questions (src/bot/callback-data/registration.ts). */
  editing: { again: tryAgain("ngoedit") },
};
