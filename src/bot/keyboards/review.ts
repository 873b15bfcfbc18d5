import { InlineKeyboard } from "grammy";

/** Approve / Reject under a pending NGO; the id is looked up and re-checked when pressed. */
export function reviewKeyboard(t: (key: string) => string, ngoId: string): InlineKeyboard {
  return new InlineKeyboard().text(t("button-approve"), `review:approve:${ngoId}`).text(t("button-reject"), `review:reject:${ngoId}`);
}
