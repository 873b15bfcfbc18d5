import { callbackData, id, oneOf, personId } from "./define.js";
import { multiQuestion, question, skip, summary, tryAgain } from "./prompts.js";

const meeting = { meeting: id };

export const meetings = {
  // Scheduling (officials)
  create: callbackData("mt:new"),
  show: callbackData("mt:show", meeting),
  reschedule: callbackData("mt:resched", meeting),
  cancel: callbackData("mt:cancel", meeting),
  cancelConfirmed: callbackData("mt:cancelled", meeting),
  // Attendance (officials)
  attendance: callbackData("mt:att", meeting),
  attendanceFile: callbackData("mt:attx", { meeting: id, format: oneOf("xlsx", "csv") }),
  startCheckIn: callbackData("mt:checkin", meeting),
  endCheckIn: callbackData("mt:checkend", meeting),
  presentList: callbackData("mt:list", meeting),
  markPresent: callbackData("mt:present", { meeting: id, person: personId }),
  recordOutcome: callbackData("mt:out", { item: id }),
  // Invitations (invitees; the agenda also for officials)
  attend: callbackData("mt:yes", meeting),
  notAttend: callbackData("mt:no", meeting),
  headcount: callbackData("mt:count", meeting),
  addAgenda: callbackData("mt:addagenda", meeting),
  agenda: callbackData("mt:agenda", meeting),
  invitation: callbackData("mt:inv", meeting),
  map: callbackData("mt:map", meeting),
  // What the conversations wait on
  newMeeting: {
    county: question("mnew:county"),
    location: skip("mnew:location"),
    ngos: question("mnew:ngos"),
    fields: multiQuestion("mnew:field"),
    members: question("mnew:members"),
    summary: summary("mnew"),
  },
  rescheduling: { again: tryAgain("mresched") },
  headcountAnswer: { again: tryAgain("mcount") },
  agendaItem: { field: question("magenda:field"), again: tryAgain("magenda") },
  outcome: { choice: question("mout:outcome"), note: skip("mout:note"), again: tryAgain("mout") },
};
