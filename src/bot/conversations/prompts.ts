import { randomUUID } from "node:crypto";
import { InlineKeyboard, Keyboard } from "grammy";
import type { Message } from "grammy/types";
import { gregorianAsSolarHijri, parseSolarHijriDateTime, plainNumber, tehranDate } from "../../domain/calendar.js";
import type { DomainErrorCode } from "../../domain/errors.js";
import { nameIn } from "../../domain/reference.js";
import type { Locale } from "../../domain/shared/locale.js";
import { type Checked, refuse, suggest } from "../../domain/shared/validation.js";
import { matchByName, normalisePhone, parseIranianPhone } from "../../domain/text.js";
import type { Logger } from "../../logger.js";
import { type Button, choicePage, type MultiQuestion, prompts, type Question, type SummaryButtons } from "../callback-data/prompts.js";
import type { BotConversation, ConversationContext } from "../context.js";
import { joinNames } from "../format.js";
import { stepButtons } from "../keyboards/steps.js";
import { outcomeOf } from "./outcome.js";

/**
 * Building blocks of guided conversations: each asks, waits, validates and
 * re-asks with a message in the person's language until the answer is usable.
 */

/**
 * A button to choose; `group` starts a new group of buttons under a header when it changes.
 * `names` are the names it may be typed by as well (a county's or a field's names in every
 * language, matched with matchByName): given to any choice, the step accepts typed answers.
 */
export type Choice = { id: string; label: string; group?: string; names?: readonly string[] };

/** Counties, provinces or fields of activity as choices, labelled in the person's language and typable in any. */
export function namedChoices(items: readonly Named[], locale: Locale): Choice[] {
  return items.map((item) => ({ id: String(item.id), label: nameIn(item, locale), names: [item.nameFa, item.nameAz, item.nameEn] }));
}
type Named = { id: number; nameFa: string; nameEn: string; nameAz: string };

/**
 * What a person gets when they send something other than what the step
 * expects; a button of another message waits until this conversation ends.
 */
export async function explainExpected(
  ctx: ConversationContext,
  expected: "text" | "buttons" | "buttons-or-name" | "contact",
): Promise<void> {
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
    const typed = await waitTyped(conversation, check);
    if ("value" in typed) return typed.value;
  }
}

/** Like askText, with a Skip button under the question: skipping gives null; a typed answer takes the button away. */
export async function askOptionalText<T>(
  conversation: BotConversation,
  ctx: ConversationContext,
  prompt: string,
  skip: Button,
  check: (text: string) => Checked<T> | Promise<Checked<T>>,
): Promise<T | null> {
  const asked = await ctx.reply(prompt, {
    parse_mode: "HTML",
    reply_markup: new InlineKeyboard().text(ctx.t("button-skip"), skip.build()),
  });
  const typed = await waitTyped(conversation, check, skip);
  if ("skippedBy" in typed) {
    await typed.skippedBy.answerCallbackQuery();
    await typed.skippedBy.editMessageText(`${prompt}\n\n⏭ ${typed.skippedBy.t("skipped")}`, { parse_mode: "HTML" });
    return null;
  }
  await ctx.api.editMessageReplyMarkup(asked.chat.id, asked.message_id);
  return typed.value;
}

/**
 * Waits for a typed answer `check` accepts, telling the person why one is refused. A refusal
 * with a suggestion (the Solar Hijri date of a Gregorian one) offers it as a button, whose press
 * answers with it. With `skip`, a press of that button ends the wait too.
 */
