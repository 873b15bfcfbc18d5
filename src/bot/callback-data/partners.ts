import { callbackData, id, int } from "./define.js";

export const partners = {
  page: callbackData("partners:page", { page: int }),
  ngo: callbackData("partners:ngo", { ngo: id }),
  ask: callbackData("partners:ask", { ngo: id }),
  /** The asked leader's answer, from the notification the workers send. */
  accept: callbackData("partner:accept", { request: id }),
  decline: callbackData("partner:decline", { request: id }),
};
