import type { AgendaOutcome, MeetingAnswer } from "@prisma/client";
import type { AppServices } from "../bot/deps.js";
import type { Db } from "../data/prisma.js";
import { quarterBounds, quarterOf, tehranDate } from "../domain/calendar.js";
import type { Actor } from "../domain/shared/actor.js";
import type { Locale } from "../domain/shared/locale.js";

/**
 * Demo data for the sandbox, so every report has something in it: verified
 * NGOs in each county of the first province (with leaders and members), a
 * provincial official and two county officials, a meeting held earlier this
 * quarter with answers, check-ins and agenda outcomes, one coming up, and a
 * training-needs round most NGOs have answered. Everything goes through the
 * domain services, as the bot's own actions would; loading twice adds nothing.
 */
const DEMO_IDS = 800_000_000;
const DAY = 86_400_000;

const NGO_NAMES = [
  { fa: "کانون جوانان پویا", field: ["youth", "culture-art"], youth: true },
  { fa: "انجمن حمایت از کودکان", field: ["children", "education"], youth: false },
  { fa: "جمعیت زنان کارآفرین", field: ["women-family", "entrepreneurship"], youth: false },
  { fa: "انجمن دوستداران محیط زیست", field: ["environment", "rural-development"], youth: true },
  { fa: "مؤسسه خیریه سلامت", field: ["health", "charity"], youth: false },
];
/** Names in the script each person reads: Persian, or Latin for Azerbaijani and English speakers. */
const NAMES = {
  persian: {
    first: ["مریم", "علی", "زهرا", "حسین", "فاطمه", "رضا", "سارا", "محمد", "لیلا", "امیر", "نرگس", "مهدی"],
    last: ["احمدی", "کریمی", "رضایی", "موسوی", "حسینی", "جعفری", "قاسمی", "نوروزی"],
  },
  latin: {
    first: ["Aydın", "Leyla", "Elnur", "Günay", "Sara", "Rəşad", "Nigar", "Kamran", "Aysel", "Tural"],
    last: ["Əliyev", "Hüseynli", "Karimi", "Məmmədov", "Rezaei", "Qasımlı", "Ahmadi"],
  },
};
/** Zanjan's people speak Persian and Azerbaijani; a few demo people use English. */
const LANGUAGES: Locale[] = ["fa", "fa", "az", "fa", "en"];
const PROBLEMS = [
  { text: "کمبود فضای آموزشی برای کلاس‌های رایگان سمن‌ها", field: "education" },
  { text: "دشواری دریافت مجوز برگزاری اردوهای جوانان", field: "youth" },
  { text: "نبود آمار به‌روز از خانواده‌های نیازمند برای هماهنگی کمک‌ها", field: "charity" },
  { text: "دسترسی نداشتن روستاها به مراقبت‌های بهداشتی پایه", field: "health" },
];

