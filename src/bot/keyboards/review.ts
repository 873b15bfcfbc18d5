import { InlineKeyboard } from "grammy";
import { formatDateTime } from "../../domain/calendar.js";
import type { NgoCard, NgoService } from "../../domain/ngos.js";
import { review } from "../callback-data/review.js";
import { displayName, ngoCard, personName, type Translator } from "../format.js";

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

/**
 * Who decided an NGO already reviewed, and when, as plain text for the official who presses
 * one of its review buttons later: "you" when it was them.
 */
export async function reviewedText(ngos: NgoService, { t, locale }: Translator, ngoId: string, viewerId: bigint): Promise<string> {
  const review = await ngos.reviewOf(ngoId);
  if (!review?.reviewer) return t("error-already-reviewed");
  const at = formatDateTime(review.at, locale);
  if (review.reviewer.id === viewerId) return t(`review-done-by-you-${review.outcome}`, { at });
  return t(`review-done-by-other-${review.outcome}`, { name: displayName(review.reviewer), at });
}
