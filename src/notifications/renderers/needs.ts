import { InlineKeyboard } from "grammy";
import { needs } from "../../bot/callback-data/needs.js";
import { escapeHtml } from "../../bot/format.js";
import { dayOfDeadline, formatDate } from "../../domain/calendar.js";
import type { NotificationOf, RenderContext, Rendered, Renderers } from "../render.js";

/** The survey's invitation or a reminder, while the NGO still owes its answer. */
async function survey(
  notification: NotificationOf<"needs-invitation" | "needs-reminder">,
  { recipient, tr: { t, locale }, services }: RenderContext,
): Promise<Rendered | null> {
  const waiting = await services.needs.stillWaiting(recipient.person.id, notification.roundId, new Date());
  if (!waiting) return null; // answered, closed, or no longer this person's NGO
  const key = notification.kind === "needs-invitation" ? "needs-invitation" : notification.last ? "needs-reminder-last" : "needs-reminder";
  return {
    text: t(key, {
      name: escapeHtml(waiting.ngoName),
      title: escapeHtml(waiting.round.title),
      deadline: formatDate(dayOfDeadline(waiting.round.deadline), locale),
    }),
    markup: new InlineKeyboard().text(t("button-answer-survey"), needs.answer.build({ round: waiting.round.id })),
  };
}

/** Training needs: leaders are asked for their NGO's needs and reminded; the official who opened a round hears it closed. */
export const needsRenderers: Renderers<"needs-invitation" | "needs-reminder" | "needs-closed"> = {
  "needs-invitation": survey,
  "needs-reminder": survey,
  "needs-closed": async (notification, { tr: { t }, services }) => {
    const summary = await services.needs.closingSummary(notification.roundId);
    if (!summary) return null;
    return {
      text: t("needs-closed", { title: escapeHtml(summary.round.title), answered: summary.answered, invited: summary.invited }),
      markup: new InlineKeyboard().text(t("button-needs-report"), needs.report.build({ round: summary.round.id })),
    };
  },
};
