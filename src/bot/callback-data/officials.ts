import { callbackData, personId } from "./define.js";
import { question, tryAgain } from "./prompts.js";

export const officials = {
  add: callbackData("officials:add"),
  revoke: callbackData("officials:revoke", { person: personId }),
  revokeConfirmed: callbackData("officials:revoke-yes", { person: personId }),
  // What the conversation granting the role waits on
  granting: { province: question("grant:province"), scope: question("grant:scope"), again: tryAgain("grant") },
};
