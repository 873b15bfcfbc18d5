import { InlineKeyboard, InputFile } from "grammy";
import { formatDateTime } from "../../../domain/calendar.js";
import { readCheckInCode } from "../../../domain/meetings/validators.js";
import type { ProvinceChoice } from "../../../domain/people.js";
import { sheetsWorkbook, toCsv } from "../../../reports/workbook.js";
import { actorOf, tr } from "../../actor.js";
import { meetings as buttons } from "../../callback-data/meetings.js";
import { Composer } from "../../composer.js";
import type { BotContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import { officialsOnly } from "../../filters.js";
import { displayName, escapeHtml, fitList, isolate, personName } from "../../format.js";
import { meetingTitle } from "../../meeting-format.js";
import { attendanceSheet } from "../../presenters/attendance.js";
import { scopedCommand } from "../../province-picker.js";

/** Invitees listed at once for marking present; those not yet present come first. */
const PRESENT_LIST = 40;
/** Names shown per group in /attendance, and the room for each of its four groups; the files have everyone. */
const ATTENDANCE_NAMES = 25;
const ATTENDANCE_BUDGET = 800;

/**
 * Attendance. Officials: a check-in code to show in the room, or marking
 * people present from a list; /attendance with live counts, names per group
 * and the list as Excel or CSV. Attendees: send the code shown in the room.
 */
export function attendanceFeature(deps: BotDeps): Composer<BotContext> {
  const { services } = deps;
  const composer = new Composer<BotContext>();
  const { meetings } = services;

  const attendanceList = async (ctx: BotContext, province: ProvinceChoice) => {
    const recent = await meetings.recent(actorOf(ctx), province);
    const keyboard = new InlineKeyboard();
    for (const m of recent) {
      keyboard
        .text(`${isolate(formatDateTime(m.startsAt, ctx.actor.locale))} — ${isolate(m.title)}`, buttons.attendance.build({ meeting: m.id }))
        .row();
    }
    await ctx.reply(ctx.t(recent.length ? "attendance-choose" : "meetings-none"), { reply_markup: keyboard });
  };
  scopedCommand(composer, deps, "attendance", "attendance", attendanceList);
  composer.callbackQuery(buttons.attendance.filter).filter(officialsOnly, async (ctx) => {
    const id = buttons.attendance.unpack(ctx.match).meeting;
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
      reply_markup: new InlineKeyboard()
        .text(ctx.t("button-excel"), buttons.attendanceFile.build({ meeting: id, format: "xlsx" }))
        .text(ctx.t("button-csv"), buttons.attendanceFile.build({ meeting: id, format: "csv" })),
    });
  });
  composer.callbackQuery(buttons.attendanceFile.filter).filter(officialsOnly, async (ctx) => {
    const { meeting, format } = buttons.attendanceFile.unpack(ctx.match);
    const { rows } = await meetings.attendance(actorOf(ctx), meeting);
    await ctx.answerCallbackQuery();
    const sheet = attendanceSheet(tr(ctx), rows);
    if (format === "csv") await ctx.replyWithDocument(new InputFile(toCsv(sheet.header, sheet.rows), "attendance.csv"));
    else {
      const file = await sheetsWorkbook([sheet], ctx.actor.locale === "fa");
      await ctx.replyWithDocument(new InputFile(file, "attendance.xlsx"));
    }
  });

  // Check-in: a code to show in the room, or marking people present from a list
  composer.callbackQuery(buttons.startCheckIn.filter).filter(officialsOnly, async (ctx) => {
    const id = buttons.startCheckIn.unpack(ctx.match).meeting;
    const { code, closesAt } = await meetings.startCheckIn(actorOf(ctx), id, new Date());
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("check-in-code", { code, until: formatDateTime(closesAt, ctx.actor.locale) }), {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard()
        .text(ctx.t("button-mark-present"), buttons.presentList.build({ meeting: id }))
        .text(ctx.t("button-end-check-in"), buttons.endCheckIn.build({ meeting: id })),
    });
  });
  composer.callbackQuery(buttons.endCheckIn.filter).filter(officialsOnly, async (ctx) => {
    const { title, present, invited } = await meetings.endCheckIn(actorOf(ctx), buttons.endCheckIn.unpack(ctx.match).meeting, new Date());
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("check-in-ended", { title: escapeHtml(title), present, invited }), { parse_mode: "HTML" });
  });
  const presentList = async (ctx: BotContext, id: string) => {
    const invitees = await meetings.invitees(actorOf(ctx), id);
    const keyboard = new InlineKeyboard();
    for (const i of invitees.slice(0, PRESENT_LIST)) {
      keyboard
        .text(
          `${i.presentAt ? "✅" : "⬜️"} ${isolate(displayName(i.person))} — ${isolate(i.ngo.name)}`,
          buttons.markPresent.build({ meeting: id, person: i.personId }),
        )
        .row();
    }
    const present = invitees.filter((i) => i.presentAt).length;
    return { text: ctx.t("present-list", { present, invited: invitees.length }), keyboard };
  };
  composer.callbackQuery(buttons.presentList.filter).filter(officialsOnly, async (ctx) => {
    const { text, keyboard } = await presentList(ctx, buttons.presentList.unpack(ctx.match).meeting);
    await ctx.answerCallbackQuery();
    await ctx.reply(text, { reply_markup: keyboard });
  });
  composer.callbackQuery(buttons.markPresent.filter).filter(officialsOnly, async (ctx) => {
    const { meeting, person } = buttons.markPresent.unpack(ctx.match);
    await meetings.markPresent(actorOf(ctx), meeting, person, new Date());
    const { text, keyboard } = await presentList(ctx, meeting);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(text, { reply_markup: keyboard });
  });

  // An attendee sends the code shown in the room.
  composer.on("message:text").filter(
    (ctx) => readCheckInCode(ctx.message.text) !== null,
    async (ctx) => {
      const result = await meetings.checkIn(ctx.actor.person.id, ctx.message.text, new Date());
      if ("checkedIn" in result) await ctx.reply(ctx.t("checked-in", { title: escapeHtml(result.checkedIn) }), { parse_mode: "HTML" });
      else if ("retryAt" in result) await ctx.reply(ctx.t("check-in-wait", { at: formatDateTime(result.retryAt, ctx.actor.locale) }));
      else await ctx.reply(ctx.t("check-in-unusable"));
    },
  );

  return composer;
}
