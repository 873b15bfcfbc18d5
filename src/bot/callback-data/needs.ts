import { callbackData, id, int, oneOf } from "./define.js";
import { choice, multiQuestion, question, skip, summary, tryAgain } from "./prompts.js";

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
  // What the conversations wait on
  opening: {
    province: question("nopen:province"),
    scope: question("nopen:scope"),
    counties: multiQuestion("nopen:county"),
    summary: summary("nopen"),
  },
  newTopic: { pillar: question("ntopic:pillar"), az: skip("ntopic:az"), en: skip("ntopic:en"), again: tryAgain("ntopic") },
  survey: {
    topics: multiQuestion("sv:topic"),
    /** A topic's priority: `.with({ topic })` gives the buttons of its question. */
    priority: callbackData("sv:prio", { topic: int, choice }),
    format: question("sv:format"),
    days: multiQuestion("sv:day"),
    times: multiQuestion("sv:time"),
    other: skip("sv:other"),
    summary: summary("sv"),
  },
};
