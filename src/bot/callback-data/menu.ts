import { callbackData } from "./define.js";

/** The main menu's buttons (/start), each opening a feature as its command would; and Cancel under any confirmation. */
export const menu = {
  register: callbackData("menu:register"),
  profile: callbackData("menu:profile"),
  invite: callbackData("menu:invite"),
  partners: callbackData("menu:partners"),
  survey: callbackData("menu:survey"),
  directory: callbackData("menu:directory"),
  meetings: callbackData("menu:meetings"),
  pending: callbackData("menu:pending"),
  needs: callbackData("menu:needs"),
  broadcasts: callbackData("menu:broadcasts"),
  dashboard: callbackData("menu:dashboard"),
  officials: callbackData("menu:officials"),
  language: callbackData("menu:language"),
  help: callbackData("menu:help"),
  cancel: callbackData("action:cancel"),
};
