import type { TrainingPillar } from "@prisma/client";
import { checkTopicName, PILLARS } from "../../domain/needs/validators.js";
import { actorReader } from "../actor.js";
import { needs } from "../callback-data/needs.js";
import type { BotConversation, ConversationContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { escapeHtml } from "../format.js";
import { outcomeOf } from "./outcome.js";
import { askChoice, askOptionalText, askText, saveOrOfferAgain } from "./prompts.js";

const buttons = needs.newTopic;

export const NEEDS_TOPIC = "needs-topic";

/** An official adds a training topic: its pillar and its name in Persian, then (optionally) Azerbaijani and English. */
export function needsTopicConversation({ services, logger }: BotDeps) {
  return async function needsTopic(conversation: BotConversation, ctx: ConversationContext): Promise<void> {
    const actor = actorReader(services.people, ctx.personId);
    const choices = PILLARS.map((p) => ({ id: p, label: ctx.t(`pillar-${p}`) }));
    const pillar = (await askChoice(conversation, ctx, ctx.t("topic-ask-pillar"), buttons.pillar, choices, 1)) as TrainingPillar;
    const fa = await askText(conversation, ctx, ctx.t("topic-ask-fa"), checkTopicName);
    const az = await askOptionalText(conversation, ctx, ctx.t("topic-ask-az"), buttons.az, checkTopicName);
    const en = await askOptionalText(conversation, ctx, ctx.t("topic-ask-en"), buttons.en, checkTopicName);
    const added = await saveOrOfferAgain(conversation, ctx, buttons.again, logger, () =>
      outcomeOf(async () => services.needs.addTopic(await actor(), { pillar, fa, az, en })),
    );
    await ctx.reply(added.ok ? ctx.t("topic-added", { name: escapeHtml(fa) }) : ctx.t(`error-${added.code}`), { parse_mode: "HTML" });
  };
}
