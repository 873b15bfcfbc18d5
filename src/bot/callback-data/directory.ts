import { callbackData, id, int, token } from "./define.js";
import { question } from "./prompts.js";

/**
 * The directory's buttons. `province` is the province browsed, as the province picker's buttons carry it (0: every
 * province the presser browses); a county carries its own.
 */
export const directory = {
  counties: callbackData("dir:counties", { province: int }),
  fields: callbackData("dir:fields", { province: int }),
  byName: callbackData("dir:name", { province: int }),
  /** The province (by county, among several provinces), county and field questions, answered by a press or a typed name. */
  pickProvince: question("dir:pp"),
  pickCounty: question("dir:pc"),
  pickField: question("dir:pf"),
  all: callbackData("dir:all", { province: int, page: int }),
  county: callbackData("dir:c", { county: int, page: int }),
  field: callbackData("dir:f", { field: int, province: int, page: int }),
  /** A typed search, remembered in Redis under a short token. */
  search: callbackData("dir:q", { query: token, province: int, page: int }),
  ngo: callbackData("dir:ngo", { ngo: id }),
  contact: callbackData("dir:contact", { ngo: id }),
};
