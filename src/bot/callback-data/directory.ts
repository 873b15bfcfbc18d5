import { callbackData, id, int, token } from "./define.js";

export const directory = {
  counties: callbackData("dir:counties"),
  fields: callbackData("dir:fields"),
  byName: callbackData("dir:name"),
  all: callbackData("dir:all", { page: int }),
  county: callbackData("dir:c", { county: int, page: int }),
  field: callbackData("dir:f", { field: int, page: int }),
  /** A typed search, remembered in Redis under a short token. */
  search: callbackData("dir:q", { query: token, page: int }),
  ngo: callbackData("dir:ngo", { ngo: id }),
  contact: callbackData("dir:contact", { ngo: id }),
};
