import { callbackData, int, oneOf } from "./define.js";

/** A province in callback data: its id, or 0 for all the provinces of the presser's scope. */
export const ALL_PROVINCES = 0;

/**
 * The province picker shown before a scoped report or list to those whose scope spans provinces:
 * which report or list and the province chosen.
 */
export const provinces = {
  pick: callbackData("pv", {
    report: oneOf("kpi", "coverage", "pending", "duplicates", "needs", "meetings", "attendance", "directory"),
    province: int,
  }),
};