async function waitTyped<T>(
  conversation: BotConversation,
  check: (text: string) => Checked<T> | Promise<Checked<T>>,
  skip?: Button,
): Promise<{ skippedBy: ConversationContext } | { value: T }> {
  let suggested: { text: string; message: Message } | undefined;
  const accept = async (answer: ConversationContext, text: string) => {
    const checked = await check(text);
    if (checked.ok) return { value: checked.value };
    const vars = checked.suggestion ? { ...checked.vars, suggestion: localDigits(checked.suggestion, answer.locale) } : checked.vars;
    const refusal = await answer.reply(answer.t(checked.error, vars), {
      reply_markup: checked.suggestion
        ? new InlineKeyboard().text(`✅ ${localDigits(checked.suggestion, answer.locale)}`, prompts.suggestion.build())
        : undefined,
    });
    suggested = checked.suggestion ? { text: checked.suggestion, message: refusal } : undefined;
    return undefined;
  };
  for (;;) {
    const answer = await conversation.wait();
    const data = answer.callbackQuery?.data ?? "";
    if (skip?.filter.test(data)) return { skippedBy: answer };
    if (prompts.suggestion.filter.test(data)) {
      if (!suggested || answer.callbackQuery?.message?.message_id !== suggested.message.message_id) {
        await answer.answerCallbackQuery({ text: answer.t("stale-button") });
        continue;
      }
      await answer.answerCallbackQuery();
      await answer.editMessageReplyMarkup();
      const accepted = await accept(answer, suggested.text);
      if (accepted) return accepted;
      continue;
    }
    if (answer.message?.text === undefined) {
      await explainExpected(answer, "text");
      continue;
    }
    if (isCommand(answer.message)) {
      await answer.reply(answer.t("command-in-conversation"));
      continue;
    }
    if (answer.message.forward_origin) {
      await answer.reply(answer.t("expected-own-text"));
      continue;
    }
    const accepted = await accept(answer, answer.message.text);
    if (accepted) return accepted;
  }
}

/** Latin digits as the person reads them: Persian digits in Persian. */
function localDigits(text: string, locale: Locale): string {
  return locale === "fa" ? text.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)] ?? d) : text;
}

/** What the message of a choice shows once it is made: the label, marked chosen unless it starts with an emoji of its own. */
const chosenLine = (labels: string[], locale: Locale) => {
  const text = joinNames(labels, locale);
  return /^\p{Extended_Pictographic}/u.test(labels[0] ?? "") ? text : `✅ ${text}`;
};

/**
 * Offers buttons and returns the id of the one pressed; the message then shows the choice.
 * Choices with names may be typed as well (a county by its name in any spelling). With
 * `pageSize`, the buttons come that many at a time with ◀/▶ to page (typed names match any page).
 */
export async function askChoice(
  conversation: BotConversation,
  ctx: ConversationContext,
  prompt: string,
  buttons: Question,
  choices: Choice[],
  columns = 2,
  pageSize = choices.length,
): Promise<string> {
  const pages = Math.max(1, Math.ceil(choices.length / pageSize));
  const pageButton = choicePage(buttons);
  const keyboard = (page: number) => {
    const kb = new InlineKeyboard();
    choices.slice(page * pageSize, (page + 1) * pageSize).forEach((choice, i) => {
      kb.text(choice.label, buttons.build({ choice: choice.id }));
      if ((i + 1) % columns === 0) kb.row();
    });
    if (pages === 1) return kb;
    const step = (to: number) => ({ data: pageButton.build({ page: to }), label: ctx.t("choices-page", { page: to + 1 }) });
    return stepButtons(kb.row(), ctx.locale, {
      back: page > 0 ? step(page - 1) : undefined,
      forward: page < pages - 1 ? step(page + 1) : undefined,
    });
  };
  const asked = await ctx.reply(prompt, { parse_mode: "HTML", reply_markup: keyboard(0) });
  const typable = choices.some((c) => c.names);
  for (;;) {
    const answer = await conversation.wait();
    const data = answer.callbackQuery?.data ?? "";
    const paged = pageButton.filter.exec(data);
    if (paged) {
      const { page } = pageButton.unpack(paged);
      await answer.answerCallbackQuery();
      if (page < pages) await answer.editMessageReplyMarkup({ reply_markup: keyboard(page) });
      continue;
    }
    const pressed = buttons.filter.exec(data);
    if (pressed) {
      const { choice } = buttons.unpack(pressed);
      const chosen = choices.find((c) => c.id === choice);
      if (!chosen) {
        await answer.answerCallbackQuery({ text: answer.t("stale-button") });
        continue;
      }
      await answer.answerCallbackQuery();
      await answer.editMessageText(`${prompt}\n\n${chosenLine([chosen.label], answer.locale)}`, { parse_mode: "HTML" });
      return chosen.id;
    }
    const typed = typable ? typedChoices(answer, choices) : undefined;
    if (!typed) {
      await explainExpected(answer, typable ? "buttons-or-name" : "buttons");
      continue;
    }
    const [chosen, ...more] = typed;
    if (!chosen || more.length > 0) {
      await answer.reply(answer.t("choice-not-found", { count: 1 }));
      continue;
    }
    await ctx.api.editMessageText(asked.chat.id, asked.message_id, `${prompt}\n\n${chosenLine([chosen.label], answer.locale)}`, {
      parse_mode: "HTML",
    });
    return chosen.id;
  }
}