/** Loads the demo into the given province (the first of the reference data by default); returns what it added. */
export async function loadDemoData(
  services: AppServices,
  db: Db,
  options: { adminId: bigint; now: Date; provinceId?: number },
): Promise<{ ngos: number; people: number }> {
  const { adminId, now } = options;
  if (await db.person.findUnique({ where: { id: BigInt(DEMO_IDS + 1) } })) return { ngos: 0, people: 0 };
  const provinces = await services.reference.provinces();
  const province = provinces.find((p) => p.id === options.provinceId) ?? provinces[0];
  if (!province) throw new Error("no province in the reference data");
  const counties = await services.reference.counties(province.id);
  const fields = await services.reference.fields();
  const fieldId = (code: string) => fields.find((f) => f.code === code)?.id ?? fields[0]?.id ?? 0;
  const admin: Actor = { id: adminId, roles: { superadmin: true, official: null, leads: null, memberOf: [] } };
  let serial = 0;
  const person = async (language: Locale, name?: string) => {
    serial++;
    const id = DEMO_IDS + serial;
    const names = language === "fa" ? NAMES.persian : NAMES.latin;
    await services.people.touch({
      id,
      firstName: name ?? names.first[serial % names.first.length] ?? "Demo",
      lastName: names.last[serial % names.last.length],
      languageCode: language,
    });
    return BigInt(id);
  };

  const provincialId = await person("fa", "مریم");
  await services.officials.grant(admin, provincialId, { scope: "PROVINCE", provinceId: province.id });
  const [capital, second] = counties;
  if (!capital || !second) throw new Error("the demo needs two counties");
  await services.officials.grant(admin, await person("en", "Sara"), { scope: "COUNTY", countyId: capital.id });
  await services.officials.grant(admin, await person("az", "Elnur"), { scope: "COUNTY", countyId: second.id });
  const provincial = await services.people.find(provincialId);
  if (!provincial) throw new Error("the demo official was not recorded");
  const official: Actor = { id: provincialId, roles: provincial.roles };

  const ngosByCounty = new Map<number, { ngoId: string; leaderId: bigint; memberIds: bigint[] }[]>();
  let ngos = 0;
  for (const [c, county] of counties.entries()) {
    const perCounty = c < 2 ? 5 : 4;
    for (let n = 0; n < perCounty; n++) {
      const kind = NGO_NAMES[(c + n) % NGO_NAMES.length] ?? NGO_NAMES[0];
      if (!kind) continue;
      const leaderId = await person(LANGUAGES[(c + n) % LANGUAGES.length] ?? "fa");
      const card = await services.ngos.register(leaderId, {
        name: `${kind.fa} ${county.nameFa}`,
        registrationNumber: `DEMO-${county.id}-${n + 1}`,
        registeringAuthority: "فرمانداری",
        countyId: county.id,
        fieldIds: kind.field.map(fieldId),
        foundedYear: 1385 + ((c * 3 + n) % 18),
        memberCount: 12 + ((c * 7 + n * 5) % 60),
        isYouth: kind.youth,
        contactPhone: `+98912${String(1_000_000 + c * 100 + n).padStart(7, "0")}`,
        description: "سمن نمونه در داده‌های آزمایشی سمن‌یار.",
      });
      await services.ngos.approve(admin, card.id);
      const memberIds: bigint[] = [];
      for (let m = 0; m < 2; m++) {
        const memberId = await person(LANGUAGES[(c + n + m + 1) % LANGUAGES.length] ?? "fa");
        await db.membership.create({ data: { ngoId: card.id, personId: memberId } });
        memberIds.push(memberId);
      }
      ngosByCounty.set(county.id, [...(ngosByCounty.get(county.id) ?? []), { ngoId: card.id, leaderId, memberIds }]);
      ngos++;
    }
  }

  // A meeting held earlier this quarter in the capital county: answers, check-ins, agenda and outcomes.
  const held = await services.meetings.create(
    official,
    {
      countyId: capital.id,
      title: "نشست فصلی سمن‌ها و فرمانداری",
      theme: "هماهنگی کمک‌رسانی زمستانی و مشکلات فضای آموزشی سمن‌ها",
      startsAt: new Date(now.getTime() + DAY),
      venue: "فرمانداری، سالن اجتماعات",
      location: null,
      fieldIds: [],
      membersInvited: true,
    },
    now,
  );
  const invited = ngosByCounty.get(capital.id) ?? [];
  const answers: MeetingAnswer[] = ["YES", "YES", "NO", "YES", "YES"];
  for (const [i, ngo] of invited.entries()) {
    const answer = answers[i] ?? "YES";
    await services.meetings.answer(ngo.leaderId, held.meeting.id, answer, now);
    if (answer === "YES" && ngo.memberIds[0]) await services.meetings.answer(ngo.memberIds[0], held.meeting.id, "YES", now);
    const problem = PROBLEMS[i];
    if (problem)
      await services.meetings.addAgendaItem(ngo.leaderId, held.meeting.id, { text: problem.text, fieldId: fieldId(problem.field) }, now);
    if (answer === "YES" && i !== 3) await services.meetings.markPresent(official, held.meeting.id, ngo.leaderId, now);
  }
  // Held twelve days ago, or halfway through the quarter so far if it began since.
  const { start, end } = quarterBounds(quarterOf(now));
  const heldAt = new Date(now.getTime() - Math.min(12 * DAY, (now.getTime() - start.getTime()) / 2));
  await db.meeting.update({ where: { id: held.meeting.id }, data: { startsAt: heldAt } });
  const outcomes: [AgendaOutcome, string][] = [
    ["RESOLVED", "آموزش و پرورش دو کلاس مدرسه را عصرها در اختیار سمن‌ها می‌گذارد."],
    ["FOLLOW_UP", "فرمانداری تا پایان ماه با اداره ورزش و جوانان جلسه می‌گذارد."],
    ["REFERRED", "به بهزیستی استان ارجاع شد."],
    ["RESOLVED", "شبکه بهداشت هفته‌ای یک روز پزشک سیار می‌فرستد."],
  ];
  const items = await db.agendaItem.findMany({ where: { meetingId: held.meeting.id }, orderBy: { createdAt: "asc" } });
  for (const [i, item] of items.entries()) {
    const [outcome, note] = outcomes[i] ?? ["RESOLVED", null];
    await services.meetings.recordOutcome(official, item.id, outcome, note, now);
  }

  // A meeting coming up in the second county, so invitations and the agenda can be tried.
  await services.meetings.create(
    official,
    {
      countyId: second.id,
      title: "نشست مسئله‌محور گردشگری و میراث",
      theme: "رونق گردشگری روستایی با همکاری سمن‌ها و دهیاری‌ها",
      // Next week, or halfway to the quarter's end if that is sooner, so it counts among this quarter's meetings to come.
      startsAt: new Date(now.getTime() + Math.min(6 * DAY, (end.getTime() - now.getTime()) / 2)),
      venue: "فرمانداری، سالن شهید بهشتی",
      location: null,
      fieldIds: [],
      membersInvited: false,
    },
    now,
  );

  // A training-needs round over the whole province, answered by most NGOs.
  const { round } = await services.needs.openRound(
    official,
    { title: "نیازسنجی آموزشی سمن‌ها", deadline: tehranDate(new Date(now.getTime() + 14 * DAY)), countyIds: counties.map((c) => c.id) },
    now,
  );
  const topics = await db.trainingTopic.findMany({ orderBy: { id: "asc" } });
  const all = [...ngosByCounty.values()].flat();
  for (const [i, ngo] of all.entries()) {
    if (i % 4 === 3) continue; // a quarter of them have not answered yet
    const picks = [topics[i % topics.length], topics[(i * 5 + 2) % topics.length]].filter((t) => t !== undefined);
    await services.needs.submit(
      ngo.leaderId,
      round.id,
      {
        choices: [...new Set(picks.map((t) => t.id))].map((topicId, k) => ({ topicId, priority: k === 0 ? "HIGH" : "MEDIUM" })),
        format: i % 3 === 0 ? "ONLINE" : "IN_PERSON",
        attendees: 2 + (i % 6),
        days: [i % 6],
        times: [i % 2 === 0 ? "morning" : "afternoon"],
        otherNeed: null,
      },
      now,
    );
  }
  return { ngos, people: serial };
}
