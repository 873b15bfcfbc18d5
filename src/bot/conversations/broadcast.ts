import type { BroadcastAudience } from "@prisma/client";
import { InlineKeyboard } from "grammy";
import { type BroadcastContent, type BroadcastTarget, labelOf } from "../../domain/broadcasts.js";
import { formatDateTime, plainNumber } from "../../domain/calendar.js";
import { nameIn } from "../../domain/reference.js";
import { actorReader } from "../actor.js";
import { broadcastStatusText } from "../broadcast-format.js";
import { broadcasts } from "../callback-data/broadcasts.js";
import type { BotConversation, ConversationContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { broadcastContentOf } from "../entities-html.js";
import { escapeHtml, isolate, joinList, joinNames } from "../format.js";
import { outcomeOf } from "./outcome.js";
import { askChoice, askFutureMoment, askMultiChoice, explainExpected, namedChoices, newDraftKey, reviewSummary } from "./prompts.js";

const buttons = broadcasts.composing;

export const BROADCAST = "broadcast";

/** A broadcast can be scheduled up to this many days ahead. */
const MAX_DAYS_AHEAD = 90;

type Named = { id: number; nameFa: string; nameEn: string; nameAz: string };
type Draft = Partial<BroadcastTarget> & { sendAt?: string | null; filter?: string };

/** The recipients per province (for those who choose among provinces: a line per county could be hundreds). */
function recipientsByProvince(
  byCounty: { countyId: number; count: number }[],
  counties: { id: number; provinceId: number }[],
): { id: number; count: number }[] {
  const totals = new Map<number, number>();
  for (const { countyId, count } of byCounty) {
    const provinceId = counties.find((c) => c.id === countyId)?.provinceId;
    if (provinceId !== undefined) totals.set(provinceId, (totals.get(provinceId) ?? 0) + count);
  }
  return [...totals].map(([id, count]) => ({ id, count }));
}

/**
 * An official composes a broadcast: their own message (text with formatting,
 * or a photo or document with a caption, copied as is), the audience, which
 * NGOs (all, by county, by field, youth NGOs), when; then a preview of the
 * exact message and the number of recipients per county, and Confirm.
 */
export function broadcastConversation({ services, config, logger, messenger }: BotDeps) {
  return async function broadcast(conversation: BotConversation, ctx: ConversationContext): Promise<void> {
    const actor = actorReader(services.people, ctx.personId);
    const scoped = await conversation.external(() =>
      outcomeOf(async () => {
        const counties = await services.broadcasts.targetableCounties(await actor());
        const fields = await services.reference.fields();
        // Those whose scope spans provinces choose among them first.
        const provinces = await services.reference.provincesToPick(await actor());
        const pick = ({ id, nameFa, nameEn, nameAz }: Named) => ({ id, nameFa, nameEn, nameAz });
        const everyone: BroadcastTarget = {
          audience: "LEADERS_AND_MEMBERS",
          countyIds: counties.map((c) => c.id),
          fieldIds: [],
          youthOnly: false,
          essential: false,
        };
        const reachable = counties.length > 0 ? (await services.broadcasts.preview(await actor(), everyone)).total : 0;
        return {
          counties: counties.map((c) => ({ ...pick(c), provinceId: c.provinceId })),
          provinces: provinces.map(pick),
          fields: fields.map(pick),
          reachable,
        };
      }),
    );
    if (!scoped.ok || scoped.value.counties.length === 0) {
      await ctx.reply(ctx.t("error-forbidden"));
      return;
    }
    // Nobody in the whole area is said before the message is asked for, not at Confirm.
    if (scoped.value.reachable === 0) {
      await ctx.reply(ctx.t("broadcast-nobody-in-area"));
      return;
    }
    const scope = scoped.value;
    const { t, locale } = ctx;
    const draftKey = await newDraftKey(conversation);
    const countyName = (id: number) => {
      const county = scope.counties.find((c) => c.id === id);
      return county ? nameIn(county, locale) : "?";
    };
    const provinceName = (id: number) => {
      const province = scope.provinces.find((p) => p.id === id);
      return province ? nameIn(province, locale) : "?";
    };

    // The message itself
    await ctx.reply(t("broadcast-ask-message"), { parse_mode: "HTML" });
    let source: { chatId: number; messageId: number; label: string; content: BroadcastContent } | undefined;
    while (!source) {
      const message = await conversation.waitFor(["message:text", "message:photo", "message:document"], {
        otherwise: (c) => explainExpected(c, "text"),
      });
      if (message.message.text?.startsWith("/")) {
        await message.reply(message.t("command-in-conversation"));
        continue;
      }
      source = {
        chatId: message.chat.id,
        messageId: message.message.message_id,
        label: labelOf(message.message.text ?? message.message.caption),
        content: broadcastContentOf(message.message),
      };
    }

    const draft: Draft = {};
    const askAudience = async () => {
      const choices = (["LEADERS", "LEADERS_AND_MEMBERS"] as const).map((a) => ({ id: a, label: t(`audience-${a}`) }));
      draft.audience = (await askChoice(conversation, ctx, t("broadcast-ask-audience"), buttons.audience, choices, 1)) as BroadcastAudience;
      draft.essential = false;
      if (draft.audience === "LEADERS_AND_MEMBERS") {
        const kinds = [
          { id: "normal", label: t("broadcast-normal") },
          { id: "essential", label: t("broadcast-essential") },
        ];
        draft.essential = (await askChoice(conversation, ctx, t("broadcast-ask-essential"), buttons.essential, kinds, 1)) === "essential";
      }
    };
    /** Which NGOs; choices that reach nobody are said so at once and asked again. */
    const askRecipients = async () => {
      for (;;) {
        await askFilter();
        const reached = await conversation.external(async () =>
          outcomeOf(async () => (await services.broadcasts.preview(await actor(), draft as BroadcastTarget)).total),
        );
        if (!reached.ok || reached.value > 0) return;
        await ctx.reply(t("broadcast-nobody"));
      }
    };
    /** The provinces, for those who choose among them: all of them, or the ones ticked. */
    const askProvinces = async () => {
      draft.provinceIds = [];
      if (scope.provinces.length === 0) return;
      const choices = [
        { id: "all", label: t("button-all-provinces") },
        { id: "some", label: t("broadcast-to-provinces") },
      ];
      if ((await askChoice(conversation, ctx, t("broadcast-ask-provinces"), buttons.provinces, choices, 1)) === "all") return;
      const chosen = await askMultiChoice(
        conversation,
        ctx,
        t("broadcast-choose-provinces"),
        buttons.someProvinces,
        namedChoices(scope.provinces, locale),
        { min: 1, max: scope.provinces.length },
      );
      draft.provinceIds = chosen.map(Number);
    };
    const askFilter = async () => {
      await askProvinces();
      const chosenProvinces = draft.provinceIds ?? [];
      const counties = chosenProvinces.length ? scope.counties.filter((c) => chosenProvinces.includes(c.provinceId)) : scope.counties;
      const filters = [
        { id: "all", label: t("broadcast-to-all") },
        ...(counties.length > 1 ? [{ id: "county", label: t("broadcast-to-county") }] : []),
        { id: "field", label: t("broadcast-to-field") },
        { id: "youth", label: t("broadcast-to-youth") },
      ];
      draft.filter = await askChoice(conversation, ctx, t("broadcast-ask-filter"), buttons.filter, filters, 1);
      draft.countyIds = counties.map((c) => c.id);
      draft.fieldIds = [];
      draft.youthOnly = draft.filter === "youth";
      if (draft.filter === "county") {
        const choices = namedChoices(counties, locale);
        const chosen = await askMultiChoice(conversation, ctx, t("broadcast-ask-counties"), buttons.counties, choices, {
          min: 1,
          max: choices.length,
        });
        draft.countyIds = chosen.map(Number);
      }
      if (draft.filter === "field") {
        const choices = namedChoices(scope.fields, locale);
        const chosen = await askMultiChoice(conversation, ctx, t("broadcast-ask-fields"), buttons.fields, choices, {
          min: 1,
          max: choices.length,
        });
        draft.fieldIds = chosen.map(Number);
      }
    };
    const askWhen = async () => {
      const when = await askChoice(
        conversation,
        ctx,
        t("broadcast-ask-when"),
        buttons.when,
        [
          { id: "now", label: t("broadcast-now") },
          { id: "later", label: t("broadcast-later") },
        ],
        2,
      );
      if (when === "now") {
        draft.sendAt = null;
        return;
      }
      const at = await askFutureMoment(conversation, ctx, (example) => t("broadcast-ask-time", { example }), {
        maxDays: MAX_DAYS_AHEAD,
        exampleDays: 1,
        tooFar: "invalid-time-far",
      });
      draft.sendAt = at;
    };

    await askAudience();
    await askRecipients();
    await askWhen();

    for (;;) {
      const target = draft as BroadcastTarget;
      const previewed = await conversation.external(async () => outcomeOf(async () => services.broadcasts.preview(await actor(), target)));
      if (!previewed.ok) {
        await ctx.reply(t(`error-${previewed.code}`)); // the official's role changed meanwhile
        return;
      }
      const preview = previewed.value;
      if (preview.total === 0) {
        // Nobody matches any more (NGOs left or people muted broadcasts since): the recipients are asked again.
        await ctx.reply(t("broadcast-nobody"));
        await askRecipients();
        continue;
      }
      await ctx.reply(t("broadcast-preview-intro"));
      await ctx.api.copyMessage(source.chatId, source.chatId, source.messageId);
      const filter =
        draft.filter === "county"
          ? joinList(target.countyIds.map(countyName), locale)
          : draft.filter === "field"
            ? joinNames(
                scope.fields.filter((f) => target.fieldIds.includes(f.id)).map((f) => nameIn(f, locale)),
                locale,
              )
            : t(draft.filter === "youth" ? "broadcast-to-youth" : "broadcast-to-all");
      const byArea =
        scope.provinces.length > 0
          ? recipientsByProvince(preview.byCounty, scope.counties)
          : preview.byCounty.map((c) => ({ id: c.countyId, count: c.count }));
      const areaName = scope.provinces.length > 0 ? provinceName : countyName;
      const byCounty = byArea.map((c) => `• ${isolate(areaName(c.id))}: ${plainNumber(c.count, locale)}`).join("\n");
      const provinces = target.provinceIds?.length ? joinList(target.provinceIds.map(provinceName), locale) : null;
      const summary = t("broadcast-summary", {
        audience: t(`audience-${target.audience}`),
        kind: t(
          target.essential
            ? "broadcast-kind-essential"
            : target.audience === "LEADERS"
              ? "broadcast-kind-normal-leaders"
              : "broadcast-kind-normal",
        ),
        filter: escapeHtml(provinces ? t("broadcast-in-provinces", { provinces, filter }) : filter),
        when: draft.sendAt ? formatDateTime(new Date(draft.sendAt), locale) : t("broadcast-now"),
        total: preview.total,
        byCounty: byCounty || "—",
      });
      const parts = [
        { id: "audience", label: t("button-edit-audience") },
        { id: "recipients", label: t("button-edit-recipients") },
        { id: "when", label: t("button-edit-when") },
      ];
      const { answer, pressed } = await reviewSummary(conversation, ctx, summary, buttons.summary, parts, {
        save: async () => {
          const broadcast = await services.broadcasts.create(
            await actor(),
            {
              ...target,
              sourceBot: messenger.settings.key,
              sourceChatId: BigInt(source.chatId),
              sourceMessageId: source.messageId,
              content: source.content,
              label: source.label,
              sendAt: draft.sendAt ? new Date(draft.sendAt) : null,
            },
            new Date(),
            draftKey,
          );
          return broadcast.id;
        },
        done: async (answered, id) => {
          const view = await conversation.external(async () => {
            const found = await services.broadcasts.find(id);
            if (!found) throw new Error(`broadcast ${id} vanished right after it was created`);
            return broadcastStatusText({ t, locale }, found, new Date(), config.broadcastRatePerSecond);
          });
          const status = await answered.reply(view, {
            parse_mode: "HTML",
            reply_markup: new InlineKeyboard().text(t("button-cancel-broadcast"), broadcasts.cancel.build({ broadcast: id })),
          });
          await conversation.external(() => services.broadcasts.attachStatusMessage(id, status.message_id));
        },
        logger,
      });
      if (answer.action === "cancel" || answer.action === "saved") return;
      if (answer.action === "edit") {
        if (answer.part === "audience") await askAudience();
        else if (answer.part === "recipients") await askRecipients();
        else await askWhen();
      } else if (answer.action === "refused") {
        await pressed.reply(pressed.t(`error-${answer.code}`));
        if (answer.code !== "broadcast-in-past") return;
        await askWhen();
      }
    }
  };
}