/**
 * The choices a typed message names, one per name separated by commas (or line breaks); an
 * empty list when a name matches none or several; undefined when the message is no typed name.
 */
function typedChoices(answer: ConversationContext, choices: Choice[]): Choice[] | undefined {
  const text = answer.message?.text;
  if (text === undefined || isCommand(answer.message) || answer.message?.forward_origin) return undefined;
  const found = text
    .split(/[,،;؛\n]/)
    .filter((part) => part.trim())
    .map((part) => matchByName(part, choices, (c) => c.names ?? []));
  return found.every((c) => c !== undefined) ? found : [];
}

/**
 * Toggle buttons with a check mark, and a Done button accepted once `min` are chosen. Choices
 * with names may be typed too, several separated by commas: they join those pressed, and the
 * answer is done.
 */
export async function askMultiChoice(
  conversation: BotConversation,
  ctx: ConversationContext,
  prompt: string,
  buttons: MultiQuestion,
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
        kb.text(`— ${choice.group} —`, buttons.header.build()).row();
        group = choice.group;
        inRow = 0;
      }
      kb.text(`${chosen.has(choice.id) ? "✅ " : ""}${choice.label}`, buttons.toggle.build({ choice: choice.id }));
      if (++inRow === columns) {
        kb.row();
        inRow = 0;
      }
    }
    return kb.row().text(ctx.t("button-done", { count: chosen.size }), buttons.done.build());
  };
  const asked = await ctx.reply(prompt, { parse_mode: "HTML", reply_markup: keyboard() });
  const done = () => {
    const picked = choices.filter((c) => chosen.has(c.id));
    return {
      text: `${prompt}\n\n${chosenLine(
        picked.map((c) => c.label),
        ctx.locale,
      )}`,
      ids: picked.map((c) => c.id),
    };
  };
  const typable = choices.some((c) => c.names);
  for (;;) {
    const answer = await conversation.wait();
    const data = answer.callbackQuery?.data ?? "";
    if (buttons.header.filter.test(data)) {
      await answer.answerCallbackQuery();
      continue;
    }
    if (buttons.done.filter.test(data)) {
      if (chosen.size < limits.min) {
        await answer.answerCallbackQuery({ text: answer.t("choose-at-least", { min: limits.min }), show_alert: true });
        continue;
      }
      await answer.answerCallbackQuery();
      const { text, ids } = done();
      await answer.editMessageText(text, { parse_mode: "HTML" });
      return ids;
    }
    const toggled = buttons.toggle.filter.exec(data);
    if (!toggled) {
      const typed = typable ? typedChoices(answer, choices) : undefined;
      if (!typed) await explainExpected(answer, typable ? "buttons-or-name" : "buttons");
      else if (typed.length === 0) await answer.reply(answer.t("choice-not-found", { count: 2 }));
      else if (new Set([...chosen, ...typed.map((c) => c.id)]).size > limits.max) {
        await answer.reply(answer.t("choose-at-most", { max: limits.max }));
      } else {
        for (const choice of typed) chosen.add(choice.id);
        if (chosen.size >= limits.min) {
          const { text, ids } = done();
          await ctx.api.editMessageText(asked.chat.id, asked.message_id, text, { parse_mode: "HTML" });
          return ids;
        }
        await ctx.api.editMessageReplyMarkup(asked.chat.id, asked.message_id, { reply_markup: keyboard() });
      }
      continue;
    }
    const { choice: id } = buttons.toggle.unpack(toggled);
    if (!choices.some((c) => c.id === id)) {
      await answer.answerCallbackQuery({ text: answer.t("stale-button") });
      continue;
    }
    if (chosen.has(id)) chosen.delete(id);
    else if (chosen.size >= limits.max) {
      await answer.answerCallbackQuery({ text: answer.t("choose-at-most", { max: limits.max }), show_alert: true });
      continue;
    } else chosen.add(id);
    await answer.answerCallbackQuery();
    await answer.editMessageReplyMarkup({ reply_markup: keyboard() });
  }
}

/**
 * Asks for the person's own phone: Telegram's share-contact button is the quick way; a typed
 * Iranian number (mobile, or landline with its area code, any digits and separators) is taken
 * too. Returns the number in E.164.
 */
