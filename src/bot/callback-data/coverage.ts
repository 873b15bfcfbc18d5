import { callbackData } from "./define.js";

export const coverage = {
  excel: callbackData("coverage:xlsx"),
};
