import type { I18n, TranslateFunction } from "@grammyjs/i18n";
import { type Api, GrammyError } from "grammy";
import { syncPersonCommands } from "../bot/commands.js";
import type { AppServices } from "../bot/deps.js";
import type { Notification } from "../domain/outbox.js";
import type { PersonWithRoles } from "../domain/people.js";
import type { Locale } from "../domain/shared/locale.js";
import type { Sender, SendFailure } from "../jobs/delivery.js";
import type { NotificationKind, RenderContext, Rendered, Renderers } from "./render.js";
import { broadcastRenderers } from "./renderers/broadcasts.js";
import { duplicateRenderers } from "./renderers/duplicates.js";
import { kpiRenderers } from "./renderers/kpi.js";
import { meetingRenderers } from "./renderers/meetings.js";
import { membershipRenderers } from "./renderers/memberships.js";
import { needsRenderers } from "./renderers/needs.js";
import { officialRenderers } from "./renderers/officials.js";
import { partnerRenderers } from "./renderers/partners.js";
import { reviewRenderers } from "./renderers/review.js";

/** One renderer per kind of notification, from the feature that sends it; the type requires every kind. */
const RENDERERS: Renderers<NotificationKind> = {
  ...reviewRenderers,
  ...membershipRenderers,
  ...officialRenderers,
  ...partnerRenderers,
  ...duplicateRenderers,
  ...needsRenderers,
  ...meetingRenderers,
  ...kpiRenderers,
  ...broadcastRenderers,
};

/** Sends notifications in each recipient's own language; used by the delivery workers. */
export class TelegramSender implements Sender {
  constructor(
    private readonly api: Api,
    private readonly i18n: I18n,
    private readonly services: AppServices,
    private readonly botUsername: string,
  ) {}

  async notify(personId: bigint, notification: Notification): Promise<void> {
    const recipient = await this.services.people.find(personId);
    if (!recipient) return; // the person deleted their data meanwhile
    const rendered = await this.render(notification, recipient);
    if (!rendered) return;
    if ("removeButtonsOf" in rendered) return this.removeButtons(personId, rendered.removeButtonsOf);
    const message = await this.api.sendMessage(Number(personId), rendered.text, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(rendered.markup ? { reply_markup: rendered.markup } : {}),
    });
    // Telegram has it: a failure to remember it must not send it again (the job would retry); it
    // costs only buttons that stay, and they refuse when pressed.
    await rendered.sent?.(message.message_id).catch(() => undefined);
  }

  /** Takes the buttons off an earlier message; one that has none any more (its presser's) is left as it is. */
  private async removeButtons(personId: bigint, messageId: number): Promise<void> {
    try {
      await this.api.editMessageReplyMarkup(Number(personId), messageId);
    } catch (error) {
      if (!(error instanceof GrammyError && error.description.includes("message is not modified"))) throw error;
    }
  }

  async copy(personId: bigint, fromChatId: bigint, messageId: number, options: { paid: boolean }): Promise<void> {
    await this.api.copyMessage(Number(personId), Number(fromChatId), messageId, options.paid ? { allow_paid_broadcast: true } : {});
  }

  async syncCommands(personId: bigint): Promise<void> {
    await syncPersonCommands(this.api, this.i18n, personId, await this.services.people.find(personId));
  }

  classify(error: unknown): SendFailure {
    if (error instanceof GrammyError) {
      if (error.error_code === 429) return { kind: "rate-limited", retryAfterSeconds: error.parameters.retry_after ?? 1 };
      if (error.error_code === 403) return { kind: "unreachable" };
      if (error.error_code === 400) return { kind: "rejected" };
      return { kind: "transient" };
    }
    // Network failures (HttpError) and anything unexpected are retried with backoff.
    return { kind: "transient" };
  }

  private render(notification: Notification, recipient: PersonWithRoles): Rendered | null | Promise<Rendered | null> {
    const locale: Locale = recipient.locale;
    const t: TranslateFunction = (key, vars) => this.i18n.t(locale, key, vars);
    // RENDERERS pairs each kind with its renderer; TypeScript cannot follow that pairing through the lookup.
    const render = RENDERERS[notification.kind] as (
      notification: Notification,
      context: RenderContext,
    ) => Rendered | null | Promise<Rendered | null>;
    return render(notification, { recipient, tr: { t, locale }, services: this.services, botUsername: this.botUsername });
  }
}
