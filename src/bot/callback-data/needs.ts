import { callbackData, id, oneOf } from "./define.js";

export const needs = {
  open: callbackData("needs:open"),
  topics: callbackData("needs:topics"),
  addTopic: callbackData("needs:topic:add"),
  report: callbackData("needs:r", { round: id }),
  /** Another view of the report in the same message; the view is checked by the handler. */
  view: callbackData("needs:v", { round: id, view: id }),
  file: callbackData("needs:f", { round: id, format: oneOf("png", "xlsx", "csv") }),
  close: callbackData("needs:close", { round: id }),
  closeConfirmed: callbackData("needs:closed", { round: id }),
  /** A leader answers a round (also from the invitation the workers send). */
  answer: callbackData("needs:answer", { round: id }),
};
