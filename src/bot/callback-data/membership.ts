import { callbackData, id, int, personId, token } from "./define.js";

export const membership = {
  join: callbackData("join", { token }),
  joinDeclined: callbackData("join:no"),
  rotateInvite: callbackData("invite:rotate"),
  members: callbackData("members:list"),
  membersPage: callbackData("members:page", { page: int }),
  pickMember: callbackData("members:pick", { member: personId }),
  remove: callbackData("members:remove", { member: personId }),
  removeConfirmed: callbackData("members:remove-yes", { member: personId }),
  lead: callbackData("members:lead", { member: personId }),
  leadConfirmed: callbackData("members:lead-yes", { member: personId }),
  leave: callbackData("leave:pick", { ngo: id }),
  leaveConfirmed: callbackData("leave:yes", { ngo: id }),
};
