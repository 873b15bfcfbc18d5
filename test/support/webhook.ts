import type { Harness } from "./harness.js";

const SECRET = "a-long-enough-secret-123";
/** Webhook mode for startApp's `env`: updates come only as posts to the app's HTTP server. */
export const webhookEnv = { WEBHOOK_URL: "https://bot.example.org/telegram", WEBHOOK_SECRET: SECRET };

/**
 * A person talking to the bot only through webhook posts, each to the replica the test names; a post resolves with
 * the HTTP status once the replica has queued the update, before it is handled.
 */
export function webhookPerson(id: number) {
  let updateId = 900_000_000 + (id % 1_000_000) * 100;
  let messageId = 1;
  const from = { id, is_bot: false, first_name: "Replica", language_code: "en" };
  const chat = { id, type: "private", first_name: "Replica" };
  const post = (replica: Harness, update: object) =>
    fetch(`http://127.0.0.1:${replica.app.httpAddress()?.port}/telegram`, {
      method: "POST",
      body: JSON.stringify({ update_id: updateId++, ...update }),
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
    }).then((response) => response.status);
  return {
    send: (replica: Harness, text: string) =>
      post(replica, {
        message: {
          message_id: messageId++,
          date: Math.floor(Date.now() / 1000),
          chat,
          from,
          text,
          ...(text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]?.length }] } : {}),
        },
      }),
    press: (replica: Harness, data: string, onMessage: number) =>
      post(replica, {
        callback_query: {
          id: `${id}-${updateId}`,
          from,
          chat_instance: String(id),
          data,
          message: { message_id: onMessage, date: 0, chat, text: "" },
        },
      }),
  };
}
