import { InlineKeyboard } from "grammy";
import type { DirectoryFilter } from "../../domain/directory.js";
import { DomainError } from "../../domain/errors.js";
import { coversCounty } from "../../domain/people.js";
import { nameIn } from "../../domain/reference.js";
import { actorOf, tr } from "../actor.js";
import { directory as buttons } from "../callback-data/directory.js";
import { menu } from "../callback-data/menu.js";
import { ALL_PROVINCES, provinces as provinceButtons } from "../callback-data/provinces.js";
import { Composer } from "../composer.js";
import type { BotContext } from "../context.js";
import {
  DIRECTORY_BY_COUNTY,
  DIRECTORY_BY_FIELD,
  DIRECTORY_SEARCH,
  directoryByCountyConversation,
  directoryByFieldConversation,
  directorySearchConversation,
} from "../conversations/directory-search.js";
import type { FeatureConversations } from "../conversations/install.js";
import type { BotDeps } from "../deps.js";
import { escapeHtml, leaderLink, ngoCard } from "../format.js";
import { askProvinceOrAll, provinceData, provinceFrom } from "../province-picker.js";
import { checkSearch, recallQuery, rememberQuery, resultsMessage } from "../search-results.js";

/**
 * /directory (the House of NGOs): verified NGOs by county, field of activity
 * or name, a card for each, and a contact button that works where the
 * leader allowed it. Who may browse is checked on every press, and the province browsed by the service: people of
 * one province browse theirs; superadmins, national officials and people of several provinces pick one or all first.
 */
