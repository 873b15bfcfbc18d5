import { callbackData, id } from "./define.js";

export const profile = {
  /** Edit one field of the leader's NGO; the step is checked by the conversation. */
  edit: callbackData("profile:edit", { step: id }),
  contact: callbackData("profile:contact"),
  erase: callbackData("profile:delete"),
  eraseConfirmed: callbackData("profile:delete-yes"),
};
