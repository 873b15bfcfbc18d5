import { callbackData, id } from "./define.js";
import { multiQuestion, question, summary } from "./prompts.js";

export const broadcasts = {
  compose: callbackData("bc:new"),
  show: callbackData("bc:show", { broadcast: id }),
  pause: callbackData("bc:pause", { broadcast: id }),
  resume: callbackData("bc:resume", { broadcast: id }),
  cancel: callbackData("bc:cancel", { broadcast: id }),
  notDelivered: callbackData("bc:failed", { broadcast: id }),
  // What the conversation composing one waits on
  composing: {
    audience: question("bc:audience"),
    essential: question("bc:essential"),
    filter: question("bc:filter"),
    provinces: question("bc:provinces"),
    someProvinces: multiQuestion("bc:province"),
    counties: multiQuestion("bc:county"),
    fields: multiQuestion("bc:field"),
    when: question("bc:when"),
    summary: summary("bc"),
  },
};
