import type { I18n, TranslateFunction } from "@grammyjs/i18n";
import { GrammyError } from "grammy";
import { broadcastKeyboard, broadcastStatusText } from "../bot/broadcast-format.js";
import type { AppServices } from "../bot/deps.js";
import type { Logger } from "../logger.js";
import type { Outlet } from "./sender.js";

/**
 * Keeps the officials' status messages of broadcasts up to date: run by the
 * workers every few seconds, one edit per running broadcast, and a last one
 * with the final counts.
 */
export class BroadcastStatusReporter {
  constructor(
    /** By bot key. */
    private readonly outlets: ReadonlyMap<string, Outlet>,
    private readonly i18n: I18n,
    private readonly services: AppServices,
    private readonly ratePerSecond: number,
    private readonly logger: Logger,
  ) {}

  async refresh(now: Date): Promise<void> {
    for (const broadcast of await this.services.broadcasts.statusesToShow()) {
      const official = await this.services.people.find(broadcast.createdById);
      const locale = official?.locale ?? "fa";
      const t: TranslateFunction = (key, vars) => this.i18n.t(locale, key, vars);
      // The status message is in the official's chat with the bot they wrote the broadcast to.
      const outlet = this.outlets.get(broadcast.sourceBot ?? broadcast.sourceMessenger.toLowerCase());
      try {
        if (outlet) {
          await outlet.api.editMessageText(
            Number(broadcast.sourceChatId),
            broadcast.statusMessageId as number,
            broadcastStatusText({ t, locale }, broadcast, now, this.ratePerSecond),
            { parse_mode: "HTML", reply_markup: broadcastKeyboard(t, broadcast) },
          );
        }
      } catch (error) {
        const unchanged = error instanceof GrammyError && error.description.includes("message is not modified");
        if (!unchanged) this.logger.warn({ err: error, broadcastId: broadcast.id }, "could not update a broadcast's status message");
      }
      if (broadcast.status === "DONE" || broadcast.status === "CANCELLED") await this.services.broadcasts.markFinalReported(broadcast.id);
    }
  }
}
