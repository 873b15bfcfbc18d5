import type { Renderers } from "../render.js";

/** Officials: a person is told they became, or are no longer, an official. */
export const officialRenderers: Renderers<"official-granted" | "official-revoked"> = {
  "official-granted": (notification, { tr: { t } }) => ({ text: t(notification.kind) }),
  "official-revoked": (notification, { tr: { t } }) => ({ text: t(notification.kind) }),
};
