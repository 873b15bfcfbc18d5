import { broadcastKeyboard, broadcastStatusText } from "../../bot/broadcast-format.js";
import type { Renderers } from "../render.js";

/** Broadcasts: the official who sent one gets its final status once it reached everyone it could. */
export const broadcastRenderers: Renderers<"broadcast-done"> = {
  "broadcast-done": async (notification, { tr, services }) => {
    const broadcast = await services.broadcasts.find(notification.broadcastId);
    if (!broadcast) return null;
    return { text: broadcastStatusText(tr, broadcast, new Date()), markup: broadcastKeyboard(tr.t, broadcast) };
  },
};
