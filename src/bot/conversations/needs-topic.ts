import type { TrainingPillar } from "@prisma/client";
import { DomainError } from "../../domain/errors.js";
import { checkTopicName, PILLARS } from "../../domain/needs/validators.js";
import type { BotConversation, ConversationContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { escapeHtml } from "../format.js";
import { askChoice, askOptionalText, askText, saveOrOfferAgain } from "./prompts.js";

export const NEEDS_TOPIC = "needs-topic";

/** An official adds a training topic: its pillar and its name in Persian, then (optionally) Azerbaijani and English. */
export function needsTopicConversation({ services, logger }: BotDeps) {
  return async function needsTopic(conversation: BotConversation, ctx: ConversationContext): Promise<void> {
    const actorId = BigInt(ctx.from?.id ?? 0);
    const choices = PILLARS.map((p) => ({ id: p, label: ctx.t(`pillar-${p}`) }));
    const pillar = (await askChoice(conversation, ctx, ctx.t("topic-ask-pillar"), "ntopic:pillar", choices, 1)) as TrainingPillar;
    const fa = await askText(conversation, ctx, ctx.t("topic-ask-fa"), checkTopicName);
    const az = await askOptionalText(conversation, ctx, ctx.t("topic-ask-az"), "ntopic:az", checkTopicName);
    const en = await askOptionalText(conversation, ctx, ctx.t("topic-ask-en"), "ntopic:en", checkTopicName);
    const outcome = await saveOrOfferAgain(conversation, ctx, "ntopic", logger, async () => {
      try {
        const found = await services.people.find(actorId);
        if (!found) return "forbidden";
        await services.needs.addTopic({ id: actorId, roles: found.roles }, { pillar, fa, az, en });
        return "ok";
      } catch (error) {
        if (error instanceof DomainError) return error.code;
        throw error;
      }
    });
    await ctx.reply(outcome === "ok" ? ctx.t("topic-added", { name: escapeHtml(fa) }) : ctx.t(`error-${outcome}`), { parse_mode: "HTML" });
  };
}
