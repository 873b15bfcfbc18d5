import { callbackData, int } from "./define.js";

/** The Excel file of the coverage: of the presser's whole scope, or of the one province they picked (provinces.ts). */
export const coverage = {
  excel: callbackData("coverage:xlsx"),
  excelInProvince: callbackData("coverage:xlsx", { province: int }),
};
