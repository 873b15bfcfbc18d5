import { InlineKeyboard, InputFile } from "grammy";
import { dayOfDeadline, formatDate } from "../../domain/calendar.js";
import { PILLARS } from "../../domain/needs/validators.js";
import type { ProvinceChoice } from "../../domain/people.js";
import { nameIn } from "../../domain/reference.js";
import { actorOf, tr } from "../actor.js";
import { menu } from "../callback-data/menu.js";
import { needs as buttons } from "../callback-data/needs.js";
import { Composer } from "../composer.js";
import type { BotContext } from "../context.js";
import type { FeatureConversations } from "../conversations/install.js";
import { NEEDS_OPEN, needsOpenConversation } from "../conversations/needs-open.js";
import { NEEDS_SURVEY, needsSurveyConversation } from "../conversations/needs-survey.js";
import { NEEDS_TOPIC, needsTopicConversation } from "../conversations/needs-topic.js";
import type { BotDeps } from "../deps.js";
import { officialsOnly } from "../filters.js";
import { escapeHtml, fitToMessage, isolate } from "../format.js";
import { isNeedsView, type NeedsView, reportChart, reportCsv, reportKeyboard, reportText, reportWorkbook } from "../needs-report.js";
import { scopedCommand } from "../province-picker.js";

/**
 * Training needs. Officials: /needs_open (a guided conversation), /needs (the
 * rounds in their scope and each round's report, chart and files),
 * /needs_topics (the catalogue, and adding a topic). Leaders: /survey and the
 * button of the invitation, which start the survey conversation.
 */
