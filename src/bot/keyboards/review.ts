import { InlineKeyboard } from "grammy";
import type { NgoCard, NgoService } from "../../domain/ngos.js";
import { review } from "../callback-data/review.js";
import { ngoCard, personName, type Translator } from "../format.js";

/**
 * A pending NGO's card for officials, with Approve / Reject. The buttons carry
 * the id and the version of the card shown: the id is looked up and re-checked
 * when pressed, and a card that changed since is refused (64 bytes at most: a
 * cuid of 25 characters and a small number).
 */
export function reviewMessage(tr: Translator, ngo: NgoCard): { text: string; markup: InlineKeyboard } {
  const leader = ngo.leader ? personName(ngo.leader) : "—";
  const card = `${tr.t("review-new", { leader })}\n\n${ngoCard(tr, ngo, { showPhone: true })}`;
  const shown = { ngo: ngo.id, version: ngo.version };
  const markup = new InlineKeyboard()
    .text(tr.t("button-approve"), review.approve.build(shown))
    .text(tr.t("button-reject"), review.reject.build(shown));
  return { text: card, markup };
}

/** The card of an NGO still pending, as it is now: shown when a press came from an outdated one. */
export async function currentReviewMessage(ngos: NgoService, tr: Translator, ngoId: string) {
  const ngo = await ngos.card(ngoId);
  return ngo?.status === "PENDING" ? reviewMessage(tr, ngo) : null;
}
