import { Composer, InlineKeyboard } from "grammy";
import { DomainError } from "../../domain/errors.js";
import { nameIn } from "../../domain/reference.js";
import { actorOf, tr } from "../actor.js";
import type { BotContext } from "../context.js";
import { GRANT_OFFICIAL } from "../conversations/grant-official.js";
import type { BotDeps } from "../deps.js";
import { displayName, fitToMessage, personName } from "../format.js";

/** Superadmins list officials, add one (guided) and revoke one (confirmed). */
export function officialsFeature({ services }: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  const list = async (ctx: BotContext) => {
    if (!ctx.actor.roles.superadmin) return ctx.reply(ctx.t("error-forbidden"));
    const officials = await services.officials.list(actorOf(ctx));
    const keyboard = new InlineKeyboard().text(ctx.t("button-add-official"), "officials:add").row();
    const lines = officials.map((o, i) => {
      keyboard.text(`✖ ${displayName(o.person)}`, `officials:revoke:${o.personId}`).row();
      const scope = o.county
        ? nameIn(o.county, ctx.actor.locale)
        : ctx.t("scope-province", { province: nameIn(o.province, ctx.actor.locale) });
      return `${i + 1}. ${personName(o.person)} — ${scope}`;
    });
    const text = lines.length ? `${ctx.t("officials-list")}\n\n${fitToMessage(lines, tr(ctx)).join("\n")}` : ctx.t("officials-none");
    await ctx.reply(text, { parse_mode: "HTML", reply_markup: keyboard });
  };
  composer.command("officials", list);
  composer.callbackQuery("menu:officials", async (ctx) => {
    await ctx.answerCallbackQuery();
    await list(ctx);
  });

  composer.callbackQuery("officials:add", async (ctx) => {
    if (!ctx.actor.roles.superadmin) return ctx.answerCallbackQuery({ text: ctx.t("error-forbidden") });
    await ctx.answerCallbackQuery();
    await ctx.conversation.enter(GRANT_OFFICIAL);
  });

  composer.callbackQuery(/^officials:revoke:(\d+)$/, async (ctx) => {
    if (!ctx.actor.roles.superadmin) return ctx.answerCallbackQuery({ text: ctx.t("error-forbidden") });
    await ctx.answerCallbackQuery();
    const keyboard = new InlineKeyboard()
      .text(ctx.t("button-yes-sure"), `officials:revoke-yes:${ctx.match[1]}`)
      .text(ctx.t("button-cancel"), "action:cancel");
    await ctx.reply(ctx.t("confirm-revoke"), { reply_markup: keyboard });
  });

  composer.callbackQuery(/^officials:revoke-yes:(\d+)$/, async (ctx) => {
    const personId = BigInt(ctx.match[1] ?? "0");
    try {
      const official = await services.officials.revoke(actorOf(ctx), personId);
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(ctx.t("official-revoked-done", { name: personName(official.person) }), { parse_mode: "HTML" });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      await ctx.answerCallbackQuery({ text: ctx.t(`error-${error.code}`), show_alert: true });
    }
  });

  return composer;
}
