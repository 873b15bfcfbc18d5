import type { I18n } from "@grammyjs/i18n";
import { Api, GrammyError } from "grammy";
import { commandsFor } from "../bot/commands.js";
import { escapeHtml } from "../bot/format.js";
import type { Config } from "../config.js";
import { DEFAULT_LOCALE } from "../domain/shared/locale.js";
import type { Logger } from "../logger.js";
import { adapterFor, type MessengerAdapter } from "../messengers/index.js";

/** One line of the doctor's report. */
export type Finding = { messenger: string; check: string; ok: boolean; detail: string };

/**
 * `npm run doctor`: checks, against each configured messenger, what the bot
 * assumes about it, so that the first deployment on Bale verifies the
 * assumptions instead of trusting them. Nothing is written to the database.
 */
export async function runDoctor(config: Config, i18n: I18n, logger: Logger): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const settings of config.bots) {
    const adapter = adapterFor(settings, logger);
    // Unconverted calls: the doctor wants to see what the messenger itself does with Telegram's form.
    const raw = new Api(settings.token, { apiRoot: settings.apiRoot });
    const note = (check: string, ok: boolean, detail: string) => findings.push({ messenger: adapter.settings.key, check, ok, detail });
    const attempt = async (check: string, run: () => Promise<string>) => {
      try {
        note(check, true, await run());
        return true;
      } catch (error) {
        note(check, false, error instanceof GrammyError ? `${error.error_code} ${error.description}` : String(error));
        return false;
      }
    };

    let username = "";
    const reachable = await attempt("getMe", async () => {
      const me = await raw.getMe();
      username = me.username;
      return `@${me.username} (${me.first_name})`;
    });
    if (!reachable) continue;

    await attempt("updates", async () => {
      const info = await raw.getWebhookInfo();
      const expected = config.webhook ? adapter.webhook(config.webhook).url : "";
      if (info.url === expected) return expected ? "webhook set as configured" : "no webhook: long polling works";
      throw new Error(
        expected ? "the webhook is not set yet (the bot sets it when it starts)" : "a webhook is set: the bot deletes it when it starts",
      );
    });

    const commands = commandsFor(undefined).map((command) => ({ command, description: i18n.t(DEFAULT_LOCALE, `cmd-${command}`) }));
    const menus = await attempt("setMyCommands", async () => {
      await raw.setMyCommands(commands, { scope: { type: "all_private_chats" } });
      return "accepted: command menus are set by the bot";
    });
    if (!menus && adapter.messenger === "BALE") {
      const last = findings.at(-1);
      if (last) last.detail += " (the bot goes on without; set the list in Bale's BotFather)";
    }

    for (const chatId of settings.adminIds) {
      await sendTestMessages(adapter, raw, i18n, Number(chatId), username, attempt);
    }
    if (settings.adminIds.size === 0) note("test message", false, "no superadmin configured to send it to");
  }
  return findings;
}

/**
 * A message with bold and a link, to each superadmin: as Telegram reads HTML, and, where the adapter changes the
 * form (Bale), also as the bot sends it. The person sees whether formatting renders.
 */
async function sendTestMessages(
  adapter: MessengerAdapter,
  raw: Api,
  i18n: I18n,
  chatId: number,
  username: string,
  attempt: (check: string, run: () => Promise<string>) => Promise<boolean>,
): Promise<void> {
  // The whole link is the value: Fluent isolates values (src/i18n.ts), and marks inside an href would be part of the address.
  const href = escapeHtml(adapter.deepLink(username, "doctor"));
  const link = `<a href="${href}">${i18n.t(DEFAULT_LOCALE, "doctor-test-link")}</a>`;
  const text = i18n.t(DEFAULT_LOCALE, "doctor-test-message", { link });
  await attempt(`test message to ${chatId} (parse_mode HTML)`, async () => {
    await raw.sendMessage(chatId, text, { parse_mode: "HTML" });
    return "sent: does it show bold and a link, or tags?";
  });
  if (adapter.transformers.length === 0) return;
  const converted = new Api(adapter.settings.token, { apiRoot: adapter.settings.apiRoot });
  converted.config.use(...adapter.transformers);
  await attempt(`test message to ${chatId} (as the bot sends it)`, async () => {
    await converted.sendMessage(chatId, text, { parse_mode: "HTML" });
    return "sent as plain text";
  });
}

export function formatFindings(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.ok ? "✓" : "✗"} ${f.messenger} ${f.check}: ${f.detail}`).join("\n");
}
