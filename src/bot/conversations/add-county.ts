import type { CountyNames } from "../../domain/county-file.js";
import { sameName } from "../../domain/county-file.js";
import { checkCountyName, nameIn } from "../../domain/reference.js";
import { refuse } from "../../domain/shared/validation.js";
import { actorReader } from "../actor.js";
import { counties as buttons } from "../callback-data/counties.js";
import type { BotConversation, ConversationContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { outcomeOf } from "./outcome.js";
import { askMultiChoice, askText, namedChoices, saveOrOfferAgain } from "./prompts.js";
import { askProvince } from "./province-choice.js";

export const ADD_COUNTY = "add-county";

/**
 * A superadmin adds a county: its province (any of them, pressed or typed), its name in
 * Persian, Azerbaijani and English (each refused when the province has a county of that
 * name), and the counties it borders, if any.
 */
export function addCountyConversation({ services, logger }: BotDeps) {
  return async function addCounty(conversation: BotConversation, ctx: ConversationContext): Promise<void> {
    const actor = actorReader(services.people, ctx.personId);
    const province = await askProvince(conversation, ctx, services, buttons.adding.province, "all");
    const existing = await conversation.external(() => services.reference.counties(province.id));
    const others = existing.map((c) => ({ fa: c.nameFa, az: c.nameAz, en: c.nameEn }));
    const name = {} as CountyNames;
    for (const language of ["fa", "az", "en"] as const) {
      name[language] = await askText(conversation, ctx, ctx.t(`county-ask-name-${language}`), (text) => {
        const checked = checkCountyName(text);
        if (!checked.ok) return checked;
        const clash = sameName({ fa: checked.value, az: checked.value, en: checked.value }, others);
        return clash ? refuse("error-county-name-taken", { name: clash.name }) : checked;
      });
    }
    const neighbourIds =
      existing.length === 0
        ? []
        : (
            await askMultiChoice(
              conversation,
              ctx,
              ctx.t("county-ask-neighbours"),
              buttons.adding.neighbours,
              namedChoices(existing, ctx.locale),
              {
                min: 0,
                max: existing.length,
              },
            )
          ).map(Number);

    const added = await saveOrOfferAgain(conversation, ctx, buttons.adding.again, logger, () =>
      outcomeOf(async () => {
        const county = await services.reference.addCounty(await actor(), { provinceId: province.id, name, neighbourIds });
        return { nameFa: county.nameFa, nameAz: county.nameAz, nameEn: county.nameEn };
      }),
    );
    await ctx.reply(
      added.ok
        ? ctx.t("county-added", { county: nameIn(added.value, ctx.locale), province: nameIn(province, ctx.locale) })
        : ctx.t(`error-${added.code}`, { name: name[ctx.locale] }),
      { parse_mode: "HTML" },
    );
  };
}
