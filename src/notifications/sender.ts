import type { I18n, TranslateFunction } from "@grammyjs/i18n";
import { type Api, GrammyError, InputFile } from "grammy";
import { syncPersonCommands } from "../bot/commands.js";
import type { AppServices } from "../bot/deps.js";
import type { BroadcastContent, DueDelivery } from "../domain/broadcasts.js";
import type { Notification } from "../domain/outbox.js";
import { FIRST_NON_TELEGRAM_ID, type PersonWithRoles } from "../domain/people.js";
import type { Locale } from "../domain/shared/locale.js";
import type { Route, Sender, SendFailure } from "../jobs/delivery.js";
import type { MessengerAdapter } from "../messengers/index.js";
import { chooseBot } from "../messengers/routing.js";
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

/** How the workers reach people through one bot: its adapter, an Api with the adapter's transformers, its username. */
export type Outlet = { adapter: MessengerAdapter; api: Api; botUsername: string };

/**
 * Sends notifications in each recipient's own language, on the recipient's own
 * messenger, through a bot they started (their chat there); used by the delivery workers.
 */
export class MessengerSender implements Sender {
  private readonly bots;

  constructor(
    /** By bot key. */
    private readonly outlets: ReadonlyMap<string, Outlet>,
    private readonly i18n: I18n,
    private readonly services: AppServices,
    /** How long an upload claimed by a worker that stopped answering holds up the others (the job lock). */
    private readonly uploadStaleMs: number,
  ) {
    this.bots = [...outlets.values()].map((outlet) => outlet.adapter.settings);
  }

  async route(personId: bigint): Promise<Route | "unreachable" | null> {
    // Someone who deleted their data still gets the default command menu back: on Telegram their id is their chat.
    const reach =
      (await this.services.people.reachOf(personId)) ??
      (personId < FIRST_NON_TELEGRAM_ID ? { messenger: "TELEGRAM" as const, externalId: personId, startedBots: [], provinces: [] } : null);
    if (!reach) return null;
    // Null for someone on a messenger this deployment no longer runs: nothing to send to.
    const bot = chooseBot(reach, this.bots);
    if (bot === null || bot === "unreachable") return bot;
    return { messenger: reach.messenger, bot: bot.key, chatId: Number(reach.externalId) };
  }

