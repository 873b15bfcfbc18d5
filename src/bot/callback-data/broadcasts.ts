import { callbackData, id } from "./define.js";

export const broadcasts = {
  compose: callbackData("bc:new"),
  show: callbackData("bc:show", { broadcast: id }),
  pause: callbackData("bc:pause", { broadcast: id }),
  resume: callbackData("bc:resume", { broadcast: id }),
  cancel: callbackData("bc:cancel", { broadcast: id }),
  notDelivered: callbackData("bc:failed", { broadcast: id }),
};
