import { escapeHtml, personName } from "../../bot/format.js";
import { aboutNgo, type Renderers } from "../render.js";

/** Memberships: a leader hears who joined; a member hears they were removed or now lead the NGO. */
export const membershipRenderers: Renderers<"member-joined" | "member-removed" | "leadership-received"> = {
  "member-joined": aboutNgo(async (ngo, notification, { tr: { t }, services }) => {
    const member = await services.people.find(BigInt(notification.memberId));
    return member ? { text: t("member-joined", { name: escapeHtml(ngo.name), member: personName(member.person) }) } : null;
  }),
  "member-removed": aboutNgo((ngo, _, { tr: { t } }) => ({ text: t("member-removed", { name: escapeHtml(ngo.name) }) })),
  "leadership-received": aboutNgo((ngo, _, { tr: { t } }) => ({ text: t("leadership-received", { name: escapeHtml(ngo.name) }) })),
};