  async notify(route: Route, personId: bigint, notification: Notification): Promise<void> {
    const recipient = await this.services.people.find(personId);
    if (!recipient) return; // the person deleted their data meanwhile
    const outlet = this.outlet(route);
    const rendered = await this.render(notification, recipient, outlet);
    if (!rendered) return;
    if ("removeButtonsOf" in rendered) return this.removeButtons(outlet.api, route.chatId, rendered.removeButtonsOf);
    const message = await outlet.api.sendMessage(route.chatId, rendered.text, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(rendered.markup ? { reply_markup: rendered.markup } : {}),
    });
    // Telegram has it: a failure to remember it must not send it again (the job would retry); it
    // costs only buttons that stay, and they refuse when pressed.
    await rendered.sent?.(message.message_id).catch(() => undefined);
  }

  /** Takes the buttons off an earlier message; one that has none any more (its presser's) is left as it is. */
  private async removeButtons(api: Api, chatId: number, messageId: number): Promise<void> {
    try {
      await api.editMessageReplyMarkup(chatId, messageId);
    } catch (error) {
      if (!(error instanceof GrammyError && error.description.includes("message is not modified"))) throw error;
    }
  }

  async broadcast(route: Route, due: DueDelivery, options: { paid: boolean }): Promise<void> {
    const { api } = this.outlet(route);
    const paid = options.paid ? { allow_paid_broadcast: true } : {};
    if (route.bot === due.sourceBot) {
      await api.copyMessage(route.chatId, Number(due.fromChatId), due.messageId, paid);
      return;
    }
    // Another bot cannot copy from the official's chat: the content goes again, in its messenger's form.
    const { content } = due;
    if (!content) throw new NotSendable("the broadcast kept no content to send through another bot");
    const formatted = { parse_mode: "HTML" as const, ...paid };
    if (content.kind === "TEXT") {
      await api.sendMessage(route.chatId, content.html, formatted);
      return;
    }
    const send = (file: string | InputFile) =>
      content.kind === "PHOTO"
        ? api.sendPhoto(route.chatId, file, { caption: content.html, ...formatted })
        : api.sendDocument(route.chatId, file, { caption: content.html, ...formatted });
    const bot = { key: route.bot, messenger: route.messenger };
    const claim = await this.services.broadcasts.claimUpload(due.broadcastId, bot, new Date(), this.uploadStaleMs);
    if (claim === "taken") throw new UploadPending();
    if (claim !== "claimed") {
      await send(claim.fileId);
      return;
    }
    // The first delivery through this bot uploads the file; the others reuse its file id.
    try {
      const sent = await send(new InputFile(await this.download(due.sourceBot, content), content.fileName));
      const fileId = "photo" in sent ? sent.photo.at(-1)?.file_id : sent.document.file_id;
      if (!fileId) throw new Error(`${route.bot} answered the upload without a file id`);
      await this.services.broadcasts.recordUpload(due.broadcastId, route.bot, fileId);
    } catch (error) {
      await this.services.broadcasts.releaseUpload(due.broadcastId, route.bot);
      throw error;
    }
  }

  /** The bytes of the broadcast's photo or document, from the bot it was sent to. */
  private async download(source: string, content: BroadcastContent): Promise<Uint8Array> {
    const outlet = this.outlets.get(source);
    if (!outlet || !content.fileId) throw new NotSendable(`the broadcast's file cannot be fetched from ${source}`);
    const file = await outlet.api.getFile(content.fileId);
    const { apiRoot, token } = outlet.adapter.settings;
    const response = await fetch(`${apiRoot}/file/bot${token}/${file.file_path}`);
    if (!response.ok) throw new Error(`downloading the broadcast's file from ${source} failed: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }

  async syncCommands(route: Route, personId: bigint): Promise<void> {
    await syncPersonCommands(this.outlet(route).api, this.i18n, route.chatId, await this.services.people.find(personId));
  }

  private outlet(route: Route): Outlet {
    const outlet = this.outlets.get(route.bot);
    if (!outlet) throw new Error(`no bot ${route.bot}`); // route() gives only bots with an outlet
    return outlet;
  }

  classify(error: unknown): SendFailure {
    if (error instanceof NotSendable) return { kind: "rejected" };
    if (error instanceof GrammyError) {
      if (error.error_code === 429) return { kind: "rate-limited", retryAfterSeconds: error.parameters.retry_after ?? 1 };
      if (error.error_code === 403) return { kind: "unreachable" };
      if (error.error_code === 400) return { kind: "rejected" };
      return { kind: "transient" };
    }
    // Network failures (HttpError) and anything unexpected are retried with backoff.
    return { kind: "transient" };
  }

  private render(notification: Notification, recipient: PersonWithRoles, outlet: Outlet): Rendered | null | Promise<Rendered | null> {
    const locale: Locale = recipient.locale;
    const t: TranslateFunction = (key, vars) => this.i18n.t(locale, key, vars);
    // RENDERERS pairs each kind with its renderer; TypeScript cannot follow that pairing through the lookup.
    const render = RENDERERS[notification.kind] as (
      notification: Notification,
      context: RenderContext,
    ) => Rendered | null | Promise<Rendered | null>;
    return render(notification, {
      recipient,
      tr: { t, locale },
      services: this.services,
      deepLink: (payload) => outlet.adapter.deepLink(outlet.botUsername, payload),
    });
  }
}

/** A broadcast that cannot go to this recipient however often it is tried. */
class NotSendable extends Error {}

/** Another delivery is uploading the broadcast's file to this messenger: tried again shortly (a transient failure). */
class UploadPending extends Error {
  constructor() {
    super("another delivery is uploading the broadcast's file");
  }
}
