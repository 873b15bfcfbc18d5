import { Composer, InlineKeyboard } from "grammy";
import type { DirectoryFilter } from "../../domain/directory.js";
import { DomainError } from "../../domain/errors.js";
import { coversCounty } from "../../domain/people.js";
import { nameIn } from "../../domain/reference.js";
import { actorOf, tr } from "../actor.js";
import type { BotContext } from "../context.js";
import { DIRECTORY_SEARCH } from "../conversations/directory-search.js";
import type { BotDeps } from "../deps.js";
import { escapeHtml, leaderLink, ngoCard } from "../format.js";
import { tellPresser } from "../middleware/callback-answers.js";
import { checkSearch, recallQuery, rememberQuery, resultsMessage } from "../search-results.js";

/**
 * /directory (the House of NGOs): verified NGOs by county, field of activity
 * or name, a card for each, and a contact button that works where the
 * leader allowed it. Who may browse is checked by the service on every press.
 */
export function directoryFeature({ services, redis }: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const { directory, reference } = services;

  const refuse = async (ctx: BotContext, error: unknown) => {
    if (!(error instanceof DomainError)) throw error;
    const text = ctx.t(error.code === "forbidden" ? "directory-forbidden" : `error-${error.code}`);
    await tellPresser(ctx, text);
  };

  /** Shows results: in place of the pressed message, or as a new message for a typed search. */
  const show = async (ctx: BotContext, filter: DirectoryFilter, page: number, pageData: (page: number) => string) => {
    try {
      const result = await directory.search(actorOf(ctx), filter, page);
      const { text, keyboard } = resultsMessage(ctx.t, ctx.actor.locale, result, pageData);
      if (ctx.callbackQuery) {
        await ctx.answerCallbackQuery();
        await ctx.editMessageText(text, { reply_markup: keyboard });
      } else {
        await ctx.reply(text, { reply_markup: keyboard });
      }
    } catch (error) {
      await refuse(ctx, error);
    }
  };

  const open = async (ctx: BotContext) => {
    if (!(await directory.mayBrowse(actorOf(ctx)))) return refuse(ctx, new DomainError("forbidden"));
    // "/directory <part of a name>" searches at once.
    const typed = ctx.callbackQuery ? "" : String(ctx.match ?? "").trim();
    if (typed) {
      const checked = checkSearch(typed);
      if (!checked.ok) return ctx.reply(ctx.t(checked.error, checked.vars));
      const name = checked.value;
      const token = await rememberQuery(redis, name);
      return show(ctx, { name }, 0, (page) => `dir:q:${token}:${page}`);
    }
    const keyboard = new InlineKeyboard()
      .text(ctx.t("button-dir-county"), "dir:counties")
      .text(ctx.t("button-dir-field"), "dir:fields")
      .row()
      .text(ctx.t("button-dir-name"), "dir:name")
      .text(ctx.t("button-dir-all"), "dir:all:0");
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("directory-intro"), { parse_mode: "HTML", reply_markup: keyboard });
  };
  composer.command("directory", open);
  composer.callbackQuery("menu:directory", open);

  /** Counties or fields as buttons, two a row, each opening the first page of its NGOs. */
  const pick = async (
    ctx: BotContext,
    prompt: string,
    items: { id: number; nameFa: string; nameEn: string; nameAz: string }[],
    filter: "c" | "f",
  ) => {
    const keyboard = new InlineKeyboard();
    items.forEach((item, i) => {
      keyboard.text(nameIn(item, ctx.actor.locale), `dir:${filter}:${item.id}:0`);
      if (i % 2 === 1) keyboard.row();
    });
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t(prompt), { reply_markup: keyboard });
  };
  composer.callbackQuery("dir:counties", async (ctx) => pick(ctx, "directory-choose-county", await reference.counties(), "c"));
  composer.callbackQuery("dir:fields", async (ctx) => pick(ctx, "directory-choose-field", await reference.fields(), "f"));
  composer.callbackQuery("dir:name", async (ctx) => {
    if (!(await directory.mayBrowse(actorOf(ctx)))) return refuse(ctx, new DomainError("forbidden"));
    await ctx.answerCallbackQuery();
    await ctx.conversation.enter(DIRECTORY_SEARCH);
  });

  composer.callbackQuery(/^dir:all:(\d+)$/, (ctx) => show(ctx, {}, Number(ctx.match[1]), (page) => `dir:all:${page}`));
  composer.callbackQuery(/^dir:c:(\d+):(\d+)$/, (ctx) => {
    const countyId = Number(ctx.match[1]);
    return show(ctx, { countyId }, Number(ctx.match[2]), (page) => `dir:c:${countyId}:${page}`);
  });
  composer.callbackQuery(/^dir:f:(\d+):(\d+)$/, (ctx) => {
    const fieldId = Number(ctx.match[1]);
    return show(ctx, { fieldId }, Number(ctx.match[2]), (page) => `dir:f:${fieldId}:${page}`);
  });
  composer.callbackQuery(/^dir:q:([\w-]+):(\d+)$/, async (ctx) => {
    const token = ctx.match[1] ?? "";
    const name = await recallQuery(redis, token);
    if (!name) return ctx.answerCallbackQuery({ text: ctx.t("directory-expired"), show_alert: true });
    await show(ctx, { name }, Number(ctx.match[2]), (page) => `dir:q:${token}:${page}`);
  });

  composer.callbackQuery(/^dir:ngo:(\w+)$/, async (ctx) => {
    try {
      const ngo = await directory.card(actorOf(ctx), ctx.match[1] ?? "");
      await ctx.answerCallbackQuery();
      // Phones are for the officials responsible for the NGO's county.
      await ctx.reply(ngoCard(tr(ctx), ngo, { showPhone: coversCounty(ctx.actor.roles, ngo.county), detail: "public" }), {
        parse_mode: "HTML",
        reply_markup: new InlineKeyboard().text(ctx.t("button-contact"), `dir:contact:${ngo.id}`),
      });
    } catch (error) {
      await refuse(ctx, error);
    }
  });

  composer.callbackQuery(/^dir:contact:(\w+)$/, async (ctx) => {
    try {
      const ngo = await directory.card(actorOf(ctx), ctx.match[1] ?? "");
      if (!ngo.allowContact || !ngo.leader) return ctx.answerCallbackQuery({ text: ctx.t("directory-contact-closed"), show_alert: true });
      await ctx.answerCallbackQuery();
      await ctx.reply(ctx.t("directory-contact", { name: escapeHtml(ngo.name), leader: leaderLink(ngo.leader) }), { parse_mode: "HTML" });
    } catch (error) {
      await refuse(ctx, error);
    }
  });

  return composer;
}
