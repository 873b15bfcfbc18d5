import type { MeetingAnswer, Person } from "@prisma/client";
import { formatDateTime } from "../../domain/calendar.js";
import type { Cell, Sheet } from "../../reports/workbook.js";
import { displayName, type Translator } from "../format.js";

/** An invitee as /attendance lists them. */
export type AttendanceRow = {
  person: Pick<Person, "firstName" | "lastName" | "username">;
  ngo: { name: string };
  isLeader: boolean;
  answer: MeetingAnswer | null;
  headcount: number | null;
  presentAt: Date | null;
};

/** The attendance export (Excel or CSV): everyone invited, with their NGO, role, answer, headcount and when they were present. */
export function attendanceSheet({ t, locale }: Translator, rows: AttendanceRow[]): Sheet {
  return {
    name: t("attendance-sheet"),
    header: ["name", "username", "ngo", "role", "answer", "people", "present"].map((c) => t(`attendance-col-${c}`)),
    rows: rows.map((r): Cell[] => [
      displayName(r.person),
      r.person.username ? `@${r.person.username}` : "",
      r.ngo.name,
      t(r.isLeader ? "attendance-leader" : "attendance-member"),
      r.answer ? t(`attendance-answer-${r.answer}`) : "",
      r.headcount,
      r.presentAt ? formatDateTime(r.presentAt, locale) : "",
    ]),
  };
}
