import { InlineKeyboard } from "grammy";
import { dayOfDeadline, endOfTehranDay, formatDate, plainNumber, tehranDate } from "../../domain/calendar.js";
import type { RoundDraft } from "../../domain/needs/rounds.js";
import { checkDeadline, checkRoundTitle } from "../../domain/needs/validators.js";
import { nameIn } from "../../domain/reference.js";
import type { Locale } from "../../domain/shared/locale.js";
import { actorReader } from "../actor.js";
import { needs } from "../callback-data/needs.js";
import type { BotConversation, ConversationContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { escapeHtml, joinList } from "../format.js";
import { outcomeOf } from "./outcome.js";
import { askChoice, askMultiChoice, askText, namedChoices, newDraftKey, reviewSummary } from "./prompts.js";

const buttons = needs.opening;

export const NEEDS_OPEN = "needs-open";

type OpenableCounty = { id: number; provinceId: number; nameFa: string; nameEn: string; nameAz: string; verified: number };

/** A date as people type it, in the reader's digits: 1405/10/15 or ۱۴۰۵/۱۰/۱۵. */
function typedDate(moment: Date, locale: Locale): string {
  const { jy, jm, jd } = tehranDate(moment);
  return [jy, jm, jd].map((n) => plainNumber(n, locale)).join("/");
}

/**
 * An official opens a training-needs round: title, deadline (a Solar Hijri
 * date), the counties it covers (a county official's own county, without
 * asking), then a summary with the number of NGOs to be invited, Edit and Confirm.
 */
export function needsOpenConversation({ services, logger }: BotDeps) {
  return async function needsOpen(conversation: BotConversation, ctx: ConversationContext): Promise<void> {
    const actor = actorReader(services.people, ctx.personId);
    const openable = await conversation.external(() =>
      outcomeOf(
        async (): Promise<OpenableCounty[]> =>
          (await services.needs.openableCounties(await actor())).map(({ id, provinceId, nameFa, nameEn, nameAz, verified }) => ({
            id,
            provinceId,
            nameFa,
            nameEn,
            nameAz,
            verified,
          })),
      ),
    );
    if (!openable.ok || openable.value.length === 0) {
      await ctx.reply(ctx.t("error-forbidden"));
      return;
    }
    const counties = openable.value;
    const { locale } = ctx;
    const provinceIds = [...new Set(counties.map((c) => c.provinceId))];
    const draftKey = await newDraftKey(conversation);
    await ctx.reply(ctx.t("needs-open-intro"), { parse_mode: "HTML" });

    const draft: Partial<RoundDraft> = {};
    const askTitle = async () => {
      draft.title = await askText(conversation, ctx, ctx.t("needs-ask-title"), checkRoundTitle);
    };
    const askDeadline = async () => {
      const now = await conversation.now();
      const example = typedDate(new Date(now + 14 * 86_400_000), locale);
      draft.deadline = await askText(conversation, ctx, ctx.t("needs-ask-deadline", { example }), async (text) =>
        checkDeadline(text, new Date(await conversation.now()), locale),
      );
    };
    const askCounties = async () => {
      let inProvince = counties;
      if (provinceIds.length > 1) {
        const provinces = await conversation.external(() => services.reference.provinces());
        const choices = namedChoices(
          provinces.filter((p) => provinceIds.includes(p.id)),
          locale,
        );
        const provinceId = Number(await askChoice(conversation, ctx, ctx.t("ask-province"), buttons.province, choices));
        inProvince = counties.filter((c) => c.provinceId === provinceId);
      }
      if (inProvince.length === 1) {
        draft.countyIds = inProvince.map((c) => c.id);
        return;
      }
      const scope = await askChoice(
        conversation,
        ctx,
        ctx.t("needs-ask-scope"),
        buttons.scope,
        [
          { id: "all", label: ctx.t("needs-all-counties", { count: inProvince.length }) },
          { id: "some", label: ctx.t("needs-some-counties") },
        ],
        1,
      );
      if (scope === "all") {
        draft.countyIds = inProvince.map((c) => c.id);
        return;
      }
      const choices = namedChoices(inProvince, locale).map((c, i) => ({
        ...c,
        label: `${c.label} (${plainNumber(inProvince[i]?.verified ?? 0, locale)})`,
      }));
      const chosen = await askMultiChoice(
        conversation,
        ctx,
        ctx.t("needs-ask-counties"),
        buttons.counties,
        choices,
        { min: 1, max: choices.length },
        (draft.countyIds ?? []).map(String),
      );
      draft.countyIds = chosen.map(Number);
    };
    const countyChoice = counties.length > 1;

    await askTitle();
    await askDeadline();
    if (countyChoice) await askCounties();
    else draft.countyIds = counties.map((c) => c.id);

    for (;;) {
      const complete = draft as RoundDraft;
      const chosen = counties.filter((c) => complete.countyIds.includes(c.id));
      const ngos = chosen.reduce((sum, c) => sum + c.verified, 0);
      const summary = ctx.t("needs-open-summary", {
        title: escapeHtml(complete.title),
        deadline: formatDate(dayOfDeadline(endOfTehranDay(complete.deadline)), locale),
        counties: joinList(
          chosen.map((c) => nameIn(c, locale)),
          locale,
        ),
        ngos,
      });
      const parts = [
        { id: "title", label: ctx.t("button-edit-title") },
        { id: "deadline", label: ctx.t("button-edit-deadline") },
        ...(countyChoice ? [{ id: "counties", label: ctx.t("button-edit-counties") }] : []),
      ];
      const { answer, pressed } = await reviewSummary(conversation, ctx, summary, buttons.summary, parts, {
        save: async () => {
          const { round, invited } = await services.needs.openRound(await actor(), complete, new Date(), draftKey);
          return { roundId: round.id, title: round.title, invited };
        },
        done: (answered, { roundId, title, invited }) =>
          answered.reply(answered.t("needs-opened", { title: escapeHtml(title), invited }), {
            parse_mode: "HTML",
            reply_markup: new InlineKeyboard().text(answered.t("button-needs-report"), needs.report.build({ round: roundId })),
          }),
        logger,
      });
      if (answer.action === "saved" || answer.action === "cancel") return;
      if (answer.action === "edit") {
        if (answer.part === "title") await askTitle();
        else if (answer.part === "deadline") await askDeadline();
        else await askCounties();
        continue;
      }
      // A deadline that passed while the summary waited is asked again; other refusals end here.
      await pressed.reply(pressed.t(answer.code === "invalid-round" ? "invalid-deadline-past" : `error-${answer.code}`));
      if (answer.code !== "invalid-round") return;
      await askDeadline();
    }
  };
}
