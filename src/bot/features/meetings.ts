import type { MeetingAnswer } from "@prisma/client";
import { Composer, InlineKeyboard, InputFile } from "grammy";
import { formatDateTime } from "../../domain/calendar.js";
import { nameIn } from "../../domain/reference.js";
import { sheetsWorkbook, toCsv } from "../../reports/workbook.js";
import type { BotContext } from "../context.js";
import { MEETING_AGENDA, MEETING_HEADCOUNT, MEETING_NEW, MEETING_OUTCOME, MEETING_RESCHEDULE } from "../conversations/meetings.js";
import type { BotDeps } from "../deps.js";
import { displayName, escapeHtml, fitList, personName } from "../format.js";
import { officialOnly, refuse } from "../guards.js";
import { agendaText, invitationKeyboard, invitationText, meetingCard, meetingTitle } from "../meeting-format.js";
import { attendanceSheet } from "../presenters/attendance.js";

/**
 * Meetings. Officials: /meeting_new (guided), /meetings (upcoming meetings of
 * their counties, with the answers so far, reschedule and cancel). Invitees:
 * /meetings lists their invitations; they answer from the invitation itself.
 */
/** Invitees listed at once for marking present; those not yet present come first. */
const PRESENT_LIST = 40;
/** Names shown per group in /attendance, and the room for each of its four groups; the files have everyone. */
const ATTENDANCE_NAMES = 25;
const ATTENDANCE_BUDGET = 800;
/** Agenda items with an outcome button (Telegram allows 100 buttons in a keyboard). */
const OUTCOME_BUTTONS = 60;