export function needsFeature(deps: BotDeps): Composer<BotContext> {
  const { services } = deps;
  const composer = new Composer<BotContext>();
  const { needs } = services;

  // Opening a round
  const open = async (ctx: BotContext) => {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    await ctx.conversation.enter(NEEDS_OPEN);
  };
  composer.command("needs_open").filter(officialsOnly, open);
  composer.callbackQuery(buttons.open.filter).filter(officialsOnly, open);

  // The rounds in the official's scope
  const list = async (ctx: BotContext, province: ProvinceChoice) => {
    const rounds = await needs.roundsFor(actorOf(ctx), province);
    const keyboard = new InlineKeyboard();
    const now = new Date();
    for (const round of rounds) {
      const open = !round.closedAt && round.deadline > now;
      const label = `${open ? "🟢" : "⚪️"} ${isolate(round.title)} — ${isolate(formatDate(dayOfDeadline(round.deadline), ctx.actor.locale))}`;
      keyboard.text(label, buttons.report.build({ round: round.id })).row();
    }
    keyboard.text(ctx.t("button-needs-open"), buttons.open.build()).text(ctx.t("button-needs-topics"), buttons.topics.build());
    await ctx.reply(ctx.t(rounds.length ? "needs-rounds" : "needs-no-rounds"), { reply_markup: keyboard });
  };
  const openList = scopedCommand(composer, deps, "needs", "needs", list);
  composer.callbackQuery(menu.needs.filter).filter(officialsOnly, async (ctx) => {
    await ctx.answerCallbackQuery();
    await openList(ctx);
  });

  // A round's report: a new message from the list, the same message edited between views.
  const showReport = async (ctx: BotContext, roundId: string, view: NeedsView, edit: boolean) => {
    const report = await needs.report(actorOf(ctx), roundId);
    await ctx.answerCallbackQuery();
    const now = new Date();
    const canClose = !report.round.closedAt && report.round.deadline > now && report.counties.length === report.round.counties.length;
    const text = reportText(tr(ctx), report, view, now);
    const other = { parse_mode: "HTML" as const, reply_markup: reportKeyboard(tr(ctx), roundId, view, canClose) };
    if (edit) await ctx.editMessageText(text, other);
    else await ctx.reply(text, other);
  };
  composer
    .callbackQuery(buttons.report.filter)
    .filter(officialsOnly, (ctx) => showReport(ctx, buttons.report.unpack(ctx.match).round, "overview", false));
  composer.callbackQuery(buttons.view.filter).filter(officialsOnly, async (ctx) => {
    const { round, view } = buttons.view.unpack(ctx.match);
    if (!isNeedsView(view)) return ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
    await showReport(ctx, round, view, true);
  });
  composer.callbackQuery(buttons.file.filter).filter(officialsOnly, async (ctx) => {
    const { round, format } = buttons.file.unpack(ctx.match);
    const report = await needs.report(actorOf(ctx), round);
    await ctx.answerCallbackQuery();
    await ctx.replyWithChatAction(format === "png" ? "upload_photo" : "upload_document");
    switch (format) {
      case "png":
        await ctx.replyWithPhoto(new InputFile(reportChart(tr(ctx), report), "training-needs.png"), {
          caption: ctx.t("needs-chart-caption", { title: report.round.title }),
        });
        return;
      case "xlsx":
        await ctx.replyWithDocument(new InputFile(await reportWorkbook(tr(ctx), report), "training-needs.xlsx"));
        return;
      case "csv":
        await ctx.replyWithDocument(new InputFile(reportCsv(tr(ctx), report), "training-needs.csv"));
        return;
    }
  });

  // Closing early, after a confirmation
  composer.callbackQuery(buttons.close.filter).filter(officialsOnly, async (ctx) => {
    const round = await needs.visibleRound(actorOf(ctx), buttons.close.unpack(ctx.match).round);
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("needs-close-confirm", { title: escapeHtml(round.title) }), {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard()
        .text(ctx.t("button-needs-close-yes"), buttons.closeConfirmed.build({ round: round.id }))
        .text(ctx.t("button-cancel"), menu.cancel.build()),
    });
  });
  composer.callbackQuery(buttons.closeConfirmed.filter).filter(officialsOnly, async (ctx) => {
    const round = await needs.closeRound(actorOf(ctx), buttons.closeConfirmed.unpack(ctx.match).round, new Date());
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("needs-closed-now", { title: escapeHtml(round.title) }), {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text(ctx.t("button-needs-report"), buttons.report.build({ round: round.id })),
    });
  });

  // The topic catalogue
  const topics = async (ctx: BotContext) => {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    const all = await needs.topics();
    const lines = PILLARS.flatMap((pillar) => [
      `<b>${ctx.t(`pillar-${pillar}`)}</b>`,
      ...all.filter((topic) => topic.pillar === pillar).map((topic) => `• ${isolate(escapeHtml(nameIn(topic, ctx.actor.locale)))}`),
      "",
    ]);
    await ctx.reply(`${ctx.t("needs-topics-list")}\n\n${fitToMessage(lines, tr(ctx)).join("\n").trim()}`, {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text(ctx.t("button-add-topic"), buttons.addTopic.build()),
    });
  };
  composer.command("needs_topics").filter(officialsOnly, topics);
  composer.callbackQuery(buttons.topics.filter).filter(officialsOnly, topics);
  composer.callbackQuery(buttons.addTopic.filter).filter(officialsOnly, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.conversation.enter(NEEDS_TOPIC);
  });

  // Leaders: the rounds open to their NGO, and answering one
  const survey = async (ctx: BotContext) => {
    const rounds = await needs.roundsForLeader(ctx.actor.person.id, new Date());
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    if (rounds.length === 0) return ctx.reply(ctx.t("survey-none"));
    const keyboard = new InlineKeyboard();
    const lines = rounds.map((round) => {
      const deadline = formatDate(dayOfDeadline(round.deadline), ctx.actor.locale);
      keyboard.text(`${round.answered ? "✏️" : "📝"} ${isolate(round.title)}`, buttons.answer.build({ round: round.id })).row();
      return ctx.t(round.answered ? "survey-round-answered" : "survey-round-open", { title: escapeHtml(round.title), deadline });
    });
    await ctx.reply(`${ctx.t("survey-rounds")}\n\n${fitToMessage(lines, tr(ctx)).join("\n")}`, {
      parse_mode: "HTML",
      reply_markup: keyboard,
    });
  };
  composer.command("survey", survey);
  composer.callbackQuery(menu.survey.filter, survey);
  composer.callbackQuery(buttons.answer.filter, async (ctx) => {
    await ctx.answerCallbackQuery();
    // The conversation checks the person, the NGO, the invitation and the deadline itself.
    await ctx.conversation.enter(NEEDS_SURVEY, buttons.answer.unpack(ctx.match).round);
  });

  return composer;
}

/** Opening a round, answering the survey, adding a topic. */
export function needsConversations(deps: BotDeps): FeatureConversations {
  return {
    [NEEDS_OPEN]: needsOpenConversation(deps),
    [NEEDS_SURVEY]: needsSurveyConversation(deps),
    [NEEDS_TOPIC]: needsTopicConversation(deps),
  };
}