export async function askOwnPhone(conversation: BotConversation, ctx: ConversationContext, prompt: string): Promise<string> {
  const keyboard = new Keyboard().requestContact(ctx.t("button-share-contact")).resized().oneTime();
  await ctx.reply(prompt, { reply_markup: keyboard });
  for (;;) {
    const answer = await conversation.wait();
    const contact = answer.message?.contact;
    const text = answer.message?.text;
    let phone: string | null = null;
    if (contact) {
      if (contact.user_id !== answer.from?.id) {
        await answer.reply(answer.t("contact-not-own"), { reply_markup: keyboard });
        continue;
      }
      phone = normalisePhone(contact.phone_number);
    } else if (text !== undefined && !isCommand(answer.message) && !answer.message?.forward_origin) {
      phone = parseIranianPhone(text);
      if (!phone) {
        await answer.reply(answer.t("invalid-phone"), { reply_markup: keyboard });
        continue;
      }
    } else {
      await explainExpected(answer, "contact");
      continue;
    }
    await answer.reply(answer.t("contact-received"), { reply_markup: { remove_keyboard: true } });
    return phone;
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
  buttons: SummaryButtons,
  parts: Choice[],
  confirm: Confirm<T>,
  columns = 3,
): Promise<{ answer: SummaryAnswer<T>; pressed: ConversationContext }> {
  const keyboard = new InlineKeyboard();
  parts.forEach((part, i) => {
    keyboard.text(part.label, buttons.edit.build({ part: part.id }));
    if ((i + 1) % columns === 0) keyboard.row();
  });
  keyboard.row().text(ctx.t("button-confirm"), buttons.confirm.build()).text(ctx.t("button-cancel"), buttons.cancel.build());
  await ctx.reply(summary, { parse_mode: "HTML", reply_markup: keyboard });
  for (;;) {
    const pressed = await conversation.waitForCallbackQuery([buttons.edit.filter, buttons.confirm.filter, buttons.cancel.filter], {
      otherwise: (c) => explainExpected(c, "buttons"),
    });
    const data = pressed.callbackQuery.data;
    const part = buttons.edit.filter.test(data) ? buttons.edit.unpack(data).part : undefined;
    if (part !== undefined && !parts.some((p) => p.id === part)) {
      await pressed.answerCallbackQuery({ text: pressed.t("stale-button") });
      continue;
    }
    await pressed.answerCallbackQuery();
    await pressed.editMessageReplyMarkup();
    if (buttons.cancel.filter.test(data)) {
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
      await logSaveFailure(conversation, confirm.logger, buttons.confirm, error);
      await pressed.reply(pressed.t("confirm-failed"));
      await pressed.reply(summary, { parse_mode: "HTML", reply_markup: keyboard });
    }
  }
}

/** Through `external`, a failed save is logged once, not again at every replay, with the button that offers it again. */
const logSaveFailure = (conversation: BotConversation, logger: Logger, offered: Button, error: unknown) =>
  conversation.external(() => logger.error({ err: error, offered: offered.build() }, "save failed; offered again"));

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
  again: Button,
  logger: Logger,
  save: () => Promise<T>,
): Promise<T> {
  for (;;) {
    try {
      // Errors are stored as text: a replay reads them back from Redis, where an Error object would not survive.
      return await conversation.external({ task: save, beforeStoreError: String });
    } catch (error) {
      await logSaveFailure(conversation, logger, again, error);
      await ctx.reply(ctx.t("save-failed"), { reply_markup: new InlineKeyboard().text(ctx.t("button-try-again"), again.build()) });
      const pressed = await conversation.waitForCallbackQuery(again.filter, { otherwise: (c) => explainExpected(c, "buttons") });
      await pressed.answerCallbackQuery();
      await pressed.editMessageReplyMarkup();
    }
  }
}

/**
 * Asks for a future date and time in the Solar Hijri calendar, Tehran time
 * (e.g. 1405/09/20 10:30, any digits), at most `maxDays` ahead (else the
 * message `tooFar` says so; a Gregorian date gets its Solar Hijri one offered); returns it as an ISO string, which replays read
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
    const meant = gregorianAsSolarHijri(text);
    if (meant) return suggest("invalid-gregorian-date", meant);
    const moment = parseSolarHijriDateTime(text);
    if (!moment) return refuse("invalid-date-time");
    const now = await conversation.now();
    if (moment.getTime() <= now) return refuse("invalid-time-past");
    if (moment.getTime() > now + limits.maxDays * 86_400_000) return refuse(limits.tooFar, { days: limits.maxDays });
    return { ok: true, value: moment.toISOString() };
  });
}
