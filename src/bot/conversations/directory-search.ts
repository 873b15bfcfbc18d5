import type { DirectoryFilter } from "../../domain/directory.js";
import { actorReader } from "../actor.js";
import { directory } from "../callback-data/directory.js";
import type { BotConversation, ConversationContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { provinceData, provinceFrom } from "../province-picker.js";
import { checkSearch, rememberQuery, resultsMessage } from "../search-results.js";
import { outcomeOf } from "./outcome.js";
import { askChoice, askText, namedChoices } from "./prompts.js";
import { chooseProvince } from "./province-choice.js";

export const DIRECTORY_SEARCH = "directory-search";
export const DIRECTORY_BY_COUNTY = "directory-by-county";
export const DIRECTORY_BY_FIELD = "directory-by-field";

/** Sends the first page of the NGOs `filter` finds, with page buttons handled by the directory feature. */
async function showFirstPage(
  { services, redis }: BotDeps,
  conversation: BotConversation,
  ctx: ConversationContext,
  filter: DirectoryFilter,
): Promise<void> {
  const actor = actorReader(services.people, ctx.personId);
  // Rendered inside `external`, so what is stored for replays is plain text and buttons.
  const message = await conversation.external(() =>
    outcomeOf(async () => {
      const result = await services.directory.search(await actor(), filter, 0);
      const pageData = await pagesOf(filter);
      const { text, keyboard } = resultsMessage(ctx.t, ctx.locale, result, pageData);
      return { text, buttons: keyboard.inline_keyboard };
    }),
  );
  if (!message.ok) await ctx.reply(ctx.t(`error-${message.code}`));
  else await ctx.reply(message.value.text, { reply_markup: { inline_keyboard: message.value.buttons } });

  async function pagesOf({ name, countyId, fieldId, province }: DirectoryFilter): Promise<(page: number) => string> {
    const within = provinceData(province);
    if (name !== undefined) {
      const query = await rememberQuery(redis, name);
      return (page) => directory.search.build({ query, province: within, page });
    }
    if (countyId !== undefined) return (page) => directory.county.build({ county: countyId, page });
    if (fieldId !== undefined) return (page) => directory.field.build({ field: fieldId, province: within, page });
    return (page) => directory.all.build({ province: within, page });
  }
}

/** Asks for part of a name and shows the first page of matching NGOs of the province (0: every one browsed). */
export function directorySearchConversation(deps: BotDeps) {
  return async function directorySearch(conversation: BotConversation, ctx: ConversationContext, province: number): Promise<void> {
    const name = await askText(conversation, ctx, ctx.t("directory-ask-name"), checkSearch);
    await showFirstPage(deps, conversation, ctx, { name, province: provinceFrom(province) });
  };
}

/**
 * Offers the counties of the province as buttons, or typed by name in any spelling, and shows the chosen county's
 * NGOs. A county is always of one province: with every province browsed (0) and several of them, the province first.
 */
export function directoryByCountyConversation(deps: BotDeps) {
  const { services } = deps;
  return async function directoryByCounty(conversation: BotConversation, ctx: ConversationContext, province: number): Promise<void> {
    const actor = actorReader(services.people, ctx.personId);
    const provinces = await conversation.external(() =>
      outcomeOf(async () => services.directory.provinces(await actor(), provinceFrom(province))),
    );
    if (!provinces.ok) {
      await ctx.reply(ctx.t(`error-${provinces.code}`));
      return;
    }
    const chosen = await chooseProvince(conversation, ctx, directory.pickProvince, provinces.value);
    const counties = await conversation.external(() => services.reference.counties(chosen.id));
    const choices = namedChoices(counties, ctx.locale);
    const county = await askChoice(conversation, ctx, ctx.t("directory-choose-county"), directory.pickCounty, choices);
    await showFirstPage(deps, conversation, ctx, { countyId: Number(county) });
  };
}

/** Offers the fields of activity as buttons, or typed by name, and shows the chosen field's NGOs of the province (0: every one browsed). */
export function directoryByFieldConversation(deps: BotDeps) {
  return async function directoryByField(conversation: BotConversation, ctx: ConversationContext, province: number): Promise<void> {
    const fields = await conversation.external(() => deps.services.reference.fields());
    const choices = namedChoices(fields, ctx.locale);
    const field = await askChoice(conversation, ctx, ctx.t("directory-choose-field"), directory.pickField, choices);
    await showFirstPage(deps, conversation, ctx, { fieldId: Number(field), province: provinceFrom(province) });
  };
}
