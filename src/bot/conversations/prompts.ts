import type { Filter } from "grammy";
import { InlineKeyboard, Keyboard } from "grammy";
import type { Message } from "grammy/types";
import type { Checked } from "../../domain/ngo-rules.js";
import type { BotConversation, ConversationContext } from "../context.js";

/**
 * Building blocks of guided conversations: each asks, waits, validates and
 * re-asks with a message in the person's language until the answer is usable.
 */

export type Choice = { id: string; label: string };

/**
 * What a person gets when they send something other than what the step
 * expects; a button of another message waits until this conversation ends.
 */
export async function explainExpected(ctx: ConversationContext, expected: "text" | "buttons" | "contact"): Promise<void> {
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery({ text: ctx.t("button-during-conversation"), show_alert: true });
    return;
  }
  await ctx.reply(ctx.t(`expected-${expected}`));
}

function isCommand(message: Message | undefined): boolean {
  return Boolean(message?.entities?.some((e) => e.type === "bot_command" && e.offset === 0));
}

/** Asks for typed text and returns it once `check` accepts it. */
export async function askText<T>(
  conversation: BotConversation,
  ctx: ConversationContext,
  prompt: string,
  check: (text: string) => Checked<T> | Promise<Checked<T>>,
): Promise<T> {
  await ctx.reply(prompt, { parse_mode: "HTML" });
  for (;;) {
    const answer = await conversation.waitFor("message:text", { otherwise: (c) => explainExpected(c, "text") });
    if (isCommand(answer.message)) {
      await answer.reply(answer.t("command-in-conversation"));
      continue;
    }
    if (answer.message.forward_origin) {
      await answer.reply(answer.t("expected-own-text"));
      continue;
    }
    const checked = await check(answer.message.text);
    if (checked.ok) return checked.value;
    await answer.reply(answer.t(checked.error, checked.vars));
  }
}

/** Offers buttons and returns the id of the one pressed; the message then shows the choice. */
export async function askChoice(
  conversation: BotConversation,
  ctx: ConversationContext,
  prompt: string,
  prefix: string,
  choices: Choice[],
  columns = 2,
): Promise<string> {
  const keyboard = new InlineKeyboard();
  choices.forEach((choice, i) => {
    keyboard.text(choice.label, `${prefix}:${choice.id}`);
    if ((i + 1) % columns === 0) keyboard.row();
  });
  await ctx.reply(prompt, { parse_mode: "HTML", reply_markup: keyboard });
  const pattern = new RegExp(`^${prefix}:(.+)$`);
  for (;;) {
    const pressed = await conversation.waitForCallbackQuery(pattern, { otherwise: (c) => explainExpected(c, "buttons") });
    const chosen = choices.find((c) => c.id === pressed.match[1]);
    if (!chosen) {
      await pressed.answerCallbackQuery({ text: pressed.t("stale-button") });
      continue;
    }
    await pressed.answerCallbackQuery();
    await pressed.editMessageText(`${prompt}\n\n✅ ${chosen.label}`, { parse_mode: "HTML" });
    return chosen.id;
  }
}

/** Toggle buttons with a check mark, and a Done button accepted once `min` are chosen. */
export async function askMultiChoice(
  conversation: BotConversation,
  ctx: ConversationContext,
  prompt: string,
  prefix: string,
  choices: Choice[],
  limits: { min: number; max: number },
  initial: string[] = [],
): Promise<string[]> {
  const chosen = new Set(initial);
  const keyboard = () => {
    const kb = new InlineKeyboard();
    choices.forEach((choice, i) => {
      kb.text(`${chosen.has(choice.id) ? "✅ " : ""}${choice.label}`, `${prefix}:${choice.id}`);
      if (i % 2 === 1) kb.row();
    });
    return kb.row().text(ctx.t("button-done", { count: chosen.size }), `${prefix}:done`);
  };
  await ctx.reply(prompt, { parse_mode: "HTML", reply_markup: keyboard() });
  const pattern = new RegExp(`^${prefix}:(.+)$`);
  for (;;) {
    const pressed = await conversation.waitForCallbackQuery(pattern, { otherwise: (c) => explainExpected(c, "buttons") });
    const id = pressed.match[1] ?? "";
    if (id === "done") {
      if (chosen.size < limits.min) {
        await pressed.answerCallbackQuery({ text: pressed.t("choose-at-least", { min: limits.min }), show_alert: true });
        continue;
      }
      await pressed.answerCallbackQuery();
      const labels = choices.filter((c) => chosen.has(c.id)).map((c) => c.label);
      await pressed.editMessageText(`${prompt}\n\n✅ ${labels.join(" · ")}`, { parse_mode: "HTML" });
      return choices.filter((c) => chosen.has(c.id)).map((c) => c.id);
    }
    if (!choices.some((c) => c.id === id)) {
      await pressed.answerCallbackQuery({ text: pressed.t("stale-button") });
      continue;
    }
    if (chosen.has(id)) chosen.delete(id);
    else if (chosen.size >= limits.max) {
      await pressed.answerCallbackQuery({ text: pressed.t("choose-at-most", { max: limits.max }), show_alert: true });
      continue;
    } else chosen.add(id);
    await pressed.answerCallbackQuery();
    await pressed.editMessageReplyMarkup({ reply_markup: keyboard() });
  }
}

/** Asks for the person's own phone through Telegram's share-contact button. */
export async function askOwnPhone(conversation: BotConversation, ctx: ConversationContext, prompt: string): Promise<string> {
  const keyboard = new Keyboard().requestContact(ctx.t("button-share-contact")).resized().oneTime();
  await ctx.reply(prompt, { reply_markup: keyboard });
  for (;;) {
    const answer: Filter<ConversationContext, "message:contact"> = await conversation.waitFor("message:contact", {
      otherwise: (c) => explainExpected(c, "contact"),
    });
    if (answer.message.contact.user_id !== answer.from?.id) {
      await answer.reply(answer.t("contact-not-own"), { reply_markup: keyboard });
      continue;
    }
    await answer.reply(answer.t("contact-received"), { reply_markup: { remove_keyboard: true } });
    return answer.message.contact.phone_number;
  }
}
