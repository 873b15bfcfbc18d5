import { InlineKeyboard } from "grammy";
import { NGO_STEPS } from "../conversations/ngo-steps.js";

/** "✏️ <field>" buttons, two per row, for every field of an NGO; `prefix:<field>` when pressed. */
export function editFieldsKeyboard(t: (key: string) => string, prefix: string): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  NGO_STEPS.forEach((step, i) => {
    keyboard.text(t(`edit-${step}`), `${prefix}:${step}`);
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard;
}
