import { escapeHtml } from "../../bot/format.js";
import { aboutNgo, type Renderers } from "../render.js";

/** Duplicates: the people of a merged NGO are told which NGO they now belong to. */
export const duplicateRenderers: Renderers<"ngo-merged"> = {
  "ngo-merged": aboutNgo((ngo, _, { tr: { t } }) => ({ text: t("ngo-merged", { name: escapeHtml(ngo.name) }) })),
};
