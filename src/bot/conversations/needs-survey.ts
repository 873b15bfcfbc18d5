import type { NeedPriority, TrainingFormat, TrainingPillar } from "@prisma/client";
import { dayOfDeadline, formatDate, plainNumber } from "../../domain/calendar.js";
import type { NeedsAnswerDraft } from "../../domain/needs/survey.js";
import {
  checkAttendees,
  checkOtherNeed,
  FORMATS,
  NEEDS_LIMITS,
  PILLARS,
  PRIORITIES,
  TIMES,
  type TrainingTime,
  WEEK_DAYS,
} from "../../domain/needs/validators.js";
import { nameIn } from "../../domain/reference.js";
import type { Locale } from "../../domain/shared/locale.js";
import { needs } from "../callback-data/needs.js";
import type { BotConversation, ConversationContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { escapeHtml, joinList, type Translator } from "../format.js";
import { outcomeOf } from "./outcome.js";
import { askChoice, askMultiChoice, askOptionalText, askText, reviewSummary } from "./prompts.js";

const buttons = needs.survey;

export const NEEDS_SURVEY = "needs-survey";

const STEPS = ["topics", "priorities", "format", "attendees", "days", "times", "other"] as const;
type Step = (typeof STEPS)[number];
const isStep = (value: unknown): value is Step => (STEPS as readonly unknown[]).includes(value);

type Topic = { id: number; pillar: TrainingPillar; nameFa: string; nameEn: string; nameAz: string };
type Draft = Omit<Partial<NeedsAnswerDraft>, "choices"> & { topicIds?: number[]; priorities?: Record<number, NeedPriority> };

/** The answer as the leader reviews it before confirming. */
function summary({ t, locale }: Translator, topics: Topic[], draft: NeedsAnswerDraft): string {
  const topic = (id: number) => topics.find((x) => x.id === id);
  const lines = draft.choices.map((c) => {
    const found = topic(c.topicId);
    return `• ${escapeHtml(found ? nameIn(found, locale) : "?")} — ${t(`priority-${c.priority}`)}`;
  });
  return t("survey-summary", {
    topics: lines.join("\n"),
    format: t(`format-${draft.format}`),
    attendees: plainNumber(draft.attendees, locale),
    days: joinList(
      draft.days.map((d) => t(`weekday-${d}`)),
      locale,
    ),
    times: joinList(
      draft.times.map((x) => t(`time-${x}`)),
      locale,
    ),
    other: draft.otherNeed ? escapeHtml(draft.otherNeed) : "—",
  });
}

/**
 * A leader answers a training-needs round for their verified NGO: topics
 * (grouped by the three pillars), a priority for each, format, how many people,
 * days and times, an optional need of their own; then a summary with Edit per
 * step and Confirm. A leader who answered before starts from that answer.
 */
export function needsSurveyConversation({ services, logger }: BotDeps) {
  return async function needsSurvey(conversation: BotConversation, ctx: ConversationContext, roundId: string): Promise<void> {
    const leaderId = ctx.personId;
    const started = await conversation.external(() =>
      outcomeOf(async () => {
        const { round, ngo, previous } = await services.needs.startSurvey(leaderId, roundId, new Date());
        return { title: round.title, deadline: round.deadline.toISOString(), ngoName: ngo.name, previous };
      }),
    );
    if (!started.ok) {
      await ctx.reply(ctx.t(`error-${started.code}`));
      return;
    }
    const start = started.value;
    const topics: Topic[] = await conversation.external(async () =>
      (await services.needs.topics()).map(({ id, pillar, nameFa, nameEn, nameAz }) => ({ id, pillar, nameFa, nameEn, nameAz })),
    );
    const { t, locale } = ctx;
    const tr: Translator = { t, locale: locale as Locale };
    const vars = {
      name: escapeHtml(start.ngoName),
      title: escapeHtml(start.title),
      deadline: formatDate(dayOfDeadline(new Date(start.deadline)), tr.locale),
    };

    const draft: Draft = {};
    if (start.previous) {
      const { choices, ...rest } = start.previous;
      Object.assign(draft, rest, {
        topicIds: choices.map((c) => c.topicId),
        priorities: Object.fromEntries(choices.map((c) => [c.topicId, c.priority])),
      });
    }

    const askPriorities = async (ids: number[]) => {
      const priorities = { ...draft.priorities };
      for (const id of ids) {
        const topic = topics.find((x) => x.id === id);
        if (!topic) continue;
        const choices = PRIORITIES.map((p) => ({ id: p, label: t(`priority-${p}`) }));
        const prompt = t("survey-ask-priority", { topic: escapeHtml(nameIn(topic, tr.locale)) });
        priorities[id] = (await askChoice(conversation, ctx, prompt, buttons.priority.with({ topic: id }), choices, 3)) as NeedPriority;
      }
      draft.priorities = priorities;
    };

    const ask = async (step: Step) => {
      switch (step) {
        case "topics": {
          const choices = PILLARS.flatMap((pillar) =>
            topics
              .filter((x) => x.pillar === pillar)
              .map((x) => ({ id: String(x.id), label: nameIn(x, tr.locale), group: t(`pillar-${pillar}`) })),
          );
          const chosen = await askMultiChoice(
            conversation,
            ctx,
            t("survey-ask-topics", { max: NEEDS_LIMITS.topics.max }),
            buttons.topics,
            choices,
            NEEDS_LIMITS.topics,
            (draft.topicIds ?? []).map(String),
            1,
          );
          draft.topicIds = chosen.map(Number);
          // Topics kept keep their priority; only new ones are asked.
          const known = draft.priorities ?? {};
          draft.priorities = Object.fromEntries(draft.topicIds.filter((id) => known[id]).map((id) => [id, known[id] as NeedPriority]));
          await askPriorities(draft.topicIds.filter((id) => !known[id]));
          return;
        }
        case "priorities":
          await askPriorities(draft.topicIds ?? []);
          return;
        case "format": {
          const choices = FORMATS.map((f) => ({ id: f, label: t(`format-${f}`) }));
          draft.format = (await askChoice(conversation, ctx, t("survey-ask-format"), buttons.format, choices, 3)) as TrainingFormat;
          return;
        }
        case "attendees":
          draft.attendees = await askText(
            conversation,
            ctx,
            t("survey-ask-attendees", { max: plainNumber(NEEDS_LIMITS.attendees.max, tr.locale) }),
            checkAttendees,
          );
          return;
        case "days": {
          const choices = WEEK_DAYS.map((d) => ({ id: String(d), label: t(`weekday-${d}`) }));
          const chosen = await askMultiChoice(
            conversation,
            ctx,
            t("survey-ask-days"),
            buttons.days,
            choices,
            { min: 1, max: WEEK_DAYS.length },
            (draft.days ?? []).map(String),
            3,
          );
          draft.days = chosen.map(Number);
          return;
        }
        case "times": {
          const choices = TIMES.map((x) => ({ id: x, label: t(`time-${x}`) }));
          const chosen = await askMultiChoice(
            conversation,
            ctx,
            t("survey-ask-times"),
            buttons.times,
            choices,
            { min: 1, max: TIMES.length },
            draft.times ?? [],
            3,
          );
          draft.times = chosen as TrainingTime[];
          return;
        }
        case "other":
          draft.otherNeed = await askOptionalText(
            conversation,
            ctx,
            t("survey-ask-other", { max: NEEDS_LIMITS.otherNeed.max }),
            buttons.other,
            checkOtherNeed,
          );
          return;
      }
    };

    await ctx.reply(t(start.previous ? "survey-intro-again" : "survey-intro", vars), { parse_mode: "HTML" });
    if (!start.previous) for (const step of STEPS.filter((s) => s !== "priorities")) await ask(step);

    for (;;) {
      const answer: NeedsAnswerDraft = {
        choices: (draft.topicIds ?? []).map((topicId) => ({ topicId, priority: draft.priorities?.[topicId] ?? "MEDIUM" })),
        format: draft.format as TrainingFormat,
        attendees: draft.attendees as number,
        days: draft.days ?? [],
        times: draft.times ?? [],
        otherNeed: draft.otherNeed ?? null,
      };
      const parts = STEPS.map((step) => ({ id: step, label: t(`button-edit-survey-${step}`) }));
      // An answer replaces the NGO's earlier one: saving it again changes nothing.
      const confirm = {
        save: async () => (await services.needs.submit(leaderId, roundId, answer, new Date())).replaced,
        done: (answered: ConversationContext, replaced: boolean) =>
          answered.reply(answered.t(replaced ? "survey-updated" : "survey-saved", vars), { parse_mode: "HTML" }),
        logger,
      };
      const { answer: choice, pressed } = await reviewSummary(
        conversation,
        ctx,
        summary(tr, topics, answer),
        buttons.summary,
        parts,
        confirm,
        2,
      );
      if (choice.action === "cancel") {
        if (start.previous) await pressed.reply(pressed.t("survey-cancelled-kept"));
        return;
      }
      if (choice.action === "edit") {
        if (isStep(choice.part)) await ask(choice.part);
        continue;
      }
      if (choice.action === "refused") await pressed.reply(pressed.t(`error-${choice.code}`));
      return;
    }
  };
}
