import { InlineKeyboard } from "grammy";
import { partners } from "../../bot/callback-data/partners.js";
import { escapeHtml, leaderLink, ngoCard } from "../../bot/format.js";
import { aboutNgo, type Renderers } from "../render.js";

/** Partners: a leader gets a request for an introduction, and the other side's answer. */
export const partnerRenderers: Renderers<"partner-request" | "partner-contact" | "partner-declined"> = {
  "partner-request": async (notification, { tr, services }) => {
    const { t } = tr;
    const request = await services.partners.incoming(notification.requestId);
    if (request?.status !== "PENDING") return null;
    const from = request.fromNgo;
    return {
      text: `${t("partner-request", { from: escapeHtml(from.name), to: escapeHtml(request.toNgo.name) })}\n\n${ngoCard(tr, from, { showPhone: false, detail: "public" })}`,
      markup: new InlineKeyboard()
        .text(t("button-accept"), partners.accept.build({ request: request.id }))
        .text(t("button-decline"), partners.decline.build({ request: request.id })),
    };
  },
  "partner-contact": aboutNgo((ngo, _, { tr: { t } }) => {
    const leader = ngo.leader ? leaderLink(ngo.leader) : "—";
    return { text: t("partner-contact", { name: escapeHtml(ngo.name), leader }) };
  }),
  "partner-declined": aboutNgo((ngo, _, { tr: { t } }) => ({ text: t("partner-declined", { name: escapeHtml(ngo.name) }) })),
};
