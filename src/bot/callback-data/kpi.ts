import { callbackData, int, oneOf, shaped } from "./define.js";

const action = oneOf("v", "s", "png", "xlsx");
const quarter = shaped("[\\d.]+", "99999.4");

/**
 * v: move the report on screen to another quarter; s: show a quarter's report
 * as a new message (from a notification, which stays as it is); png and xlsx:
 * its picture and Excel file. The quarter is "1405.3". `report` covers the
 * presser's whole scope; `inProvince` one province they picked (provinces.ts).
 */
export const kpi = {
  report: callbackData("kpi", { action, quarter }),
  inProvince: callbackData("kpi:p", { action, quarter, province: int }),
};