export function directoryFeature({ services, redis }: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const { directory } = services;

  /** Shows results: in place of the pressed message, or as a new message for a typed search. */
  const show = async (ctx: BotContext, filter: DirectoryFilter, page: number, pageData: (page: number) => string) => {
    const result = await directory.search(actorOf(ctx), filter, page);
    const { text, keyboard } = resultsMessage(ctx.t, ctx.actor.locale, result, pageData);
    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(text, { reply_markup: keyboard });
    } else {
      await ctx.reply(text, { reply_markup: keyboard });
    }
  };
  const searchPages = (query: string, province: number) => (page: number) => buttons.search.build({ query, province, page });

  /** The directory's questions within the province chosen; `intro` says which, when the person was asked. */
  const menuOf = async (ctx: BotContext, province: number, intro: string) => {
    const keyboard = new InlineKeyboard()
      .text(ctx.t("button-dir-county"), buttons.counties.build({ province }))
      .text(ctx.t("button-dir-field"), buttons.fields.build({ province }))
      .row()
      .text(ctx.t("button-dir-name"), buttons.byName.build({ province }))
      .text(ctx.t("button-dir-all"), buttons.all.build({ province, page: 0 }));
    await ctx.reply(intro, { parse_mode: "HTML", reply_markup: keyboard });
  };

  const open = async (ctx: BotContext) => {
    const actor = actorOf(ctx);
    // "/directory <part of a name>" searches at once, in every province the person browses.
    const typed = ctx.callbackQuery ? "" : String(ctx.match ?? "").trim();
    if (typed) {
      // Whoever may not browse hears so, not what is wrong with what they typed.
      if (!(await directory.mayBrowse(actor))) throw new DomainError("directory-closed");
      const checked = checkSearch(typed);
      if (!checked.ok) return ctx.reply(ctx.t(checked.error, checked.vars));
      const name = checked.value;
      return show(ctx, { name }, 0, searchPages(await rememberQuery(redis, name), ALL_PROVINCES));
    }
    // Those who browse several provinces pick one (or all) first; anyone else browses their own. The service refuses
    // whoever may not browse, before the press is answered, so its refusal is the answer.
    const provinces = await directory.provincesToPick(actor);
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    if (provinces.length > 0) return askProvinceOrAll(ctx, "directory", provinces);
    await menuOf(ctx, ALL_PROVINCES, ctx.t("directory-intro"));
  };
  composer.command("directory", open);
  composer.callbackQuery(menu.directory.filter, open);

  const pickProvince = provinceButtons.pick.with({ report: "directory" });
  composer.callbackQuery(pickProvince.filter, async (ctx) => {
    const province = provinceFrom(pickProvince.unpack(ctx.match).province);
    // Checked before the press is answered, so a forged province's refusal is its answer.
    const [chosen] = await directory.provinces(actorOf(ctx), province);
    if (province !== undefined && !chosen) throw new DomainError("not-found");
    await ctx.answerCallbackQuery();
    const intro =
      chosen && province !== undefined
        ? ctx.t("directory-intro-province", { province: escapeHtml(nameIn(chosen, ctx.actor.locale)) })
        : ctx.t("directory-intro-all");
    await menuOf(ctx, provinceData(province), intro);
  });

  /** Counties or fields are asked in a conversation, so a name typed instead of a press is understood. */
  const enter = (conversation: string, button: typeof buttons.counties) => async (ctx: BotContext) => {
    const { province } = button.unpack(ctx.match ?? undefined);
    await directory.provinces(actorOf(ctx), provinceFrom(province));
    await ctx.answerCallbackQuery();
    await ctx.conversation.enter(conversation, province);
  };
  composer.callbackQuery(buttons.counties.filter, enter(DIRECTORY_BY_COUNTY, buttons.counties));
  composer.callbackQuery(buttons.fields.filter, enter(DIRECTORY_BY_FIELD, buttons.fields));
  composer.callbackQuery(buttons.byName.filter, enter(DIRECTORY_SEARCH, buttons.byName));

  composer.callbackQuery(buttons.all.filter, (ctx) => {
    const { province, page } = buttons.all.unpack(ctx.match);
    return show(ctx, { province: provinceFrom(province) }, page, (to) => buttons.all.build({ province, page: to }));
  });
  composer.callbackQuery(buttons.county.filter, (ctx) => {
    const { county, page } = buttons.county.unpack(ctx.match);
    return show(ctx, { countyId: county }, page, (to) => buttons.county.build({ county, page: to }));
  });
  composer.callbackQuery(buttons.field.filter, (ctx) => {
    const { field, province, page } = buttons.field.unpack(ctx.match);
    return show(ctx, { fieldId: field, province: provinceFrom(province) }, page, (to) =>
      buttons.field.build({ field, province, page: to }),
    );
  });
  composer.callbackQuery(buttons.search.filter, async (ctx) => {
    const { query, province, page } = buttons.search.unpack(ctx.match);
    const name = await recallQuery(redis, query);
    if (!name) return ctx.answerCallbackQuery({ text: ctx.t("directory-expired"), show_alert: true });
    await show(ctx, { name, province: provinceFrom(province) }, page, searchPages(query, province));
  });

  composer.callbackQuery(buttons.ngo.filter, async (ctx) => {
    const ngo = await directory.card(actorOf(ctx), buttons.ngo.unpack(ctx.match).ngo);
    await ctx.answerCallbackQuery();
    // Phones are for the officials responsible for the NGO's county.
    await ctx.reply(ngoCard(tr(ctx), ngo, { showPhone: coversCounty(ctx.actor.roles, ngo.county), detail: "public" }), {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text(ctx.t("button-contact"), buttons.contact.build({ ngo: ngo.id })),
    });
  });

  composer.callbackQuery(buttons.contact.filter, async (ctx) => {
    const ngo = await directory.card(actorOf(ctx), buttons.contact.unpack(ctx.match).ngo);
    if (!ngo.allowContact || !ngo.leader) return ctx.answerCallbackQuery({ text: ctx.t("directory-contact-closed"), show_alert: true });
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("directory-contact", { name: escapeHtml(ngo.name), leader: leaderLink(ngo.leader) }), { parse_mode: "HTML" });
  });

  return composer;
}

/** Searching by part of a name, and choosing a county or a field by press or by name. */
export function directoryConversations(deps: BotDeps): FeatureConversations {
  return {
    [DIRECTORY_SEARCH]: directorySearchConversation(deps),
    [DIRECTORY_BY_COUNTY]: directoryByCountyConversation(deps),
    [DIRECTORY_BY_FIELD]: directoryByFieldConversation(deps),
  };
}
