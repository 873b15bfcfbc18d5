import { InlineKeyboard } from "grammy";
import { tr } from "../actor.js";
import { membership } from "../callback-data/membership.js";
import { menu } from "../callback-data/menu.js";
import { Composer } from "../composer.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { displayName, escapeHtml, ngoCard, personName } from "../format.js";
import { stepButtons } from "../keyboards/steps.js";

const MEMBERS_PER_PAGE = 10;

/**
 * Joining through an invite link, and the leader's tools: the link (and
 * rotating it), the member list, removing a member, handing over leadership.
 * /leave lets a member go. Every button re-checks who presses it.
 */
export function membershipFeature({ services, messenger }: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  // t.me/<bot>?start=<token> arrives as "/start <token>".
  composer.command("start", async (ctx, next) => {
    const token = ctx.match.trim();
    if (!token) return next();
    const ngo = await services.memberships.byInviteToken(token);
    if (!ngo || ngo.status === "REJECTED") return ctx.reply(ctx.t("error-invite-invalid"));
    if (ngo.status !== "VERIFIED") return ctx.reply(ctx.t("error-not-verified"));
    const keyboard = new InlineKeyboard()
      .text(ctx.t("button-join"), membership.join.build({ token }))
      .text(ctx.t("button-no-thanks"), membership.joinDeclined.build());
    await ctx.reply(`${ctx.t("join-offer")}\n\n${ngoCard(tr(ctx), ngo, { showPhone: false })}`, {
      parse_mode: "HTML",
      reply_markup: keyboard,
    });
  });

  // Before join: "join:no" has the shape of an invite token too.
  composer.callbackQuery(membership.joinDeclined.filter, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("join-declined"));
  });

  composer.callbackQuery(membership.join.filter, async (ctx) => {
    const ngo = await services.memberships.join(ctx.actor.person.id, membership.join.unpack(ctx.match).token);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("join-done", { name: escapeHtml(ngo.name) }), { parse_mode: "HTML" });
  });

  const inviteMessage = (ctx: BotContext, ngo: { name: string; inviteToken: string }) =>
    [
      ctx.t("invite-link", { name: escapeHtml(ngo.name), link: escapeHtml(messenger.deepLink(ctx.me.username, ngo.inviteToken)) }),
      {
        parse_mode: "HTML" as const,
        link_preview_options: { is_disabled: true },
        reply_markup: new InlineKeyboard().text(ctx.t("button-rotate-link"), membership.rotateInvite.build()),
      },
    ] as const;
  const showInvite = async (ctx: BotContext) => {
    const ngo = await services.ngos.ledBy(ctx.actor.person.id);
    if (!ngo) return ctx.reply(ctx.t("error-not-leader"));
    if (ngo.status !== "VERIFIED") return ctx.reply(ctx.t("invite-not-yet"));
    await ctx.reply(...inviteMessage(ctx, ngo));
  };
  composer.command("invite", showInvite);
  composer.callbackQuery(menu.invite.filter, async (ctx) => {
    await ctx.answerCallbackQuery();
    await showInvite(ctx);
  });
  composer.callbackQuery(membership.rotateInvite.filter, async (ctx) => {
    const ngo = await services.memberships.rotateInvite(ctx.actor.person.id);
    await ctx.answerCallbackQuery({ text: ctx.t("invite-rotated") });
    await ctx.editMessageText(...inviteMessage(ctx, ngo));
  });

  const listMembers = async (ctx: BotContext, page: number) => {
    const ngo = await services.ngos.ledBy(ctx.actor.person.id);
    if (!ngo) return ctx.reply(ctx.t("error-not-leader"));
    const pages = Math.max(1, Math.ceil(ngo.members.length / MEMBERS_PER_PAGE));
    const current = Math.min(Math.max(page, 0), pages - 1);
    const shown = ngo.members.slice(current * MEMBERS_PER_PAGE, (current + 1) * MEMBERS_PER_PAGE);
    const keyboard = new InlineKeyboard();
    for (const m of shown) keyboard.text(displayName(m.person), membership.pickMember.build({ member: m.person.id })).row();
    stepButtons(keyboard, ctx.actor.locale, {
      ...(current > 0 ? { back: { data: membership.membersPage.build({ page: current - 1 }) } } : {}),
      ...(current < pages - 1 ? { forward: { data: membership.membersPage.build({ page: current + 1 }) } } : {}),
    });
    const text = ngo.members.length
      ? ctx.t("members-list", { name: escapeHtml(ngo.name), count: ngo.members.length, page: current + 1, pages })
      : ctx.t("members-none", { name: escapeHtml(ngo.name) });
    if (membership.membersPage.filter.test(ctx.callbackQuery?.data ?? "")) {
      await ctx.editMessageText(text, { parse_mode: "HTML", reply_markup: keyboard });
    } else {
      await ctx.reply(text, { parse_mode: "HTML", reply_markup: keyboard });
    }
  };
  composer.command("members", (ctx) => listMembers(ctx, 0));
  composer.callbackQuery(membership.members.filter, async (ctx) => {
    await ctx.answerCallbackQuery();
    await listMembers(ctx, 0);
  });
  composer.callbackQuery(membership.membersPage.filter, async (ctx) => {
    await ctx.answerCallbackQuery();
    await listMembers(ctx, membership.membersPage.unpack(ctx.match).page);
  });

  composer.callbackQuery(membership.pickMember.filter, async (ctx) => {
    const { member: memberId } = membership.pickMember.unpack(ctx.match);
    const ngo = await services.ngos.ledBy(ctx.actor.person.id);
    const member = ngo?.members.find((m) => m.person.id === memberId);
    if (!member) return ctx.answerCallbackQuery({ text: ctx.t("error-not-member") });
    await ctx.answerCallbackQuery();
    const keyboard = new InlineKeyboard()
      .text(ctx.t("button-remove-member"), membership.remove.build({ member: memberId }))
      .text(ctx.t("button-make-leader"), membership.lead.build({ member: memberId }));
    await ctx.reply(ctx.t("member-actions", { member: personName(member.person) }), { parse_mode: "HTML", reply_markup: keyboard });
  });

  // Both actions ask for confirmation first; the confirming button carries the same opaque id.
  for (const [action, ask, confirmed] of [
    ["remove", membership.remove, membership.removeConfirmed],
    ["lead", membership.lead, membership.leadConfirmed],
  ] as const) {
    composer.callbackQuery(ask.filter, async (ctx) => {
      await ctx.answerCallbackQuery();
      const keyboard = new InlineKeyboard()
        .text(ctx.t("button-yes-sure"), confirmed.build(ask.unpack(ctx.match)))
        .text(ctx.t("button-cancel"), menu.cancel.build());
      await ctx.editMessageText(ctx.t(`confirm-${action}-member`), { reply_markup: keyboard });
    });
  }
  composer.callbackQuery(membership.removeConfirmed.filter, async (ctx) => {
    await services.memberships.removeMember(ctx.actor.person.id, membership.removeConfirmed.unpack(ctx.match).member);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("member-removed-done"));
  });

  composer.callbackQuery(membership.leadConfirmed.filter, async (ctx) => {
    const ngo = await services.memberships.transferLeadership(ctx.actor.person.id, membership.leadConfirmed.unpack(ctx.match).member);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("leadership-handed", { name: escapeHtml(ngo.name) }), { parse_mode: "HTML" });
  });

  const offerLeave = async (ctx: BotContext) => {
    const ngos = await services.memberships.ngosOf(ctx.actor.person.id);
    if (ngos.length === 0) {
      return ctx.reply(ctx.t(ctx.actor.roles.leads ? "leave-leader" : "leave-none"));
    }
    const keyboard = new InlineKeyboard();
    for (const ngo of ngos) keyboard.text(ngo.name, membership.leave.build({ ngo: ngo.id })).row();
    await ctx.reply(ctx.t("leave-choose"), { reply_markup: keyboard });
  };
  composer.command("leave", offerLeave);
  composer.callbackQuery(membership.leave.filter, async (ctx) => {
    await ctx.answerCallbackQuery();
    const keyboard = new InlineKeyboard()
      .text(ctx.t("button-yes-sure"), membership.leaveConfirmed.build(membership.leave.unpack(ctx.match)))
      .text(ctx.t("button-cancel"), menu.cancel.build());
    await ctx.editMessageText(ctx.t("leave-confirm"), { reply_markup: keyboard });
  });
  composer.callbackQuery(membership.leaveConfirmed.filter, async (ctx) => {
    await services.memberships.leave(ctx.actor.person.id, membership.leaveConfirmed.unpack(ctx.match).ngo);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("leave-done"));
  });

  return composer;
}
