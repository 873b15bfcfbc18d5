import { InlineKeyboard } from "grammy";
import { membership } from "../../bot/callback-data/membership.js";
import { escapeHtml, shown } from "../../bot/format.js";
import { reviewMessage } from "../../bot/keyboards/review.js";
import { LIMITS } from "../../domain/ngo-rules.js";
import { aboutNgo, type Renderers } from "../render.js";

/** Review: officials get a new NGO to approve or reject; its leader gets the decision. */
export const reviewRenderers: Renderers<"ngo-pending" | "ngo-approved" | "ngo-rejected"> = {
  // Not sent once the NGO was reviewed before this went out.
  "ngo-pending": aboutNgo((ngo, _, { tr }) => (ngo.status === "PENDING" ? reviewMessage(tr, ngo) : null)),
  "ngo-approved": aboutNgo((ngo, _, { tr: { t }, deepLink }) => ({
    text: t("ngo-approved", { name: escapeHtml(ngo.name), link: escapeHtml(deepLink(ngo.inviteToken)) }),
    markup: new InlineKeyboard().text(t("button-members"), membership.members.build()),
  })),
  "ngo-rejected": aboutNgo((ngo, _, { tr: { t } }) => ({
    text: t("ngo-rejected", { name: escapeHtml(ngo.name), reason: shown(ngo.rejectionReason ?? "", LIMITS.rejectionReason.max) }),
  })),
};
