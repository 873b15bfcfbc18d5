import { InlineKeyboard } from "grammy";
import { membership } from "../callback-data/membership.js";
import { menu } from "../callback-data/menu.js";
import { commandsFor } from "../commands.js";
import { Composer } from "../composer.js";
import type { BotContext } from "../context.js";

/** /start without an invite, /help, and the main menu of buttons for what the person can do now. */
export function startFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("start", async (ctx) => {
    const { roles } = ctx.actor;
    const keyboard = new InlineKeyboard();
    if (!roles.leads) keyboard.text(ctx.t("menu-register"), menu.register.build()).row();
    if (roles.leads)
      keyboard.text(ctx.t("menu-my-ngo"), menu.profile.build()).text(ctx.t("menu-members"), membership.members.build()).row();
    if (roles.leads?.status === "VERIFIED")
      keyboard
        .text(ctx.t("menu-invite"), menu.invite.build())
        .text(ctx.t("menu-partners"), menu.partners.build())
        .row()
        .text(ctx.t("menu-survey"), menu.survey.build())
        .row();
    if (roles.leads?.status === "VERIFIED" || roles.memberOf.length || roles.official || roles.superadmin)
      keyboard.text(ctx.t("menu-directory"), menu.directory.build()).text(ctx.t("menu-meetings"), menu.meetings.build()).row();
    if (roles.official || roles.superadmin)
      keyboard
        .text(ctx.t("menu-pending"), menu.pending.build())
        .text(ctx.t("menu-needs"), menu.needs.build())
        .row()
        .text(ctx.t("menu-broadcasts"), menu.broadcasts.build())
        .text(ctx.t("menu-dashboard"), menu.dashboard.build())
        .row();
    if (roles.superadmin) keyboard.text(ctx.t("menu-officials"), menu.officials.build()).row();
    if (!roles.leads) keyboard.text(ctx.t("menu-profile"), menu.profile.build());
    keyboard.text(ctx.t("menu-language"), menu.language.build()).text(ctx.t("menu-help"), menu.help.build());
    const role = roles.superadmin
      ? "superadmin"
      : roles.official
        ? "official"
        : roles.leads
          ? "leader"
          : roles.memberOf.length
            ? "member"
            : "visitor";
    await ctx.reply(`${ctx.t("start-greeting", { name: ctx.actor.person.firstName })}\n\n${ctx.t(`start-${role}`)}`, {
      reply_markup: keyboard,
    });
  });

  const help = async (ctx: BotContext) => {
    const lines = commandsFor(ctx.actor.roles).map((command) => `/${command} — ${ctx.t(`cmd-${command}`)}`);
    await ctx.reply(`${ctx.t("help-intro")}\n\n${lines.join("\n")}`);
  };
  composer.command("help", help);
  composer.callbackQuery(menu.help.filter, async (ctx) => {
    await ctx.answerCallbackQuery();
    await help(ctx);
  });

  // The Cancel button under any confirmation question.
  composer.callbackQuery(menu.cancel.filter, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("cancelled"));
  });

  return composer;
}
