import { callbackData, id } from "./define.js";

const pair = { older: id, newer: id };

export const duplicates = {
  merge: callbackData("dup:m", pair),
  mergeConfirmed: callbackData("dup:my", pair),
  dismiss: callbackData("dup:n", pair),
};
