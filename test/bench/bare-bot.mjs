/**
 * The framework's own ceiling for bench:rsvp: a bare grammY bot on @grammyjs/runner,
 * with the runner's defaults, that only answers each button press. Plain JavaScript,
 * run with `node`, so nothing but grammY and the runner is loaded.
 */
import { run } from "@grammyjs/runner";
import { Bot, HttpError } from "grammy";

const bot = new Bot(process.env.BOT_TOKEN ?? "", { client: { apiRoot: process.env.BOT_API_ROOT } });
bot.on("callback_query:data", async (ctx) => {
  const answer = () => ctx.answerCallbackQuery({ text: "✅" });
  // A kept-alive connection the fake closed just then: the answer never arrived, so it goes again.
  await answer().catch((error) => (error instanceof HttpError ? answer() : Promise.reject(error)));
});
bot.catch((error) => console.error(`bare bot: ${error.message}`));
await bot.init();
await bot.api.deleteWebhook();
const runner = run(bot, { runner: { fetch: { allowed_updates: ["callback_query"] } } });
process.once("SIGTERM", () => {
  runner.stop().then(() => process.exit(0));
});
