import type { AgendaOutcome } from "@prisma/client";
import { InlineKeyboard } from "grammy";
import { formatDateTime, plainNumber } from "../../domain/calendar.js";
import type { MeetingDraft } from "../../domain/meetings/scheduling.js";
import {
  checkAgendaItem,
  checkHeadcount,
  checkMeetingTheme,
  checkMeetingTitle,
  checkOutcomeNote,
  checkVenue,
  MEETING_LIMITS,
} from "../../domain/meetings/validators.js";
import { nameIn } from "../../domain/reference.js";
import { actorReader, tr } from "../actor.js";
import { meetings } from "../callback-data/meetings.js";
import type { BotConversation, ConversationContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { escapeHtml, joinNames, shown } from "../format.js";
import { invitationKeyboard, invitationText } from "../meeting-format.js";
import { outcomeOf } from "./outcome.js";
import {
  askChoice,
  askFutureMoment,
  askMultiChoice,
  askOptionalText,
  askText,
  explainExpected,
  namedChoices,
  newDraftKey,
  reviewSummary,
  saveOrOfferAgain,
} from "./prompts.js";

export const MEETING_NEW = "meeting-new";
export const MEETING_RESCHEDULE = "meeting-reschedule";
export const MEETING_HEADCOUNT = "meeting-headcount";
export const MEETING_AGENDA = "meeting-agenda";
export const MEETING_OUTCOME = "meeting-outcome";

type Named = { id: number; nameFa: string; nameEn: string; nameAz: string };
type Draft = Partial<Omit<MeetingDraft, "startsAt">> & { startsAt?: string };

/** The meeting's date and time; the service checks it again when it saves. */
const askMeetingTime = (conversation: BotConversation, ctx: ConversationContext) =>
  askFutureMoment(conversation, ctx, (example) => ctx.t("meeting-ask-time", { example }), {
    maxDays: MEETING_LIMITS.daysAhead,
    exampleDays: 7,
    tooFar: "invalid-meeting-time-far",
  });

/**
 * An official schedules a meeting: county (fixed for a county official),
 * title, the problem it is centred on, date and time, venue and optionally a
 * location, which NGOs (all of the county's verified NGOs, or by field),
 * leaders only or members too; then a summary with the number of invitees, Edit and Confirm.
 */
export function meetingNewConversation(deps: BotDeps) {
  const { services } = deps;
  return async function meetingNew(conversation: BotConversation, ctx: ConversationContext): Promise<void> {
    const actor = actorReader(deps.services.people, ctx.personId);
    const scope = await conversation.external(() =>
      outcomeOf(async () => {
        const pick = ({ id, nameFa, nameEn, nameAz }: Named) => ({ id, nameFa, nameEn, nameAz });
        const counties = await services.meetings.counties(await actor());
        const invitable = async (countyId: number) =>
          (await services.meetings.countInvitees(await actor(), { countyId, fieldIds: [], membersInvited: false })).ngos;
        return {
          counties: await Promise.all(counties.map(async (c) => ({ ...pick(c), ngos: await invitable(c.id) }))),
          fields: (await services.reference.fields()).map(pick),
        };
      }),
    );
    if (!scope.ok || scope.value.counties.length === 0) {
      await ctx.reply(ctx.t("error-forbidden"));
      return;
    }
    const { counties, fields } = scope.value;
    const { t, locale } = ctx;
    // Nobody to invite is said before any question, not after the summary.
    if (counties.every((c) => c.ngos === 0)) {
      await ctx.reply(t("meeting-nobody-to-invite", { counties: counties.length }));
      return;
    }
    const draftKey = await newDraftKey(conversation);
    await ctx.reply(t("meeting-new-intro"), { parse_mode: "HTML" });

    const draft: Draft = { fieldIds: [] };
    const ask = {
      county: async () => {
        const only = counties.length === 1 ? counties[0] : undefined;
        if (only) {
          draft.countyId = only.id;
          return;
        }
        // Each county with its number of verified NGOs; one without any is said so and asked again.
        const choices = namedChoices(counties, locale).map((c, i) => ({
          ...c,
          label: `${c.label} (${plainNumber(counties[i]?.ngos ?? 0, locale)})`,
        }));
        for (;;) {
          const id = Number(await askChoice(conversation, ctx, t("meeting-ask-county"), meetings.newMeeting.county, choices));
          const county = counties.find((c) => c.id === id);
          if (county && county.ngos > 0) {
            draft.countyId = id;
            return;
          }
          if (county) await ctx.reply(t("meeting-county-empty", { county: nameIn(county, locale) }));
        }
      },
      title: async () => {
        draft.title = await askText(conversation, ctx, t("meeting-ask-title"), checkMeetingTitle);
      },
      theme: async () => {
        draft.theme = await askText(conversation, ctx, t("meeting-ask-theme", { max: MEETING_LIMITS.theme.max }), checkMeetingTheme);
      },
      time: async () => {
        draft.startsAt = await askMeetingTime(conversation, ctx);
      },
      venue: async () => {
        draft.venue = await askText(conversation, ctx, t("meeting-ask-venue"), checkVenue);
        const asked = await ctx.reply(t("meeting-ask-location"), {
          reply_markup: new InlineKeyboard().text(t("button-skip"), meetings.newMeeting.location.build()),
        });
        for (;;) {
          const answer = await conversation.wait();
          if (meetings.newMeeting.location.filter.test(answer.callbackQuery?.data ?? "")) {
            await answer.answerCallbackQuery();
            await answer.editMessageReplyMarkup();
            draft.location = null;
            return;
          }
          const location = answer.message?.location;
          if (location) {
            draft.location = { latitude: location.latitude, longitude: location.longitude };
            await ctx.api.editMessageReplyMarkup(asked.chat.id, asked.message_id);
            return;
          }
          await explainExpected(answer, "buttons");
        }
      },
      invitees: async () => {
        const which = await askChoice(
          conversation,
          ctx,
          t("meeting-ask-ngos"),
          meetings.newMeeting.ngos,
          [
            { id: "all", label: t("meeting-all-ngos") },
            { id: "field", label: t("broadcast-to-field") },
          ],
          1,
        );
        draft.fieldIds = [];
        if (which === "field") {
          const choices = namedChoices(fields, locale);
          draft.fieldIds = (
            await askMultiChoice(conversation, ctx, t("broadcast-ask-fields"), meetings.newMeeting.fields, choices, {
              min: 1,
              max: choices.length,
            })
          ).map(Number);
        }
        const who = await askChoice(
          conversation,
          ctx,
          t("meeting-ask-members"),
          meetings.newMeeting.members,
          (["LEADERS", "LEADERS_AND_MEMBERS"] as const).map((a) => ({ id: a, label: t(`audience-${a}`) })),
          1,
        );
        draft.membersInvited = who === "LEADERS_AND_MEMBERS";
      },
    };
    for (const step of ["county", "title", "theme", "time", "venue", "invitees"] as const) await ask[step]();

    for (;;) {
      const complete = { ...draft, startsAt: new Date(draft.startsAt as string) } as MeetingDraft;
      const counted = await conversation.external(async () =>
        outcomeOf(async () => services.meetings.countInvitees(await actor(), complete)),
      );
      if (!counted.ok) {
        await ctx.reply(t(`error-${counted.code}`));
        return;
      }
      if (counted.value.ngos === 0) {
        // The fields chosen match no NGO of the county: the NGOs are asked again rather than a summary nobody can confirm.
        await ctx.reply(t("error-meeting-no-ngos"));
        await ask.invitees();
        continue;
      }
      const county = counties.find((c) => c.id === complete.countyId);
      const summary = t("meeting-summary", {
        county: county ? nameIn(county, locale) : "?",
        title: escapeHtml(complete.title),
        theme: escapeHtml(complete.theme),
        at: formatDateTime(complete.startsAt, locale),
        venue: escapeHtml(complete.venue) + (complete.location ? " 📍" : ""),
        ngos: complete.fieldIds.length
          ? joinNames(
              fields.filter((f) => complete.fieldIds.includes(f.id)).map((f) => nameIn(f, locale)),
              locale,
            )
          : t("meeting-all-ngos"),
        who: t(complete.membersInvited ? "audience-LEADERS_AND_MEMBERS" : "audience-LEADERS"),
        invitedNgos: counted.value.ngos,
        invitedPeople: counted.value.people,
      });
      const parts = (["title", "theme", "time", "venue", "invitees", ...(counties.length > 1 ? ["county"] : [])] as const).map((id) => ({
        id,
        label: t(`button-edit-meeting-${id}`),
      }));
      const { answer, pressed } = await reviewSummary(conversation, ctx, summary, meetings.newMeeting.summary, parts, {
        save: async () => {
          const { meeting, invited } = await services.meetings.create(await actor(), complete, new Date(), draftKey);
          return { title: meeting.title, invited };
        },
        done: (answered, { title, invited }) =>
          answered.reply(answered.t("meeting-created", { title: escapeHtml(title), invited }), { parse_mode: "HTML" }),
        logger: deps.logger,
      });
      if (answer.action === "saved" || answer.action === "cancel") return;
      if (answer.action === "edit") {
        const part = answer.part as keyof typeof ask;
        if (part in ask) await ask[part]();
        continue;
      }
      await pressed.reply(pressed.t(answer.code === "invalid-meeting" ? "invalid-time-past" : `error-${answer.code}`));
      if (answer.code !== "invalid-meeting") return;
      await ask.time();
    }
  };
}

/** An official moves a meeting to another time; the invitees are told. */
export function meetingRescheduleConversation(deps: BotDeps) {
  return async function meetingReschedule(conversation: BotConversation, ctx: ConversationContext, meetingId: string): Promise<void> {
    const actor = actorReader(deps.services.people, ctx.personId);
    const startsAt = await askMeetingTime(conversation, ctx);
    const moved = await saveOrOfferAgain(conversation, ctx, meetings.rescheduling.again, deps.logger, async () =>
      outcomeOf(async () => {
        const meeting = await deps.services.meetings.reschedule(await actor(), meetingId, new Date(startsAt), new Date());
        return meeting.title;
      }),
    );
    await ctx.reply(
      moved.ok
        ? ctx.t("meeting-rescheduled-done", { title: escapeHtml(moved.value), at: formatDateTime(new Date(startsAt), ctx.locale) })
        : ctx.t(`error-${moved.code}`),
      { parse_mode: "HTML" },
    );
  };
}

/** A leader says how many people of the NGO will come: the NGO's answer. */
export function meetingHeadcountConversation(deps: BotDeps) {
  return async function meetingHeadcount(conversation: BotConversation, ctx: ConversationContext, meetingId: string): Promise<void> {
    const leaderId = ctx.personId;
    const count = await askText(conversation, ctx, ctx.t("meeting-ask-headcount", { max: MEETING_LIMITS.headcount.max }), checkHeadcount);
    const answered = await saveOrOfferAgain(conversation, ctx, meetings.headcountAnswer.again, deps.logger, () =>
      outcomeOf(async () => {
        const invitation = await deps.services.meetings.answerForNgo(leaderId, meetingId, count, new Date());
        return {
          text: invitationText(tr(ctx), invitation),
          markup: invitationKeyboard(ctx.t, invitation).inline_keyboard,
        };
      }),
    );
    if (!answered.ok) {
      await ctx.reply(ctx.t(`error-${answered.code}`));
      return;
    }
    await ctx.reply(answered.value.text, { parse_mode: "HTML", reply_markup: { inline_keyboard: answered.value.markup } });
  };
}

/** A leader puts a problem of their NGO on a meeting's agenda: the problem, then its field of activity. */
export function meetingAgendaConversation(deps: BotDeps) {
  return async function meetingAgenda(conversation: BotConversation, ctx: ConversationContext, meetingId: string): Promise<void> {
    const leaderId = ctx.personId;
    const fields = await conversation.external(async () =>
      (await deps.services.reference.fields()).map(({ id, nameFa, nameEn, nameAz }) => ({ id, nameFa, nameEn, nameAz })),
    );
    const text = await askText(conversation, ctx, ctx.t("agenda-ask-text", { max: MEETING_LIMITS.agendaItem.max }), checkAgendaItem);
    const choices = namedChoices(fields, ctx.locale);
    const fieldId = Number(await askChoice(conversation, ctx, ctx.t("agenda-ask-field"), meetings.agendaItem.field, choices));
    const added = await saveOrOfferAgain(conversation, ctx, meetings.agendaItem.again, deps.logger, () =>
      outcomeOf(async () => (await deps.services.meetings.addAgendaItem(leaderId, meetingId, { text, fieldId }, new Date())).id),
    );
    await ctx.reply(added.ok ? ctx.t("agenda-added") : ctx.t(`error-${added.code}`), {
      reply_markup: added.ok ? new InlineKeyboard().text(ctx.t("button-agenda"), meetings.agenda.build({ meeting: meetingId })) : undefined,
    });
  };
}

/**
 * An official records what the meeting did about an agenda item (the problem, as its NGO
 * wrote it): resolved, follow-up or referred, with a note.
 */
export function meetingOutcomeConversation(deps: BotDeps) {
  return async function meetingOutcome(
    conversation: BotConversation,
    ctx: ConversationContext,
    itemId: string,
    problem: string,
  ): Promise<void> {
    const actor = actorReader(deps.services.people, ctx.personId);
    const choices = (["RESOLVED", "FOLLOW_UP", "REFERRED"] as const).map((o) => ({ id: o, label: ctx.t(`outcome-${o}`) }));
    const question = ctx.t("outcome-ask", { problem: shown(problem, MEETING_LIMITS.agendaItem.max) });
    const outcome = (await askChoice(conversation, ctx, question, meetings.outcome.choice, choices, 1)) as AgendaOutcome;
    const note = await askOptionalText(conversation, ctx, ctx.t("outcome-ask-note"), meetings.outcome.note, checkOutcomeNote);
    const recorded = await saveOrOfferAgain(conversation, ctx, meetings.outcome.again, deps.logger, async () =>
      outcomeOf(async () => (await deps.services.meetings.recordOutcome(await actor(), itemId, outcome, note, new Date())).meetingId),
    );
    await ctx.reply(
      recorded.ok ? ctx.t("outcome-recorded") : ctx.t(`error-${recorded.code}`),
      recorded.ok
        ? { reply_markup: new InlineKeyboard().text(ctx.t("button-agenda"), meetings.agenda.build({ meeting: recorded.value })) }
        : {},
    );
  };
}
