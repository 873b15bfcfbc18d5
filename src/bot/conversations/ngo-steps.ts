import { plainNumber, solarHijriYear } from "../../domain/calendar.js";
import {
  checkAuthority,
  checkDescription,
  checkFoundedYear,
  checkMemberCount,
  checkName,
  checkRegistrationNumber,
  LIMITS,
} from "../../domain/ngo-rules.js";
import type { NgoDraft } from "../../domain/ngos.js";
import { registration as buttons } from "../callback-data/registration.js";
import type { BotConversation, ConversationContext } from "../context.js";
import type { AppServices } from "../deps.js";
import { askChoice, askMultiChoice, askOwnPhone, askText, namedChoices } from "./prompts.js";
import { askProvince } from "./province-choice.js";

export const NGO_STEPS = [
  "name",
  "registrationNumber",
  "registeringAuthority",
  "countyId",
  "fieldIds",
  "foundedYear",
  "memberCount",
  "isYouth",
  "contactPhone",
  "description",
] as const;
export type NgoStep = (typeof NGO_STEPS)[number];

export function isNgoStep(value: unknown): value is NgoStep {
  return (NGO_STEPS as readonly unknown[]).includes(value);
}

/**
 * Asks one field of an NGO's data and writes it into the draft. Reference data
 * and the clock are read through `conversation.external`, as replays require.
 * Through a province's bot (`botProvince`, its code) the NGO is of that province: its counties are offered without
 * asking for the province.
 */
export async function askNgoStep(
  step: NgoStep,
  conversation: BotConversation,
  ctx: ConversationContext,
  services: AppServices,
  draft: Partial<NgoDraft>,
  botProvince: string | undefined,
): Promise<void> {
  const t = ctx.t;
  switch (step) {
    case "name":
      draft.name = await askText(conversation, ctx, t("ask-name"), checkName);
      return;
    case "registrationNumber":
      draft.registrationNumber = await askText(conversation, ctx, t("ask-registration-number"), checkRegistrationNumber);
      return;
    case "registeringAuthority":
      draft.registeringAuthority = await askText(conversation, ctx, t("ask-authority"), checkAuthority);
      return;
    case "countyId": {
      const ofBot = botProvince
        ? await conversation.external(async () => (await services.reference.provinces()).find((p) => p.code === botProvince)?.id)
        : undefined;
      const provinceId = ofBot ?? (await askProvince(conversation, ctx, services, buttons.province, "with-counties")).id;
      const counties = await conversation.external(() => services.reference.counties(provinceId));
      const choices = namedChoices(counties, ctx.locale);
      draft.countyId = Number(await askChoice(conversation, ctx, t("ask-county"), buttons.county, choices));
      return;
    }
    case "fieldIds": {
      const fields = await conversation.external(() => services.reference.fields());
      const choices = namedChoices(fields, ctx.locale);
      const prompt = t("ask-fields", { max: LIMITS.fields.max });
      const chosen = await askMultiChoice(
        conversation,
        ctx,
        prompt,
        buttons.fields,
        choices,
        LIMITS.fields,
        (draft.fieldIds ?? []).map(String),
      );
      draft.fieldIds = chosen.map(Number);
      return;
    }
    case "foundedYear": {
      const year = await conversation.external(() => solarHijriYear(new Date()));
      draft.foundedYear = await askText(conversation, ctx, t("ask-founded", { max: plainNumber(year, ctx.locale) }), (text) =>
        checkFoundedYear(text, year, ctx.locale),
      );
      return;
    }
    case "memberCount":
      draft.memberCount = await askText(conversation, ctx, t("ask-members"), checkMemberCount);
      return;
    case "isYouth": {
      const choices = [
        { id: "yes", label: t("yes") },
        { id: "no", label: t("no") },
      ];
      draft.isYouth = (await askChoice(conversation, ctx, t("ask-youth"), buttons.youth, choices)) === "yes";
      return;
    }
    case "contactPhone":
      draft.contactPhone = await askOwnPhone(conversation, ctx, t("ask-phone"));
      return;
    case "description":
      draft.description = await askText(conversation, ctx, t("ask-description", { max: LIMITS.description.max }), checkDescription);
      return;
  }
}
