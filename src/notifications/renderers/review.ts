import { InlineKeyboard } from "grammy";
import { membership } from "../../bot/callback-data/membership.js";
import { escapeHtml, shown } from "../../bot/format.js";
import { reviewMessage } from "../../bot/keyboards/review.js";
import { LIMITS } from "../../domain/ngo-rules.js";
import { aboutNgo, type Renderers } from "../render.js";

/** Review: officials get a new NGO to approve or reject, whose buttons go once it is reviewed; its leader gets the decision. */
export const reviewRenderers: Renderers<"ngo-pending" | "ngo-approved" | "ngo-rejected" | "review-card-closed"> = {
  // Not sent once the NGO was reviewed before this went out; remembered, so its buttons go once it is.
  "ngo-pending": aboutNgo((ngo, _, { tr, recipient, services }) =>
    ngo.status === "PENDING"
      ? { ...reviewMessage(tr, ngo), sent: (messageId) => services.ngos.rememberReviewCard(ngo.id, recipient.person.id, messageId) }
      : null,
  ),
  "review-card-closed": ({ messageId }) => ({ removeButtonsOf: messageId }),
  "ngo-approved": aboutNgo((ngo, _, { tr: { t }, deepLink }) => ({
    text: t("ngo-approved", { name: escapeHtml(ngo.name), link: escapeHtml(deepLink(ngo.inviteToken)) }),
    markup: new InlineKeyboard().text(t("button-members"), membership.members.build()),
  })),
  "ngo-rejected": aboutNgo((ngo, _, { tr: { t } }) => ({
    text: t("ngo-rejected", { name: escapeHtml(ngo.name), reason: shown(ngo.rejectionReason ?? "", LIMITS.rejectionReason.max) }),
  })),
};
