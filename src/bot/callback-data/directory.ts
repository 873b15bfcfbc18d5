import { callbackData, id, int, token } from "./define.js";
import { question } from "./prompts.js";

export const directory = {
  counties: callbackData("dir:counties"),
  fields: callbackData("dir:fields"),
  byName: callbackData("dir:name"),
  /** The county and field questions, answered by a press or a typed name. */
  pickCounty: question("dir:pc"),
  pickField: question("dir:pf"),
  all: callbackData("dir:all", { page: int }),
  county: callbackData("dir:c", { county: int, page: int }),
  field: callbackData("dir:f", { field: int, page: int }),
  /** A typed search, remembered in Redis under a short token. */
  search: callbackData("dir:q", { query: token, page: int }),
  ngo: callbackData("dir:ngo", { ngo: id }),
  contact: callbackData("dir:contact", { ngo: id }),
};
