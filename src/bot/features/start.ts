import { Composer, InlineKeyboard } from "grammy";
import { commandsFor } from "../commands.js";
import type { BotContext } from "../context.js";

/** /start without an invite, /help, and the main menu of buttons for what the person can do now. */
export function startFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("start", async (ctx) => {
    const { roles } = ctx.actor;
    const keyboard = new InlineKeyboard();
    if (!roles.leads) keyboard.text(ctx.t("menu-register"), "menu:register").row();
    if (roles.leads) keyboard.text(ctx.t("menu-my-ngo"), "menu:profile").text(ctx.t("menu-members"), "members:list").row();
    if (roles.leads?.status === "VERIFIED")
      keyboard
        .text(ctx.t("menu-invite"), "menu:invite")
        .text(ctx.t("menu-partners"), "menu:partners")
        .row()
        .text(ctx.t("menu-survey"), "menu:survey")
        .row();
    if (roles.leads?.status === "VERIFIED" || roles.memberOf.length || roles.official || roles.superadmin)
      keyboard.text(ctx.t("menu-directory"), "menu:directory").text(ctx.t("menu-meetings"), "menu:meetings").row();
    if (roles.official || roles.superadmin)
      keyboard
        .text(ctx.t("menu-pending"), "menu:pending")
        .text(ctx.t("menu-needs"), "menu:needs")
        .row()
        .text(ctx.t("menu-broadcasts"), "menu:broadcasts")
        .row();
    if (roles.superadmin) keyboard.text(ctx.t("menu-officials"), "menu:officials").row();
    if (!roles.leads) keyboard.text(ctx.t("menu-profile"), "menu:profile");
    keyboard.text(ctx.t("menu-language"), "menu:language").text(ctx.t("menu-help"), "menu:help");
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
  composer.callbackQuery("menu:help", async (ctx) => {
    await ctx.answerCallbackQuery();
    await help(ctx);
  });

  // The Cancel button under any confirmation question.
  composer.callbackQuery("action:cancel", async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("cancelled"));
  });

  return composer;
}
