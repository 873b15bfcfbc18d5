import { InlineKeyboard } from "grammy";
import { DashboardSessions } from "../../dashboard/sessions.js";
import { actorOf } from "../actor.js";
import { menu } from "../callback-data/menu.js";
import { Composer } from "../composer.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { officialsOnly } from "../filters.js";

/**
 * /dashboard (and 📊 in the /start menu) gives an official a one-time
 * sign-in link to the web dashboard, and a Mini App button where the
 * dashboard is served over https (Telegram and Bale open Mini Apps only
 * there). On Bale the Mini App's address says so, for the page to have its
 * initData checked with the Bale bot's token.
 * /dashboard_logout ends every dashboard session of the person.
 */
export function dashboardFeature({ config, redis, messenger }: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const sessions = new DashboardSessions(redis);
  const miniApp = `${config.dashboardUrl}/app${messenger.messenger === "BALE" ? "?messenger=bale" : ""}`;

  const open = async (ctx: BotContext) => {
    if (!config.dashboardUrl) return ctx.reply(ctx.t("dashboard-not-set-up"));
    const token = await sessions.issueLink(actorOf(ctx).id);
    const keyboard = new InlineKeyboard().url(ctx.t("button-dashboard-browser"), `${config.dashboardUrl}/sign-in?token=${token}`);
    if (config.dashboardUrl.startsWith("https://")) keyboard.row().webApp(ctx.t("button-dashboard-mini-app"), miniApp);
    await ctx.reply(ctx.t("dashboard-link-message"), { parse_mode: "HTML", reply_markup: keyboard });
  };
  composer.command("dashboard").filter(officialsOnly, open);
  composer.callbackQuery(menu.dashboard.filter).filter(officialsOnly, async (ctx) => {
    await ctx.answerCallbackQuery();
    await open(ctx);
  });

  composer.command("dashboard_logout").filter(officialsOnly, async (ctx) => {
    const count = await sessions.endAllOf(actorOf(ctx).id);
    await ctx.reply(ctx.t("dashboard-logged-out", { count }));
  });

  return composer;
}
