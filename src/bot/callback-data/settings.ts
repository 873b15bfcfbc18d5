import { callbackData, oneOf } from "./define.js";

export const settings = {
  mute: callbackData("settings", { choice: oneOf("mute", "unmute") }),
};
