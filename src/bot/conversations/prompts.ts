import { randomUUID } from "node:crypto";
import type { Filter } from "grammy";
import { InlineKeyboard, Keyboard } from "grammy";
import type { Message } from "grammy/types";
import { parseSolarHijriDateTime, plainNumber, tehranDate } from "../../domain/calendar.js";
import type { DomainErrorCode } from "../../domain/errors.js";
import type { Checked } from "../../domain/shared/validation.js";
import type { Logger } from "../../logger.js";
import type { BotConversation, ConversationContext } from "../context.js";
import { isolate, joinList } from "../format.js";
import { outcomeOf } from "./outcome.js";

/**
 * Building blocks of guided conversations: each asks, waits, validates and
 * re-asks with a message in the person's language until the answer is usable.
 */

/** A button to choose; `group` starts a new group of buttons under a header when it changes. */
export type Choice = { id: string; label: string; group?: string };

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
    const checked = await checkTyped(answer, check);
    if (checked) return checked.value;
  }
}

/** Like askText, with a Skip button under the question: skipping gives null. */
export async function askOptionalText<T>(
  conversation: BotConversation,
  ctx: ConversationContext,
  prompt: string,
  prefix: string,
  check: (text: string) => Checked<T> | Promise<Checked<T>>,
): Promise<T | null> {
  const skip = `${prefix}:skip`;
  await ctx.reply(prompt, { parse_mode: "HTML", reply_markup: new InlineKeyboard().text(ctx.t("button-skip"), skip) });
  for (;;) {
    const answer = await conversation.wait();
    if (answer.callbackQuery?.data === skip) {
      await answer.answerCallbackQuery();
      await answer.editMessageText(`${prompt}\n\n⏭ ${answer.t("skipped")}`, { parse_mode: "HTML" });
      return null;
    }
    if (answer.message?.text === undefined) {
      await explainExpected(answer, "text");
      continue;
    }
    const checked = await checkTyped(answer as Filter<ConversationContext, "message:text">, check);
    if (checked) return checked.value;
  }
}

