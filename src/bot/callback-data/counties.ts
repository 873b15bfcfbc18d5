import { multiQuestion, question, tryAgain } from "./prompts.js";

/** What the conversation adding a county waits on: its province, its neighbours, 🔁 Try again. */
export const counties = {
  adding: { province: question("cadd:province"), neighbours: multiQuestion("cadd:nb"), again: tryAgain("cadd") },
};
