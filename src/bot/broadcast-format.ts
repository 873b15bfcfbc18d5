import type { TranslateFunction } from "@grammyjs/i18n";
import { InlineKeyboard } from "grammy";
import type { BroadcastView } from "../domain/broadcasts.js";
import { formatDateTime, plainNumber } from "../domain/calendar.js";
import { broadcasts as buttons } from "./callback-data/broadcasts.js";
import { escapeHtml, isolate, type Translator } from "./format.js";

/** How long the rest should take, from the pace so far (or the configured rate before any is sent). */
function remainingSeconds(broadcast: BroadcastView, now: Date, ratePerSecond: number): number {
  const done = broadcast.counts.SENT + broadcast.counts.FAILED + broadcast.counts.UNREACHABLE;
  const elapsed = broadcast.startedAt ? (now.getTime() - broadcast.startedAt.getTime()) / 1000 : 0;
  const pace = done > 0 && elapsed > 1 ? done / elapsed : ratePerSecond;
  return Math.ceil(broadcast.counts.PENDING / Math.max(pace, 0.1));
}

function duration(seconds: number, { t, locale }: Translator): string {
  const minutes = Math.floor(seconds / 60);
  return minutes > 0
    ? t("duration-minutes", { minutes: plainNumber(minutes, locale), seconds: plainNumber(seconds % 60, locale) })
    : t("duration-seconds", { seconds: plainNumber(seconds, locale) });
}

/** The official's view of a broadcast: what, to whom, and how far it got. */
/** The messengers in the order their lines are shown. */
const MESSENGERS = ["TELEGRAM", "BALE"] as const;

export function broadcastStatusText(tr: Translator, broadcast: BroadcastView, now: Date, ratePerSecond = 25): string {
  const { t, locale } = tr;
  const { counts } = broadcast;
  const lines = [
    `📣 <b>${isolate(escapeHtml(broadcast.label || t("broadcast-no-text")))}</b>`,
    t(`broadcast-status-${broadcast.status}`, { at: formatDateTime(broadcast.sendAt, locale) }),
  ];
  if (broadcast.status !== "SCHEDULED") {
    lines.push(t("broadcast-counts", { sent: counts.SENT, failed: counts.FAILED, unreachable: counts.UNREACHABLE, left: counts.PENDING }));
    if (counts.CANCELLED > 0) lines.push(t("broadcast-cancelled-count", { count: counts.CANCELLED }));
    // People on both messengers: each runs at its own rate, so each has its own progress.
    const messengers = MESSENGERS.flatMap((m) => (broadcast.byMessenger[m] ? [[m, broadcast.byMessenger[m]] as const] : []));
    if (messengers.length > 1) {
      for (const [messenger, c] of messengers) {
        lines.push(
          t("broadcast-messenger-counts", {
            messenger: t(`messenger-${messenger}`),
            sent: c.SENT,
            missed: c.FAILED + c.UNREACHABLE,
            left: c.PENDING,
          }),
        );
      }
    }
  }
  if (broadcast.status === "SENDING" && counts.PENDING > 0) {
    lines.push(t("broadcast-eta", { time: duration(remainingSeconds(broadcast, now, ratePerSecond), tr) }));
  }
  if (broadcast.status === "DONE" && broadcast.startedAt && broadcast.finishedAt) {
    const seconds = Math.max(1, Math.round((broadcast.finishedAt.getTime() - broadcast.startedAt.getTime()) / 1000));
    lines.push(t("broadcast-took", { time: duration(seconds, tr) }));
  }
  return lines.join("\n");
}

/** The controls that apply to the broadcast now. */
export function broadcastKeyboard(t: TranslateFunction, broadcast: BroadcastView): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  const id = broadcast.id;
  if (broadcast.status === "SENDING") keyboard.text(t("button-pause"), buttons.pause.build({ broadcast: id }));
  if (broadcast.status === "PAUSED") keyboard.text(t("button-resume"), buttons.resume.build({ broadcast: id }));
  if (["SCHEDULED", "SENDING", "PAUSED"].includes(broadcast.status))
    keyboard.text(t("button-cancel-broadcast"), buttons.cancel.build({ broadcast: id }));
  if (broadcast.counts.FAILED + broadcast.counts.UNREACHABLE > 0)
    keyboard.row().text(t("button-failed-list"), buttons.notDelivered.build({ broadcast: id }));
  return keyboard;
}
