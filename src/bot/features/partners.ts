import { InlineKeyboard } from "grammy";
import type { Nearness } from "../../domain/partners.js";
import { nameIn } from "../../domain/reference.js";
import { tr } from "../actor.js";
import { menu } from "../callback-data/menu.js";
import { partners as buttons } from "../callback-data/partners.js";
import { Composer } from "../composer.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { isolate, ngoCard } from "../format.js";
import { stepButtons } from "../keyboards/steps.js";

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

  const list = async (ctx: BotContext, page: number) => {
    const proposals = await partners.proposals(ctx.actor.person.id);
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    if (proposals.length === 0) return ctx.reply(ctx.t("partners-none"));
    const pages = Math.ceil(proposals.length / PER_PAGE);
    const current = Math.min(Math.max(page, 0), pages - 1);
    const keyboard = new InlineKeyboard();
    for (const { ngo, nearness } of proposals.slice(current * PER_PAGE, (current + 1) * PER_PAGE)) {
      keyboard
        .text(
          `${NEARNESS_ICON[nearness]} ${isolate(ngo.name)} — ${isolate(nameIn(ngo.county, ctx.actor.locale))}`,
          buttons.ngo.build({ ngo: ngo.id }),
        )
        .row();
    }
    stepButtons(keyboard, ctx.actor.locale, {
      ...(current > 0 ? { back: { data: buttons.page.build({ page: current - 1 }) } } : {}),
      ...(current < pages - 1 ? { forward: { data: buttons.page.build({ page: current + 1 }) } } : {}),
    });
    const text = ctx.t("partners-list", { count: proposals.length, page: current + 1, pages });
    if (buttons.page.filter.test(ctx.callbackQuery?.data ?? "")) await ctx.editMessageText(text, { reply_markup: keyboard });
    else await ctx.reply(text, { reply_markup: keyboard });
  };
  composer.command("partners", (ctx) => list(ctx, 0));
  composer.callbackQuery(menu.partners.filter, (ctx) => list(ctx, 0));
  composer.callbackQuery(buttons.page.filter, (ctx) => list(ctx, buttons.page.unpack(ctx.match).page));

  composer.callbackQuery(buttons.ngo.filter, async (ctx) => {
    const { ngo: ngoId } = buttons.ngo.unpack(ctx.match);
    const proposal = (await partners.proposals(ctx.actor.person.id)).find((p) => p.ngo.id === ngoId);
    if (!proposal) return ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
    await ctx.answerCallbackQuery();
    const card = ngoCard(tr(ctx), proposal.ngo, { showPhone: false, detail: "public" });
    await ctx.reply(`${card}\n${ctx.t(`partners-nearness-${proposal.nearness}`)}`, {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text(ctx.t("button-ask-partner"), buttons.ask.build({ ngo: proposal.ngo.id })),
    });
  });

  composer.callbackQuery(buttons.ask.filter, async (ctx) => {
    const { remaining } = await partners.request(ctx.actor.person.id, buttons.ask.unpack(ctx.match).ngo);
    await ctx.answerCallbackQuery({ text: ctx.t("partners-sent", { remaining }), show_alert: true });
    await ctx.editMessageReplyMarkup();
  });

  for (const [answer, button] of [
    ["accept", buttons.accept],
    ["decline", buttons.decline],
  ] as const) {
    composer.callbackQuery(button.filter, async (ctx) => {
      await partners.answer(ctx.actor.person.id, button.unpack(ctx.match).request, answer === "accept");
      await ctx.answerCallbackQuery();
      await ctx.editMessageReplyMarkup();
      await ctx.reply(ctx.t(answer === "accept" ? "partners-accepted" : "partners-declined"));
    });
  }

  return composer;
}
