import { callbackData, id } from "./define.js";

export const language = {
  /** The locale is checked by the handler. */
  choose: callbackData("language", { locale: id }),
};
