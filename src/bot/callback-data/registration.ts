import { multiQuestion, question, summary } from "./prompts.js";

/** The buttons the registration conversation waits on; the NGO's questions are asked the same way when its leader edits one. */
export const registration = {
  province: question("reg:province"),
  county: question("reg:county"),
  fields: multiQuestion("reg:field"),
  youth: question("reg:youth"),
  summary: summary("reg"),
};