/** A typed answer, checked; on refusal the person is told why and undefined returned. */
async function checkTyped<T>(
  answer: Filter<ConversationContext, "message:text">,
  check: (text: string) => Checked<T> | Promise<Checked<T>>,
): Promise<{ value: T } | undefined> {
  if (isCommand(answer.message)) {
    await answer.reply(answer.t("command-in-conversation"));
    return undefined;
  }
  if (answer.message.forward_origin) {
    await answer.reply(answer.t("expected-own-text"));
    return undefined;
  }
  const checked = await check(answer.message.text);
  if (checked.ok) return { value: checked.value };
  await answer.reply(answer.t(checked.error, checked.vars));
  return undefined;
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
    await pressed.editMessageText(`${prompt}\n\n✅ ${isolate(chosen.label)}`, { parse_mode: "HTML" });
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
  columns = 2,
): Promise<string[]> {
  const chosen = new Set(initial.filter((id) => choices.some((c) => c.id === id)));
  const keyboard = () => {
    const kb = new InlineKeyboard();
    let group: string | undefined;
    let inRow = 0;
    for (const choice of choices) {
      if (choice.group !== undefined && choice.group !== group) {
        // A header row: pressing it does nothing.
        if (inRow > 0) kb.row();
        kb.text(`— ${choice.group} —`, `${prefix}:~`).row();
        group = choice.group;
        inRow = 0;
      }
      kb.text(`${chosen.has(choice.id) ? "✅ " : ""}${choice.label}`, `${prefix}:${choice.id}`);
      if (++inRow === columns) {
        kb.row();
        inRow = 0;
      }
    }
    return kb.row().text(ctx.t("button-done", { count: chosen.size }), `${prefix}:done`);
  };
  await ctx.reply(prompt, { parse_mode: "HTML", reply_markup: keyboard() });
  const pattern = new RegExp(`^${prefix}:(.+)$`);
  for (;;) {
    const pressed = await conversation.waitForCallbackQuery(pattern, { otherwise: (c) => explainExpected(c, "buttons") });
    const id = pressed.match[1] ?? "";
    if (id === "~") {
      await pressed.answerCallbackQuery();
      continue;
    }
    if (id === "done") {
      if (chosen.size < limits.min) {
        await pressed.answerCallbackQuery({ text: pressed.t("choose-at-least", { min: limits.min }), show_alert: true });
        continue;
      }
      await pressed.answerCallbackQuery();
      const labels = choices.filter((c) => chosen.has(c.id)).map((c) => c.label);
      await pressed.editMessageText(`${prompt}\n\n✅ ${joinList(labels, pressed.locale)}`, { parse_mode: "HTML" });
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

/** What Confirm under a summary does: save, then tell the person. */
export type Confirm<T> = {
  /**
   * Creates what the summary shows; run inside `external`. Confirm pressed
   * again after a failure runs it again, possibly after the first run
   * committed: one draft must create nothing twice (see newDraftKey).
   */
  save: () => Promise<T>;
  /** Tells the person what was saved. */
  done: (pressed: ConversationContext, saved: T) => Promise<unknown>;
  logger: Logger;
};

export type SummaryAnswer<T> =
  | { action: "saved"; value: T }
  | { action: "refused"; code: DomainErrorCode }
  | { action: "edit"; part: string }
  | { action: "cancel" };

/**
 * A random key for what a conversation is about to create, made once (through
 * `external`, so every replay reads the same): services given it create one
 * thing per draft, however often Confirm is pressed.
 */
export const newDraftKey = (conversation: BotConversation): Promise<string> => conversation.external(() => randomUUID());

/**
 * Shows a summary with an Edit button per part, then Confirm and Cancel, and
 * waits for a press; Cancel is answered ("stopped") here, Confirm saves and
 * tells the person (`confirm`). A refusal of the save comes back to the
 * conversation; any other failure of it (Postgres, Redis or Telegram away)
 * keeps the conversation: the person is asked to press Confirm again, under
 * the summary sent again, which saves it once the service is back. Returns
 * the press's context too, to answer in.
 */
export async function reviewSummary<T>(
  conversation: BotConversation,
  ctx: ConversationContext,
  summary: string,
  prefix: string,
  parts: Choice[],
  confirm: Confirm<T>,
  columns = 3,
): Promise<{ answer: SummaryAnswer<T>; pressed: ConversationContext }> {
  const keyboard = new InlineKeyboard();
  parts.forEach((part, i) => {
    keyboard.text(part.label, `${prefix}:edit:${part.id}`);
    if ((i + 1) % columns === 0) keyboard.row();
  });
  keyboard.row().text(ctx.t("button-confirm"), `${prefix}:confirm`).text(ctx.t("button-cancel"), `${prefix}:cancel`);
  await ctx.reply(summary, { parse_mode: "HTML", reply_markup: keyboard });
  for (;;) {
    const pressed = await conversation.waitForCallbackQuery(new RegExp(`^${prefix}:(edit:\\w+|confirm|cancel)$`), {
      otherwise: (c) => explainExpected(c, "buttons"),
    });
    const action = pressed.match[1] ?? "";
    const part = action.startsWith("edit:") ? action.slice("edit:".length) : undefined;
    if (part !== undefined && !parts.some((p) => p.id === part)) {
      await pressed.answerCallbackQuery({ text: pressed.t("stale-button") });
      continue;
    }
    await pressed.answerCallbackQuery();
    await pressed.editMessageReplyMarkup();
    if (action === "cancel") {
      await pressed.reply(pressed.t("cancelled"));
      return { answer: { action: "cancel" }, pressed };
    }
    if (part !== undefined) return { answer: { action: "edit", part }, pressed };
    try {
      const saved = await conversation.external({ task: () => outcomeOf(confirm.save), beforeStoreError: String });
      if (!saved.ok) return { answer: { action: "refused", code: saved.code }, pressed };
      await confirm.done(pressed, saved.value);
      return { answer: { action: "saved", value: saved.value }, pressed };
    } catch (error) {
      await logSaveFailure(conversation, confirm.logger, prefix, error);
      await pressed.reply(pressed.t("confirm-failed"));
      await pressed.reply(summary, { parse_mode: "HTML", reply_markup: keyboard });
    }
  }
}

/** Through `external`, a failed save is logged once, not again at every replay. */
const logSaveFailure = (conversation: BotConversation, logger: Logger, prefix: string, error: unknown) =>
  conversation.external(() => logger.error({ err: error, conversation: prefix }, "save failed; offered again"));

/**
 * Runs the save a conversation without a summary ends with (inside
 * `external`); it returns refusals as values. Any other failure (Postgres,
 * Redis or Telegram away) keeps the conversation and what was typed: the
 * person is asked to press 🔁 Try again, which runs the save again once the
 * service is back.
 */
export async function saveOrOfferAgain<T>(
  conversation: BotConversation,
  ctx: ConversationContext,
  prefix: string,
  logger: Logger,
  save: () => Promise<T>,
): Promise<T> {
  for (;;) {
    try {
      // Errors are stored as text: a replay reads them back from Redis, where an Error object would not survive.
      return await conversation.external({ task: save, beforeStoreError: String });
    } catch (error) {
      await logSaveFailure(conversation, logger, prefix, error);
      await ctx.reply(ctx.t("save-failed"), { reply_markup: new InlineKeyboard().text(ctx.t("button-try-again"), `${prefix}:again`) });
      const pressed = await conversation.waitForCallbackQuery(`${prefix}:again`, { otherwise: (c) => explainExpected(c, "buttons") });
      await pressed.answerCallbackQuery();
      await pressed.editMessageReplyMarkup();
    }
  }
}

/**
 * Asks for a future date and time in the Solar Hijri calendar, Tehran time
 * (e.g. 1405/09/20 10:30, any digits), at most `maxDays` ahead (else the
 * message `tooFar` says so); returns it as an ISO string, which replays read
 * back as is. The prompt gets an example `exampleDays` from now.
 */
export async function askFutureMoment(
  conversation: BotConversation,
  ctx: ConversationContext,
  prompt: (example: string) => string,
  limits: { maxDays: number; exampleDays: number; tooFar: string },
): Promise<string> {
  const n = (value: number) => plainNumber(value, ctx.locale);
  const { jy, jm, jd } = tehranDate(new Date((await conversation.now()) + limits.exampleDays * 86_400_000));
  const example = `${[jy, jm, jd].map(n).join("/")} ${n(10)}:${n(3)}${n(0)}`;
  return askText(conversation, ctx, prompt(example), async (text): Promise<Checked<string>> => {
    const moment = parseSolarHijriDateTime(text);
    if (!moment) return { ok: false, error: "invalid-date-time" };
    const now = await conversation.now();
    if (moment.getTime() <= now) return { ok: false, error: "invalid-time-past" };
    if (moment.getTime() > now + limits.maxDays * 86_400_000) return { ok: false, error: limits.tooFar, vars: { days: limits.maxDays } };
    return { ok: true, value: moment.toISOString() };
  });
}