export function meetingsFeature({ services }: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const { meetings } = services;
  const actorOf = (ctx: BotContext) => ({ id: ctx.actor.person.id, roles: ctx.actor.roles });
  const tr = (ctx: BotContext) => ({ t: ctx.t, locale: ctx.actor.locale });

  const create = officialOnly(async (ctx) => {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    await ctx.conversation.enter(MEETING_NEW);
  });
  composer.command("meeting_new", create);
  composer.callbackQuery("mt:new", create);

  const list = async (ctx: BotContext) => {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    const now = new Date();
    const { locale } = ctx.actor;
    const keyboard = new InlineKeyboard();
    if (ctx.actor.roles.official || ctx.actor.roles.superadmin) {
      const upcoming = await meetings.upcoming(actorOf(ctx), now);
      for (const m of upcoming) {
        keyboard.text(`${formatDateTime(m.startsAt, locale)} — ${nameIn(m.county, locale)}: ${m.title}`, `mt:show:${m.id}`).row();
      }
      keyboard.text(ctx.t("button-new-meeting"), "mt:new");
      return ctx.reply(ctx.t(upcoming.length ? "meetings-upcoming" : "meetings-none"), { reply_markup: keyboard });
    }
    const invitations = await meetings.invitationsOf(ctx.actor.person.id, now);
    for (const i of invitations)
      keyboard.text(`${formatDateTime(i.meeting.startsAt, locale)} — ${i.meeting.title}`, `mt:inv:${i.meetingId}`).row();
    await ctx.reply(ctx.t(invitations.length ? "meetings-invited" : "meetings-no-invitations"), { reply_markup: keyboard });
  };
  composer.command("meetings", list);
  composer.callbackQuery("menu:meetings", list);

  // Officials: one meeting, the answers so far, reschedule and cancel
  composer.callbackQuery(
    /^mt:show:(\w+)$/,
    officialOnly(async (ctx) => {
      const meeting = await meetings.managed(actorOf(ctx), ctx.match?.[1] ?? "");
      await ctx.answerCallbackQuery();
      const { counts } = meeting;
      const keyboard = new InlineKeyboard().text(ctx.t("button-agenda"), `mt:agenda:${meeting.id}`);
      if (meeting.status === "SCHEDULED") keyboard.text(ctx.t("button-check-in"), `mt:checkin:${meeting.id}`);
      keyboard.row();
      if (meeting.status === "SCHEDULED") {
        keyboard
          .text(ctx.t("button-reschedule"), `mt:resched:${meeting.id}`)
          .text(ctx.t("button-cancel-meeting"), `mt:cancel:${meeting.id}`);
      }
      await ctx.reply(`${meetingCard(tr(ctx), meeting)}\n\n${ctx.t("meeting-counts", { ...counts })}`, {
        parse_mode: "HTML",
        reply_markup: keyboard,
      });
    }),
  );
  composer.callbackQuery(
    /^mt:resched:(\w+)$/,
    officialOnly(async (ctx) => {
      const meeting = await meetings.managed(actorOf(ctx), ctx.match?.[1] ?? "");
      await ctx.answerCallbackQuery();
      await ctx.conversation.enter(MEETING_RESCHEDULE, meeting.id);
    }),
  );
  composer.callbackQuery(
    /^mt:cancel:(\w+)$/,
    officialOnly(async (ctx) => {
      const meeting = await meetings.managed(actorOf(ctx), ctx.match?.[1] ?? "");
      await ctx.answerCallbackQuery();
      await ctx.reply(ctx.t("meeting-cancel-confirm", { title: escapeHtml(meeting.title) }), {
        parse_mode: "HTML",
        reply_markup: new InlineKeyboard()
          .text(ctx.t("button-yes-cancel-meeting"), `mt:cancelled:${meeting.id}`)
          .text(ctx.t("button-cancel"), "action:cancel"),
      });
    }),
  );
  composer.callbackQuery(
    /^mt:cancelled:(\w+)$/,
    officialOnly(async (ctx) => {
      const meeting = await meetings.cancel(actorOf(ctx), ctx.match?.[1] ?? "");
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(ctx.t("meeting-cancelled-done", { title: escapeHtml(meeting.title) }), { parse_mode: "HTML" });
    }),
  );

  // Attendance: live counts, names per group, and the list as Excel or CSV
  const attendanceList = officialOnly(async (ctx) => {
    const recent = await meetings.recent(actorOf(ctx));
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    const keyboard = new InlineKeyboard();
    for (const m of recent) keyboard.text(`${formatDateTime(m.startsAt, ctx.actor.locale)} — ${m.title}`, `mt:att:${m.id}`).row();
    await ctx.reply(ctx.t(recent.length ? "attendance-choose" : "meetings-none"), { reply_markup: keyboard });
  });
  composer.command("attendance", attendanceList);
  composer.callbackQuery(
    /^mt:att:(\w+)$/,
    officialOnly(async (ctx) => {
      const id = ctx.match?.[1] ?? "";
      const { meeting, rows, present } = await meetings.attendance(actorOf(ctx), id);
      const { counts } = meeting;
      await ctx.answerCallbackQuery();
      const names = (filter: (r: (typeof rows)[number]) => boolean) => {
        const group = rows.filter(filter).map((r) => personName(r.person));
        return fitList(group, ATTENDANCE_BUDGET, tr(ctx), ATTENDANCE_NAMES) || "—";
      };
      const text = ctx.t("attendance-view", {
        title: meetingTitle(meeting),
        at: formatDateTime(meeting.startsAt, ctx.actor.locale),
        invited: counts.invited,
        yes: counts.yes,
        no: counts.no,
        unanswered: counts.unanswered,
        present,
        yesNames: names((r) => r.answer === "YES"),
        noNames: names((r) => r.answer === "NO"),
        unansweredNames: names((r) => r.answer === null),
        presentNames: names((r) => r.presentAt !== null),
      });
      await ctx.reply(text, {
        parse_mode: "HTML",
        reply_markup: new InlineKeyboard().text(ctx.t("button-excel"), `mt:attx:${id}:xlsx`).text(ctx.t("button-csv"), `mt:attx:${id}:csv`),
      });
    }),
  );
  composer.callbackQuery(
    /^mt:attx:(\w+):(xlsx|csv)$/,
    officialOnly(async (ctx) => {
      const { rows } = await meetings.attendance(actorOf(ctx), ctx.match?.[1] ?? "");
      await ctx.answerCallbackQuery();
      const sheet = attendanceSheet(tr(ctx), rows);
      if (ctx.match?.[2] === "csv") await ctx.replyWithDocument(new InputFile(toCsv(sheet.header, sheet.rows), "attendance.csv"));
      else {
        const file = await sheetsWorkbook([sheet], ctx.actor.locale === "fa");
        await ctx.replyWithDocument(new InputFile(file, "attendance.xlsx"));
      }
    }),
  );

  // Check-in: a code to show in the room, or marking people present from a list
  composer.callbackQuery(
    /^mt:checkin:(\w+)$/,
    officialOnly(async (ctx) => {
      const id = ctx.match?.[1] ?? "";
      const { code, closesAt } = await meetings.startCheckIn(actorOf(ctx), id, new Date());
      await ctx.answerCallbackQuery();
      await ctx.reply(ctx.t("check-in-code", { code, until: formatDateTime(closesAt, ctx.actor.locale) }), {
        parse_mode: "HTML",
        reply_markup: new InlineKeyboard()
          .text(ctx.t("button-mark-present"), `mt:list:${id}`)
          .text(ctx.t("button-end-check-in"), `mt:checkend:${id}`),
      });
    }),
  );
  composer.callbackQuery(
    /^mt:checkend:(\w+)$/,
    officialOnly(async (ctx) => {
      const { title, present, invited } = await meetings.endCheckIn(actorOf(ctx), ctx.match?.[1] ?? "", new Date());
      await ctx.answerCallbackQuery();
      await ctx.reply(ctx.t("check-in-ended", { title: escapeHtml(title), present, invited }), { parse_mode: "HTML" });
    }),
  );
  const presentList = async (ctx: BotContext, id: string) => {
    const invitees = await meetings.invitees(actorOf(ctx), id);
    const keyboard = new InlineKeyboard();
    for (const i of invitees.slice(0, PRESENT_LIST)) {
      keyboard.text(`${i.presentAt ? "✅" : "⬜️"} ${displayName(i.person)} — ${i.ngo.name}`, `mt:present:${id}:${i.personId}`).row();
    }
    const present = invitees.filter((i) => i.presentAt).length;
    return { text: ctx.t("present-list", { present, invited: invitees.length }), keyboard };
  };
  composer.callbackQuery(
    /^mt:list:(\w+)$/,
    officialOnly(async (ctx) => {
      const { text, keyboard } = await presentList(ctx, ctx.match?.[1] ?? "");
      await ctx.answerCallbackQuery();
      await ctx.reply(text, { reply_markup: keyboard });
    }),
  );
  composer.callbackQuery(
    /^mt:present:(\w+):(\d+)$/,
    officialOnly(async (ctx) => {
      const id = ctx.match?.[1] ?? "";
      await meetings.markPresent(actorOf(ctx), id, BigInt(ctx.match?.[2] ?? "0"), new Date());
      const { text, keyboard } = await presentList(ctx, id);
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(text, { reply_markup: keyboard });
    }),
  );
  // An attendee sends the code shown in the room.
  composer.on("message:text").hears(/^\s*[0-9۰-۹٠-٩]{6}\s*$/, async (ctx) => {
    const result = await meetings.checkIn(ctx.actor.person.id, ctx.message.text, new Date());
    if ("checkedIn" in result) await ctx.reply(ctx.t("checked-in", { title: escapeHtml(result.checkedIn) }), { parse_mode: "HTML" });
    else if ("retryAt" in result) await ctx.reply(ctx.t("check-in-wait", { at: formatDateTime(result.retryAt, ctx.actor.locale) }));
    else await ctx.reply(ctx.t("check-in-unusable"));
  });

  // Invitees: answers from the invitation, which then shows the answer
  const answer = (value: MeetingAnswer) => async (ctx: BotContext) => {
    try {
      const invitation = await meetings.answer(ctx.actor.person.id, ctx.match?.[1] ?? "", value, new Date());
      await ctx.answerCallbackQuery({ text: ctx.t("meeting-answer-recorded") });
      await ctx.editMessageText(invitationText(tr(ctx), invitation), {
        parse_mode: "HTML",
        reply_markup: invitationKeyboard(ctx.t, invitation),
      });
    } catch (error) {
      await refuse(ctx, error);
    }
  };
  composer.callbackQuery(/^mt:yes:(\w+)$/, answer("YES"));
  composer.callbackQuery(/^mt:no:(\w+)$/, answer("NO"));
  // Only whoever leads the NGO now answers for it or adds to the agenda.
  const asLeader = (conversation: string) => async (ctx: BotContext) => {
    try {
      const invitation = await meetings.leaderInvitation(ctx.actor.person.id, ctx.match?.[1] ?? "", new Date());
      await ctx.answerCallbackQuery();
      await ctx.conversation.enter(conversation, invitation.meetingId);
    } catch (error) {
      await refuse(ctx, error);
    }
  };
  composer.callbackQuery(/^mt:count:(\w+)$/, asLeader(MEETING_HEADCOUNT));
  composer.callbackQuery(/^mt:addagenda:(\w+)$/, asLeader(MEETING_AGENDA));
  composer.callbackQuery(/^mt:agenda:(\w+)$/, async (ctx) => {
    try {
      const { meeting, items } = await meetings.agenda(actorOf(ctx), ctx.match[1] ?? "");
      await ctx.answerCallbackQuery();
      // Officials of the county record outcomes from here: one numbered button per item.
      const manages = meeting.status === "SCHEDULED" && (await meetings.covers(actorOf(ctx), meeting.countyId));
      const keyboard = new InlineKeyboard();
      if (manages) {
        items.slice(0, OUTCOME_BUTTONS).forEach((item, i) => {
          keyboard.text(`✍️ ${i + 1}`, `mt:out:${item.id}`);
          if (i % 5 === 4) keyboard.row();
        });
      }
      await ctx.reply(agendaText(tr(ctx), meeting, items, manages), { parse_mode: "HTML", reply_markup: keyboard });
    } catch (error) {
      await refuse(ctx, error);
    }
  });
  composer.callbackQuery(
    /^mt:out:(\w+)$/,
    officialOnly(async (ctx) => {
      // Refused before any question when the item is not the official's to record.
      const item = await meetings.outcomeItem(actorOf(ctx), ctx.match?.[1] ?? "");
      await ctx.answerCallbackQuery();
      await ctx.conversation.enter(MEETING_OUTCOME, item.id);
    }),
  );
  composer.callbackQuery(/^mt:inv:(\w+)$/, async (ctx) => {
    const invitation = await meetings.invitation(ctx.actor.person.id, ctx.match[1] ?? "");
    if (!invitation) return ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
    await ctx.answerCallbackQuery();
    await ctx.reply(invitationText(tr(ctx), invitation), { parse_mode: "HTML", reply_markup: invitationKeyboard(ctx.t, invitation) });
  });
  composer.callbackQuery(/^mt:map:(\w+)$/, async (ctx) => {
    const invitation = await meetings.invitation(ctx.actor.person.id, ctx.match[1] ?? "");
    const { latitude, longitude } = invitation?.meeting ?? {};
    if (latitude == null || longitude == null) return ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
    await ctx.answerCallbackQuery();
    await ctx.replyWithLocation(latitude, longitude);
  });

  return composer;
}
