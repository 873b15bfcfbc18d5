import { Composer, InlineKeyboard } from "grammy";
import { DomainError } from "../../domain/errors.js";
import { tr } from "../actor.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { displayName, escapeHtml, inviteLink, ngoCard, personName } from "../format.js";

const MEMBERS_PER_PAGE = 10;

/**
 * Joining through an invite link, and the leader's tools: the link (and
 * rotating it), the member list, removing a member, handing over leadership.
 * /leave lets a member go. Every button re-checks who presses it.
 */
export function membershipFeature({ services }: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  // t.me/<bot>?start=<token> arrives as "/start <token>".
  composer.command("start", async (ctx, next) => {
    const token = ctx.match.trim();
    if (!token) return next();
    const ngo = await services.memberships.byInviteToken(token);
    if (!ngo || ngo.status === "REJECTED") return ctx.reply(ctx.t("error-invite-invalid"));
    if (ngo.status !== "VERIFIED") return ctx.reply(ctx.t("error-not-verified"));
    const keyboard = new InlineKeyboard().text(ctx.t("button-join"), `join:${token}`).text(ctx.t("button-no-thanks"), "join:no");
    await ctx.reply(`${ctx.t("join-offer")}\n\n${ngoCard(tr(ctx), ngo, { showPhone: false })}`, {
      parse_mode: "HTML",
      reply_markup: keyboard,
    });
  });

  composer.callbackQuery("join:no", async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("join-declined"));
  });

  composer.callbackQuery(/^join:([\w-]+)$/, async (ctx) => {
    try {
      const ngo = await services.memberships.join(ctx.actor.person.id, ctx.match[1] ?? "");
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(ctx.t("join-done", { name: escapeHtml(ngo.name) }), { parse_mode: "HTML" });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      await ctx.answerCallbackQuery({ text: ctx.t(`error-${error.code}`), show_alert: true });
    }
  });

  const showInvite = async (ctx: BotContext) => {
    const ngo = await services.ngos.ledBy(ctx.actor.person.id);
    if (!ngo) return ctx.reply(ctx.t("error-not-leader"));
    if (ngo.status !== "VERIFIED") return ctx.reply(ctx.t("invite-not-yet"));
    const keyboard = new InlineKeyboard().text(ctx.t("button-rotate-link"), "invite:rotate");
    await ctx.reply(ctx.t("invite-link", { name: escapeHtml(ngo.name), link: inviteLink(ctx.me.username, ngo.inviteToken) }), {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      reply_markup: keyboard,
    });
  };
  composer.command("invite", showInvite);
  composer.callbackQuery("menu:invite", async (ctx) => {
    await ctx.answerCallbackQuery();
    await showInvite(ctx);
  });
  composer.callbackQuery("invite:rotate", async (ctx) => {
    try {
      const ngo = await services.memberships.rotateInvite(ctx.actor.person.id);
      await ctx.answerCallbackQuery({ text: ctx.t("invite-rotated") });
      await ctx.editMessageText(ctx.t("invite-link", { name: escapeHtml(ngo.name), link: inviteLink(ctx.me.username, ngo.inviteToken) }), {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
        reply_markup: new InlineKeyboard().text(ctx.t("button-rotate-link"), "invite:rotate"),
      });
    } catch (error) {
      await refuse(ctx, error);
    }
  });

  const listMembers = async (ctx: BotContext, page: number) => {
    const ngo = await services.ngos.ledBy(ctx.actor.person.id);
    if (!ngo) return ctx.reply(ctx.t("error-not-leader"));
    const pages = Math.max(1, Math.ceil(ngo.members.length / MEMBERS_PER_PAGE));
    const current = Math.min(Math.max(page, 0), pages - 1);
    const shown = ngo.members.slice(current * MEMBERS_PER_PAGE, (current + 1) * MEMBERS_PER_PAGE);
    const keyboard = new InlineKeyboard();
    for (const m of shown) keyboard.text(displayName(m.person), `members:pick:${m.person.id}`).row();
    if (current > 0) keyboard.text("«", `members:page:${current - 1}`);
    if (current < pages - 1) keyboard.text("»", `members:page:${current + 1}`);
    const text = ngo.members.length
      ? ctx.t("members-list", { name: escapeHtml(ngo.name), count: ngo.members.length, page: current + 1, pages })
      : ctx.t("members-none", { name: escapeHtml(ngo.name) });
    if (ctx.callbackQuery?.data?.startsWith("members:page:")) {
      await ctx.editMessageText(text, { parse_mode: "HTML", reply_markup: keyboard });
    } else {
      await ctx.reply(text, { parse_mode: "HTML", reply_markup: keyboard });
    }
  };
  composer.command("members", (ctx) => listMembers(ctx, 0));
  composer.callbackQuery("members:list", async (ctx) => {
    await ctx.answerCallbackQuery();
    await listMembers(ctx, 0);
  });
  composer.callbackQuery(/^members:page:(\d+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await listMembers(ctx, Number(ctx.match[1]));
  });

  composer.callbackQuery(/^members:pick:(\d+)$/, async (ctx) => {
    const memberId = BigInt(ctx.match[1] ?? "0");
    const ngo = await services.ngos.ledBy(ctx.actor.person.id);
    const member = ngo?.members.find((m) => m.person.id === memberId);
    if (!member) return ctx.answerCallbackQuery({ text: ctx.t("error-not-member") });
    await ctx.answerCallbackQuery();
    const keyboard = new InlineKeyboard()
      .text(ctx.t("button-remove-member"), `members:remove:${memberId}`)
      .text(ctx.t("button-make-leader"), `members:lead:${memberId}`);
    await ctx.reply(ctx.t("member-actions", { member: personName(member.person) }), { parse_mode: "HTML", reply_markup: keyboard });
  });

  // Both actions ask for confirmation first; the confirming button carries the same opaque id.
  for (const action of ["remove", "lead"] as const) {
    composer.callbackQuery(new RegExp(`^members:${action}:(\\d+)$`), async (ctx) => {
      await ctx.answerCallbackQuery();
      const keyboard = new InlineKeyboard()
        .text(ctx.t("button-yes-sure"), `members:${action}-yes:${ctx.match[1]}`)
        .text(ctx.t("button-cancel"), "action:cancel");
      await ctx.editMessageText(ctx.t(`confirm-${action}-member`), { reply_markup: keyboard });
    });
  }
  composer.callbackQuery(/^members:remove-yes:(\d+)$/, async (ctx) => {
    const memberId = BigInt(ctx.match[1] ?? "0");
    try {
      await services.memberships.removeMember(ctx.actor.person.id, memberId);
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(ctx.t("member-removed-done"));
    } catch (error) {
      await refuse(ctx, error);
    }
  });

  composer.callbackQuery(/^members:lead-yes:(\d+)$/, async (ctx) => {
    const memberId = BigInt(ctx.match[1] ?? "0");
    try {
      const ngo = await services.memberships.transferLeadership(ctx.actor.person.id, memberId);
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(ctx.t("leadership-handed", { name: escapeHtml(ngo.name) }), { parse_mode: "HTML" });
    } catch (error) {
      await refuse(ctx, error);
    }
  });

  const offerLeave = async (ctx: BotContext) => {
    const ngos = await services.memberships.ngosOf(ctx.actor.person.id);
    if (ngos.length === 0) {
      return ctx.reply(ctx.t(ctx.actor.roles.leads ? "leave-leader" : "leave-none"));
    }
    const keyboard = new InlineKeyboard();
    for (const ngo of ngos) keyboard.text(ngo.name, `leave:pick:${ngo.id}`).row();
    await ctx.reply(ctx.t("leave-choose"), { reply_markup: keyboard });
  };
  composer.command("leave", offerLeave);
  composer.callbackQuery(/^leave:pick:(\w+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const keyboard = new InlineKeyboard()
      .text(ctx.t("button-yes-sure"), `leave:yes:${ctx.match[1]}`)
      .text(ctx.t("button-cancel"), "action:cancel");
    await ctx.editMessageText(ctx.t("leave-confirm"), { reply_markup: keyboard });
  });
  composer.callbackQuery(/^leave:yes:(\w+)$/, async (ctx) => {
    try {
      await services.memberships.leave(ctx.actor.person.id, ctx.match[1] ?? "");
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(ctx.t("leave-done"));
    } catch (error) {
      await refuse(ctx, error);
    }
  });

  return composer;
}

async function refuse(ctx: BotContext, error: unknown): Promise<void> {
  if (!(error instanceof DomainError)) throw error;
  const code = error.code === "forbidden" ? "not-leader" : error.code;
  await ctx.answerCallbackQuery({ text: ctx.t(`error-${code}`), show_alert: true });
}
