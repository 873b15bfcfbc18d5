import { InlineKeyboard } from "grammy";
import type { DirectoryFilter } from "../../domain/directory.js";
import { DomainError } from "../../domain/errors.js";
import { coversCounty } from "../../domain/people.js";
import { actorOf, tr } from "../actor.js";
import { directory as buttons } from "../callback-data/directory.js";
import { menu } from "../callback-data/menu.js";
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
import { featureConversations } from "../conversations/install.js";
import type { BotDeps } from "../deps.js";
import { escapeHtml, leaderLink, ngoCard } from "../format.js";
import { checkSearch, recallQuery, rememberQuery, resultsMessage } from "../search-results.js";

/**
 * /directory (the House of NGOs): verified NGOs by county, field of activity
 * or name, a card for each, and a contact button that works where the
 * leader allowed it. Who may browse is checked by the service on every press.
 */
export function directoryFeature({ services, redis }: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const { directory } = services;
  const mayBrowse = async (ctx: BotContext) => {
    if (!(await directory.mayBrowse(actorOf(ctx)))) throw new DomainError("directory-closed");
  };

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
  const searchPages = (query: string) => (page: number) => buttons.search.build({ query, page });

  const open = async (ctx: BotContext) => {
    await mayBrowse(ctx);
    // "/directory <part of a name>" searches at once.
    const typed = ctx.callbackQuery ? "" : String(ctx.match ?? "").trim();
    if (typed) {
      const checked = checkSearch(typed);
      if (!checked.ok) return ctx.reply(ctx.t(checked.error, checked.vars));
      const name = checked.value;
      return show(ctx, { name }, 0, searchPages(await rememberQuery(redis, name)));
    }
    const keyboard = new InlineKeyboard()
      .text(ctx.t("button-dir-county"), buttons.counties.build())
      .text(ctx.t("button-dir-field"), buttons.fields.build())
      .row()
      .text(ctx.t("button-dir-name"), buttons.byName.build())
      .text(ctx.t("button-dir-all"), buttons.all.build({ page: 0 }));
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("directory-intro"), { parse_mode: "HTML", reply_markup: keyboard });
  };
  composer.command("directory", open);
  composer.callbackQuery(menu.directory.filter, open);

  /** Counties or fields are asked in a conversation, so a name typed instead of a press is understood. */
  const enter = (conversation: string) => async (ctx: BotContext) => {
    await mayBrowse(ctx);
    await ctx.answerCallbackQuery();
    await ctx.conversation.enter(conversation);
  };
  composer.callbackQuery(buttons.counties.filter, enter(DIRECTORY_BY_COUNTY));
  composer.callbackQuery(buttons.fields.filter, enter(DIRECTORY_BY_FIELD));
  composer.callbackQuery(buttons.byName.filter, enter(DIRECTORY_SEARCH));

  composer.callbackQuery(buttons.all.filter, (ctx) =>
    show(ctx, {}, buttons.all.unpack(ctx.match).page, (page) => buttons.all.build({ page })),
  );
  composer.callbackQuery(buttons.county.filter, (ctx) => {
    const { county, page } = buttons.county.unpack(ctx.match);
    return show(ctx, { countyId: county }, page, (to) => buttons.county.build({ county, page: to }));
  });
  composer.callbackQuery(buttons.field.filter, (ctx) => {
    const { field, page } = buttons.field.unpack(ctx.match);
    return show(ctx, { fieldId: field }, page, (to) => buttons.field.build({ field, page: to }));
  });
  composer.callbackQuery(buttons.search.filter, async (ctx) => {
    const { query, page } = buttons.search.unpack(ctx.match);
    const name = await recallQuery(redis, query);
    if (!name) return ctx.answerCallbackQuery({ text: ctx.t("directory-expired"), show_alert: true });
    await show(ctx, { name }, page, searchPages(query));
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
export function directoryConversations(deps: BotDeps): Composer<BotContext> {
  return featureConversations(deps, {
    [DIRECTORY_SEARCH]: directorySearchConversation(deps),
    [DIRECTORY_BY_COUNTY]: directoryByCountyConversation(deps),
    [DIRECTORY_BY_FIELD]: directoryByFieldConversation(deps),
  });
}
