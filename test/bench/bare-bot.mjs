/**
 * The framework's own ceiling for bench:rsvp: a bare grammY bot on @grammyjs/runner,
 * with the runner's defaults, that only answers each button press. Plain JavaScript,
 * run with `node`, so nothing but grammY and the runner is loaded.
 */
import { run } from "@grammyjs/runner";
import { Bot } from "grammy";

const bot = new Bot(process.env.BOT_TOKEN ?? "", { client: { apiRoot: process.env.BOT_API_ROOT } });
bot.on("callback_query:data", (ctx) => ctx.answerCallbackQuery({ text: "✅" }));
await bot.init();
await bot.api.deleteWebhook();
const runner = run(bot, { runner: { fetch: { allowed_updates: ["callback_query"] } } });
process.once("SIGTERM", () => {
  runner.stop().then(() => process.exit(0));
});
