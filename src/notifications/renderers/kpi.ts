import { InlineKeyboard } from "grammy";
import { kpi } from "../../bot/callback-data/kpi.js";
import { meetings } from "../../bot/callback-data/meetings.js";
import { escapeHtml, joinList } from "../../bot/format.js";
import { quarterKey, quarterName } from "../../bot/kpi-report.js";
import type { Quarter } from "../../domain/calendar.js";
import { nameIn } from "../../domain/reference.js";
import type { NotificationOf, RenderContext, Rendered, Renderers } from "../render.js";

/** The quarterly check: a county's officials are nudged, the province's officials get the counties without a meeting. */
async function quarterCheck(
  notification: NotificationOf<"quarter-nudge" | "quarter-missing">,
  { recipient, tr, services }: RenderContext,
): Promise<Rendered | null> {
  const { t, locale } = tr;
  const quarter = { year: notification.year, quarter: notification.quarter as Quarter["quarter"] };
  if (!recipient.roles.official) return null; // no longer an official
  const ids = notification.kind === "quarter-nudge" ? [notification.countyId] : notification.countyIds;
  // Counties that have scheduled their meeting since the check are no longer named.
  const missing = new Set(await services.kpi.stillWithoutMeeting(ids, quarter));
  if (missing.size === 0) return null;
  const counties = (await services.reference.counties()).filter((c) => missing.has(c.id)).map((c) => escapeHtml(nameIn(c, locale)));
  const vars = { quarter: quarterName(tr, quarter), counties: joinList(counties, locale), count: counties.length };
  return notification.kind === "quarter-nudge"
    ? { text: t("quarter-nudge", vars), markup: new InlineKeyboard().text(t("button-new-meeting"), meetings.create.build()) }
    : {
        text: t("quarter-missing", vars),
        markup: new InlineKeyboard().text(t("button-kpi"), kpi.report.build({ action: "s", quarter: quarterKey(quarter) })),
      };
}

/** Indicators: the quarterly check's nudges. */
export const kpiRenderers: Renderers<"quarter-nudge" | "quarter-missing"> = {
  "quarter-nudge": quarterCheck,
  "quarter-missing": quarterCheck,
};
