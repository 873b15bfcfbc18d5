import { callbackData, oneOf, shaped } from "./define.js";

/**
 * v: move the report on screen to another quarter; s: show a quarter's report
 * as a new message (from a notification, which stays as it is); png and xlsx:
 * its picture and Excel file. The quarter is "1405.3".
 */
export const kpi = {
  report: callbackData("kpi", { action: oneOf("v", "s", "png", "xlsx"), quarter: shaped("[\\d.]+", "99999.4") }),
};
