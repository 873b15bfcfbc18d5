import { InlineKeyboard } from "grammy";
import { isLocale, LOCALES } from "../../domain/shared/locale.js";
import { language } from "../callback-data/language.js";
import { menu } from "../callback-data/menu.js";
import { Composer } from "../composer.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

/** /language: each language named in itself; the choice is saved and the menu follows it. */
export function languageFeature({ services }: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  const offer = async (ctx: BotContext) => {
    const keyboard = new InlineKeyboard();
    for (const locale of LOCALES) keyboard.text(ctx.t(`language-name-${locale}`), language.choose.build({ locale }));
    await ctx.reply(ctx.t("language-choose"), { reply_markup: keyboard });
  };
  composer.command("language", offer);
  composer.callbackQuery(menu.language.filter, async (ctx) => {
    await ctx.answerCallbackQuery();
    await offer(ctx);
  });

  composer.callbackQuery(language.choose.filter, async (ctx) => {
    const { locale } = language.choose.unpack(ctx.match);
    if (!isLocale(locale)) return ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
    await services.people.setLocale(ctx.actor.person.id, locale);
    ctx.i18n.useLocale(locale);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("language-set"));
  });

  return composer;
}
