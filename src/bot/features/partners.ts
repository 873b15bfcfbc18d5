import { Composer, InlineKeyboard } from "grammy";
import { DomainError } from "../../domain/errors.js";
import type { Nearness } from "../../domain/partners.js";
import { nameIn } from "../../domain/reference.js";
import { tr } from "../actor.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { ngoCard } from "../format.js";
import { tellPresser } from "../middleware/callback-answers.js";

const PER_PAGE = 8;
const NEARNESS_ICON: Record<Nearness, string> = { county: "📍", neighbour: "🧭", province: "🗺" };

/**
 * /partners (House of NGOs): a leader sees verified NGOs sharing fields of
 * activity, nearest first, and asks one to get in touch; the other leader
 * answers from the notification (src/bot/notifications.ts).
 */
export function partnersFeature({ services }: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const { partners } = services;

  const refuse = async (ctx: BotContext, error: unknown) => {
    if (!(error instanceof DomainError)) throw error;
    const key = error.code === "not-verified" ? "partners-not-verified" : `error-${error.code}`;
    const text = ctx.t(key, error.details);
    await tellPresser(ctx, text);
  };

  const list = async (ctx: BotContext, page: number) => {
    try {
      const proposals = await partners.proposals(ctx.actor.person.id);
      if (ctx.callbackQuery) await ctx.answerCallbackQuery();
      if (proposals.length === 0) return ctx.reply(ctx.t("partners-none"));
      const pages = Math.ceil(proposals.length / PER_PAGE);
      const current = Math.min(Math.max(page, 0), pages - 1);
      const keyboard = new InlineKeyboard();
      for (const { ngo, nearness } of proposals.slice(current * PER_PAGE, (current + 1) * PER_PAGE)) {
        keyboard.text(`${NEARNESS_ICON[nearness]} ${ngo.name} — ${nameIn(ngo.county, ctx.actor.locale)}`, `partners:ngo:${ngo.id}`).row();
      }
      if (current > 0) keyboard.text("«", `partners:page:${current - 1}`);
      if (current < pages - 1) keyboard.text("»", `partners:page:${current + 1}`);
      const text = ctx.t("partners-list", { count: proposals.length, page: current + 1, pages });
      if (ctx.callbackQuery?.data?.startsWith("partners:page:")) await ctx.editMessageText(text, { reply_markup: keyboard });
      else await ctx.reply(text, { reply_markup: keyboard });
    } catch (error) {
      await refuse(ctx, error);
    }
  };
  composer.command("partners", (ctx) => list(ctx, 0));
  composer.callbackQuery("menu:partners", (ctx) => list(ctx, 0));
  composer.callbackQuery(/^partners:page:(\d+)$/, (ctx) => list(ctx, Number(ctx.match[1])));

  composer.callbackQuery(/^partners:ngo:(\w+)$/, async (ctx) => {
    try {
      const proposal = (await partners.proposals(ctx.actor.person.id)).find((p) => p.ngo.id === ctx.match[1]);
      if (!proposal) return ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
      await ctx.answerCallbackQuery();
      const card = ngoCard(tr(ctx), proposal.ngo, { showPhone: false, detail: "public" });
      await ctx.reply(`${card}\n${ctx.t(`partners-nearness-${proposal.nearness}`)}`, {
        parse_mode: "HTML",
        reply_markup: new InlineKeyboard().text(ctx.t("button-ask-partner"), `partners:ask:${proposal.ngo.id}`),
      });
    } catch (error) {
      await refuse(ctx, error);
    }
  });

  composer.callbackQuery(/^partners:ask:(\w+)$/, async (ctx) => {
    try {
      const { remaining } = await partners.request(ctx.actor.person.id, ctx.match[1] ?? "");
      await ctx.answerCallbackQuery({ text: ctx.t("partners-sent", { remaining }), show_alert: true });
      await ctx.editMessageReplyMarkup();
    } catch (error) {
      await refuse(ctx, error);
    }
  });

  for (const answer of ["accept", "decline"] as const) {
    composer.callbackQuery(new RegExp(`^partner:${answer}:(\\w+)$`), async (ctx) => {
      try {
        await partners.answer(ctx.actor.person.id, ctx.match[1] ?? "", answer === "accept");
        await ctx.answerCallbackQuery();
        await ctx.editMessageReplyMarkup();
        await ctx.reply(ctx.t(answer === "accept" ? "partners-accepted" : "partners-declined"));
      } catch (error) {
        await refuse(ctx, error);
      }
    });
  }

  return composer;
}
