import { InlineKeyboard } from "grammy";
import { LIMITS } from "../../domain/ngo-rules.js";
import { tr } from "../actor.js";
import { menu } from "../callback-data/menu.js";
import { profile } from "../callback-data/profile.js";
import { Composer } from "../composer.js";
import type { BotContext } from "../context.js";
import type { FeatureConversations } from "../conversations/install.js";
import { NGO_EDIT, ngoEditConversation } from "../conversations/ngo-edit.js";
import type { BotDeps } from "../deps.js";
import { fitList, LIST_BUDGET, ngoCard, ngoStatusLine, personName, shown, username } from "../format.js";
import { editFieldsKeyboard } from "../keyboards/ngo-fields.js";

/** /profile: the leader's NGO with Edit per field, one's own data, and erasing it. */
export function profileFeature({ services }: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  const show = async (ctx: BotContext) => {
    const { person, locale } = ctx.actor;
    const translator = tr(ctx);
    const ngo = await services.ngos.ledBy(person.id);
    if (ngo) {
      const keyboard = editFieldsKeyboard(ctx.t, ngo.allowContact);
      await ctx.reply(`${ngoCard(translator, ngo, { showPhone: true })}\n\n${ngoStatusLine(translator, ngo)}`, {
        parse_mode: "HTML",
        reply_markup: keyboard,
      });
    }
    const memberships = await services.memberships.ngosOf(person.id);
    const lines = [
      ctx.t("profile-name", { value: personName(person) }),
      ctx.t("profile-language", { value: ctx.t(`language-name-${locale}`) }),
      ctx.t("profile-ngos", {
        value: memberships.length
          ? fitList(
              memberships.map((n) => shown(n.name, LIMITS.name.max)),
              LIST_BUDGET,
              translator,
            )
          : "—",
      }),
    ];
    if (person.username) lines.splice(1, 0, ctx.t("profile-username", { value: username(person.username) }));
    const keyboard = new InlineKeyboard()
      .text(ctx.t("menu-language"), menu.language.build())
      .row()
      .text(ctx.t("button-delete-me"), profile.erase.build());
    await ctx.reply(`${ctx.t("profile-title")}\n${lines.join("\n")}`, { parse_mode: "HTML", reply_markup: keyboard });
  };
  composer.command("profile", show);
  composer.callbackQuery(menu.profile.filter, async (ctx) => {
    await ctx.answerCallbackQuery();
    await show(ctx);
  });

  composer.callbackQuery(profile.edit.filter, async (ctx) => {
    if (!ctx.actor.roles.leads) return ctx.answerCallbackQuery({ text: ctx.t("error-not-leader") });
    await ctx.answerCallbackQuery();
    await ctx.conversation.enter(NGO_EDIT, profile.edit.unpack(ctx.match).step);
  });

  // Whether other NGOs may see how to reach the leader in the directory.
  composer.callbackQuery(profile.contact.filter, async (ctx) => {
    const current = await services.ngos.ledBy(ctx.actor.person.id);
    if (!current) return ctx.answerCallbackQuery({ text: ctx.t("error-not-leader") });
    const ngo = await services.ngos.setContactAllowed(ctx.actor.person.id, !current.allowContact);
    await ctx.answerCallbackQuery({ text: ctx.t(ngo.allowContact ? "contact-now-open" : "contact-now-closed"), show_alert: true });
    await ctx.editMessageReplyMarkup({
      reply_markup: editFieldsKeyboard(ctx.t, ngo.allowContact),
    });
  });

  composer.callbackQuery(profile.erase.filter, async (ctx) => {
    await ctx.answerCallbackQuery();
    const keyboard = new InlineKeyboard()
      .text(ctx.t("button-yes-delete"), profile.eraseConfirmed.build())
      .text(ctx.t("button-cancel"), menu.cancel.build());
    await ctx.reply(ctx.t("delete-confirm"), { reply_markup: keyboard });
  });

  composer.callbackQuery(profile.eraseConfirmed.filter, async (ctx) => {
    await services.people.deleteOwnData(ctx.actor.person.id);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("delete-done"));
  });

  return composer;
}

/** Editing one field of the leader's NGO. */
export function profileConversations(deps: BotDeps): FeatureConversations {
  return { [NGO_EDIT]: ngoEditConversation(deps) };
}
