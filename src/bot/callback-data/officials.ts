import { callbackData, personId } from "./define.js";

export const officials = {
  add: callbackData("officials:add"),
  revoke: callbackData("officials:revoke", { person: personId }),
  revokeConfirmed: callbackData("officials:revoke-yes", { person: personId }),
};
