import { InlineKeyboard } from "grammy";
import { profile } from "../callback-data/profile.js";
import { NGO_STEPS } from "../conversations/ngo-steps.js";

/** "✏️ <field>" buttons, two per row, for every field of the leader's NGO, then whether the directory shows how to reach them. */
export function editFieldsKeyboard(t: (key: string) => string, allowContact: boolean): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  NGO_STEPS.forEach((step, i) => {
    keyboard.text(t(`edit-${step}`), profile.edit.build({ step }));
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard.row().text(t(allowContact ? "button-contact-open" : "button-contact-closed"), profile.contact.build());
}
