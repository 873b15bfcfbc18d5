import { InlineKeyboard } from "grammy";
import { plainNumber } from "../../domain/calendar.js";
import { nameIn } from "../../domain/reference.js";
import { actorOf, tr } from "../actor.js";
import { menu } from "../callback-data/menu.js";
import { officials as buttons } from "../callback-data/officials.js";
import { Composer } from "../composer.js";
import type { BotContext } from "../context.js";
import { GRANT_OFFICIAL, grantOfficialConversation } from "../conversations/grant-official.js";
import type { FeatureConversations } from "../conversations/install.js";
import type { BotDeps } from "../deps.js";
import { superadminsOnly } from "../filters.js";
import { displayName, fitToMessage, isolate, personName } from "../format.js";

/** Superadmins list officials, add one (guided) and revoke one (confirmed). */
export function officialsFeature({ services }: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  const list = async (ctx: BotContext) => {
    const officials = await services.officials.list(actorOf(ctx));
    const keyboard = new InlineKeyboard().text(ctx.t("button-add-official"), buttons.add.build()).row();
    const lines = officials.map((o, i) => {
      keyboard.text(`✖ ${isolate(displayName(o.person))}`, buttons.revoke.build({ person: o.personId })).row();
      const scope = o.county
        ? nameIn(o.county, ctx.actor.locale)
        : o.province
          ? ctx.t("scope-province", { province: nameIn(o.province, ctx.actor.locale) })
          : ctx.t("scope-national");
      return `${plainNumber(i + 1, ctx.actor.locale)}. ${isolate(personName(o.person))} — ${isolate(scope)}`;
    });
    const text = lines.length ? `${ctx.t("officials-list")}\n\n${fitToMessage(lines, tr(ctx)).join("\n")}` : ctx.t("officials-none");
    await ctx.reply(text, { parse_mode: "HTML", reply_markup: keyboard });
  };
  composer.command("officials").filter(superadminsOnly, list);
  composer.callbackQuery(menu.officials.filter).filter(superadminsOnly, async (ctx) => {
    await ctx.answerCallbackQuery();
    await list(ctx);
  });

  composer.callbackQuery(buttons.add.filter).filter(superadminsOnly, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.conversation.enter(GRANT_OFFICIAL);
  });

  composer.callbackQuery(buttons.revoke.filter).filter(superadminsOnly, async (ctx) => {
    await ctx.answerCallbackQuery();
    const keyboard = new InlineKeyboard()
      .text(ctx.t("button-yes-sure"), buttons.revokeConfirmed.build(buttons.revoke.unpack(ctx.match)))
      .text(ctx.t("button-cancel"), menu.cancel.build());
    await ctx.reply(ctx.t("confirm-revoke"), { reply_markup: keyboard });
  });

  // The service checks the superadmin again.
  composer.callbackQuery(buttons.revokeConfirmed.filter, async (ctx) => {
    const official = await services.officials.revoke(actorOf(ctx), buttons.revokeConfirmed.unpack(ctx.match).person);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("official-revoked-done", { name: personName(official.person) }), { parse_mode: "HTML" });
  });

  return composer;
}

/** Adding an official. */
export function officialsConversations(deps: BotDeps): FeatureConversations {
  return { [GRANT_OFFICIAL]: grantOfficialConversation(deps) };
}
