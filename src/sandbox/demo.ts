import type { AgendaOutcome, MeetingAnswer } from "@prisma/client";
import type { AppServices } from "../bot/deps.js";
import type { Db } from "../data/prisma.js";
import { quarterBounds, quarterOf, startOfTehranDay, tehranDate } from "../domain/calendar.js";
import type { Actor } from "../domain/shared/actor.js";
import type { Locale } from "../domain/shared/locale.js";

/**
 * Demo data for the sandbox, so every report has something in it: verified
 * NGOs in each county of the first province (with leaders and members), a
 * likely duplicate awaiting review, a provincial official and two county
 * officials, a meeting held on a recent working morning with answers,
 * check-ins and agenda outcomes, one coming up, and a training-needs round
 * most NGOs have answered. The capital's first NGO is led from Bale, its
 * members on Telegram, and a member of the next NGO is on Bale too, so the
 * sandbox shows one NGO across both messengers. Everything goes through the
 * domain services, as the bot's own actions would; loading twice adds nothing.
 */
const DEMO_IDS = 800_000_000;
const DAY = 86_400_000;

type DemoNgo = { name: string; fields: string[]; description: string; youth?: boolean };

/**
 * The NGOs of each county, first county first ({c} is the county's Persian name): each its own
 * name, fields and work. The capital has four charities (a crowded cell of the coverage map).
 */
const NGOS_BY_COUNTY: DemoNgo[][] = [
  [
    {
      name: "مؤسسه خیریه نیکوکاران {c}",
      fields: ["charity", "women-family"],
      description: "کمک معیشتی ماهانه به خانواده‌های بی‌سرپرست و بدسرپرست شهر.",
    },
    {
      name: "انجمن خیریه حمایت از بیماران کلیوی {c}",
      fields: ["charity", "health"],
      description: "تأمین داروی بیماران دیالیزی و پیوند کلیه و همراهی خانواده‌هایشان.",
    },
    {
      name: "جمعیت امداد دانش‌آموزی مهر {c}",
      fields: ["charity", "education", "children"],
      description: "نوشت‌افزار، لباس و هزینه سرویس مدرسه دانش‌آموزان نیازمند را پیش از مهر فراهم می‌کند.",
    },
    {
      name: "خیریه سالمندان آسایش {c}",
      fields: ["charity", "elderly"],
      description: "سرکشی هفتگی به سالمندان تنها و نگهداری روزانه سالمندان در مرکز آسایش.",
    },
    {
      name: "کانون جوانان کوهنورد {c}",
      fields: ["youth", "sports", "environment"],
      description: "کوه‌پیمایی هفتگی و پاک‌سازی ارتفاعات اطراف شهر با جوانان داوطلب.",
      youth: true,
    },
    {
      name: "انجمن حمایت از کودکان کار {c}",
      fields: ["children", "social-harm"],
      description: "کلاس‌های عصر در محله‌های حاشیه شهر، تا کودکان کار به مدرسه برگردند.",
    },
  ],
  [
    {
      name: "انجمن دوستداران میراث فرهنگی {c}",
      fields: ["heritage-tourism", "culture-art"],
      description: "معرفی بناهای تاریخی شهرستان و تورهای یک‌روزه برای دانش‌آموزان.",
    },
    {
      name: "جمعیت زنان کارآفرین {c}",
      fields: ["women-family", "entrepreneurship"],
      description: "آموزش گلیم‌بافی و فروش برخط دست‌بافته‌های زنان روستایی.",
    },
    {
      name: "کانون فرهنگی هنری نوای {c}",
      fields: ["culture-art", "youth"],
      description: "کلاس موسیقی محلی و تئاتر برای نوجوانان و اجرای سالانه در جشنواره شهر.",
      youth: true,
    },
    {
      name: "انجمن سبزاندیشان {c}",
      fields: ["environment", "rural-development"],
      description: "کاشت نهال و آموزش کم‌آبیاری در باغ‌های حاشیه رودخانه ابهررود.",
    },
    {
      name: "انجمن پیشگیری از اعتیاد راه نو {c}",
      fields: ["addiction", "social-harm"],
      description: "همراهی خانواده‌های درگیر اعتیاد و کارگاه‌های پیشگیری در دبیرستان‌ها.",
    },
  ],
  [
    {
      name: "انجمن توسعه روستایی {c}",
      fields: ["rural-development", "entrepreneurship"],
      description: "گروه‌های خودیار و صندوق‌های خرد زنان در روستاهای شهرستان.",
    },
    {
      name: "کانون معلولان توان‌یاب {c}",
      fields: ["disability", "sports"],
      description: "ورزش و توان‌بخشی افراد دارای معلولیت جسمی ـ حرکتی.",
    },
    {
      name: "انجمن حامیان سلامت روان {c}",
      fields: ["health", "social-harm"],
      description: "مشاوره رایگان و خط تلفن همراهی برای نوجوانان و خانواده‌هایشان.",
    },
    {
      name: "جمعیت امداد و نجات کوهستان {c}",
      fields: ["disaster-relief", "youth"],
      description: "آموزش امدادونجات به جوانان روستاهای کوهستانی و تمرین آمادگی در برابر زلزله.",
      youth: true,
    },
  ],
  [
    {
      name: "انجمن باغداران و محیط زیست {c}",
      fields: ["environment", "rural-development"],
      description: "حفاظت از تاکستان‌ها و آموزش آبیاری قطره‌ای به باغداران.",
    },
    { name: "خیریه علوی {c}", fields: ["charity", "children"], description: "حمایت تحصیلی از دانش‌آموزان یتیم تا پایان دبیرستان." },
    {
      name: "کانون ورزش بانوان {c}",
      fields: ["sports", "women-family"],
      description: "ورزش صبحگاهی بانوان در پارک‌ها و لیگ والیبال محله‌ها.",
    },
    {
      name: "انجمن آموزش حقوق شهروندی {c}",
      fields: ["human-rights", "education"],
      description: "کارگاه حقوق شهروندی و مشاوره حقوقی رایگان یک روز در هفته.",
    },
  ],
  [
    {
      name: "انجمن زیتون‌کاران جوان {c}",
      fields: ["entrepreneurship", "rural-development", "youth"],
      description: "بسته‌بندی و فروش مشترک زیتون و روغن زیتون باغداران جوان.",
      youth: true,
    },
    {
      name: "جمعیت حمایت از زنان سرپرست خانوار {c}",
      fields: ["women-family", "charity"],
      description: "آموزش مهارت و وام خرد بی‌بهره برای زنان سرپرست خانوار.",
    },
    {
      name: "کانون گردشگری دره قزل‌اوزن",
      fields: ["heritage-tourism", "environment"],
      description: "بوم‌گردی و راه‌اندازی اقامتگاه‌های روستایی در دره قزل‌اوزن.",
    },
    {
      name: "انجمن سلامت روستا {c}",
      fields: ["health", "rural-development"],
      description: "غربالگری فشار خون و دیابت با پزشکان داوطلب در روستاهای دوردست.",
    },
  ],
  [
    {
      name: "انجمن دامداران و حفظ مراتع {c}",
      fields: ["environment", "rural-development"],
      description: "قرق مراتع، کشت علوفه و آموزش دامداری کم‌هزینه.",
    },
    {
      name: "کانون فرهنگی نوجوانان {c}",
      fields: ["culture-art", "children"],
      description: "کتابخانه سیار و کلاس نقاشی برای نوجوانان روستاها.",
    },
    { name: "خیریه مهرورزان {c}", fields: ["charity", "elderly"], description: "سبد غذایی ماهانه و سرکشی زمستانی به سالمندان تنها." },
    {
      name: "انجمن داوطلبان امداد بحران {c}",
      fields: ["disaster-relief"],
      description: "آموزش کمک‌های اولیه و آمادگی خانواده‌ها در برابر سیل و زلزله.",
    },
  ],
  [
    {
      name: "انجمن حامیان کوه‌های رنگی {c}",
      fields: ["heritage-tourism", "environment"],
      description: "حفاظت از کوه‌های رنگی و آموزش راهنمایان محلی گردشگری.",
    },
    { name: "کانون کتاب‌خوانی کودکان {c}", fields: ["education", "children"], description: "حلقه‌های کتاب‌خوانی هفتگی در مدرسه‌های روستایی." },
    {
      name: "انجمن زنان روستایی {c}",
      fields: ["women-family", "entrepreneurship"],
      description: "پرورش قارچ و زنبورداری برای درآمد زنان روستا.",
    },
    {
      name: "جمعیت پیشگیری از آسیب‌های اجتماعی {c}",
      fields: ["social-harm", "youth"],
      description: "برنامه‌های ورزشی و فرهنگی شبانه برای جوانان بیکار.",
      youth: true,
    },
  ],
  [
    {
      name: "انجمن دوستداران گنبد سلطانیه",
      fields: ["heritage-tourism", "culture-art"],
      description: "راهنمایی داوطلبانه گردشگران و برگزاری شب‌های فرهنگی کنار گنبد.",
    },
    {
      name: "کانون صنایع دستی {c}",
      fields: ["entrepreneurship", "culture-art"],
      description: "آموزش سفال‌گری و چاقوسازی سنتی و فروش در بازارچه محلی.",
    },
    {
      name: "انجمن جوانان داوطلب {c}",
      fields: ["youth", "charity"],
      description: "جمع‌آوری و توزیع پوشاک زمستانی با جوانان داوطلب.",
      youth: true,
    },
    { name: "انجمن حمایت از سالمندان {c}", fields: ["elderly", "health"], description: "ویزیت خانگی سالمندان زمین‌گیر با پرستاران داوطلب." },
  ],
];
/**
 * The same NGO registered a second time by another of its people, the name typed a little
 * differently, now awaiting review: the pair /duplicates shows (the first county's second NGO).
 */
const LIKELY_DUPLICATE: DemoNgo = {
  name: "انجمن خیریه حمایت بیماران کلیوی {c}",
  fields: ["charity", "health"],
  description: "کمک به بیماران دیالیزی برای تهیه دارو و هزینه رفت‌وآمد.",
};
const AUTHORITY: Record<string, string> = {
  youth: "اداره کل ورزش و جوانان",
  charity: "سازمان بهزیستی",
  disability: "سازمان بهزیستی",
  elderly: "سازمان بهزیستی",
};

/**
 * Names in the script and language each person reads: Persian in Persian script, Azerbaijani
 * in its Latin alphabet, and English speakers' Persian names in Latin letters. Last names are a
 * prime number of names that does not divide the first names' number plus one, so nobody shares
 * both names with another person of their language.
 */
const NAMES: Record<Locale, { first: string[]; last: string[] }> = {
  fa: {
    first: [
      "مریم",
      "علی",
      "زهرا",
      "حسین",
      "فاطمه",
      "رضا",
      "سارا",
      "محمد",
      "لیلا",
      "امیر",
      "نرگس",
      "مهدی",
      "الهام",
      "حمید",
      "شیوا",
      "بهروز",
      "پروین",
      "کاوه",
      "نسرین",
      "یوسف",
    ],
    last: [
      "احمدی",
      "کریمی",
      "رضایی",
      "موسوی",
      "حسینی",
      "جعفری",
      "قاسمی",
      "نوروزی",
      "صادقی",
      "رحیمی",
      "بیگدلی",
      "افشار",
      "زنجانی",
      "شریفی",
      "طاهری",
      "ملکی",
      "یزدانی",
    ],
  },
  az: {
    first: ["Aydın", "Leyla", "Elnur", "Günay", "Rəşad", "Nigar", "Kamran", "Aysel", "Tural", "Səbinə", "Orxan", "Könül"],
    last: ["Əliyev", "Hüseynli", "Məmmədov", "Qasımlı", "Bağırov", "Süleymanlı", "Rzayev", "Quliyeva", "Nəsirli", "Abbasov", "Cəfərli"],
  },
  en: {
    first: ["Sara", "Omid", "Nazanin", "Babak", "Shirin", "Arash", "Mina", "Kourosh", "Parisa", "Dariush"],
    last: ["Rahimi", "Tehrani", "Farahani", "Sadeghi", "Ahmadi", "Mousavi", "Kazemi"],
  },
};
/** Latin spellings of the Persian names, for usernames. */
const LATIN: Record<string, string> = {
  مریم: "maryam",
  علی: "ali",
  زهرا: "zahra",
  حسین: "hossein",
  فاطمه: "fatemeh",
  رضا: "reza",
  سارا: "sara",
  محمد: "mohammad",
  لیلا: "leila",
  امیر: "amir",
  نرگس: "narges",
  مهدی: "mahdi",
  الهام: "elham",
  حمید: "hamid",
  شیوا: "shiva",
  بهروز: "behrouz",
  پروین: "parvin",
  کاوه: "kaveh",
  نسرین: "nasrin",
  یوسف: "yousef",
  احمدی: "ahmadi",
  کریمی: "karimi",
  رضایی: "rezaei",
  موسوی: "mousavi",
  حسینی: "hosseini",
  جعفری: "jafari",
  قاسمی: "ghasemi",
  نوروزی: "nowruzi",
  صادقی: "sadeghi",
  رحیمی: "rahimi",
  بیگدلی: "bigdeli",
  افشار: "afshar",
  زنجانی: "zanjani",
  شریفی: "sharifi",
  طاهری: "taheri",
  ملکی: "maleki",
  یزدانی: "yazdani",
};
/** A username as Telegram allows it (Latin letters, digits, underscores), from a name in any script. */
function usernameOf(first: string, last: string, serial: number): string {
  const latin = (name: string) =>
    (LATIN[name] ?? name)
      .toLowerCase()
      .replace(/ə/g, "e")
      .replace(/ı/g, "i")
      .normalize("NFD")
      .replace(/[^a-z]/g, "");
  return `${latin(first)}_${latin(last)}${serial % 100}`;
}
/** Zanjan's people speak Persian and Azerbaijani; a few demo people use English. */
const LANGUAGES: Locale[] = ["fa", "fa", "az", "fa", "en"];
/** Office hours: Saturday to Wednesday (getUTCDay of a Tehran day's noon), in the morning. */
const WORKING_DAYS = new Set([6, 0, 1, 2, 3]);
const HOUR = 3_600_000;
const PROBLEMS = [
  { text: "کمبود فضای آموزشی برای کلاس‌های رایگان سمن‌ها", field: "education" },
  { text: "دشواری دریافت مجوز برگزاری اردوهای جوانان", field: "youth" },
  { text: "نبود آمار به‌روز از خانواده‌های نیازمند برای هماهنگی کمک‌ها", field: "charity" },
  { text: "دسترسی نداشتن روستاها به مراقبت‌های بهداشتی پایه", field: "health" },
];

/** Demo people who use Bale, by their place in the order the demo creates people: the first NGO's leader, the next one's first member. */
const ON_BALE = new Set([4, 8]);

/** Loads the demo into the given province (by default the first of the reference data that has counties: Zanjan); returns what it added. */
export async function loadDemoData(
  services: AppServices,
  db: Db,
  options: { adminId: bigint; now: Date; provinceId?: number },
): Promise<{ ngos: number; people: number }> {
  const { adminId, now } = options;
  if (await db.person.findUnique({ where: { id: BigInt(DEMO_IDS + 1) } })) return { ngos: 0, people: 0 };
  const provinces = await services.reference.provincesWithCounties();
  const province = provinces.find((p) => p.id === options.provinceId) ?? provinces[0];
  if (!province) throw new Error("no province with counties in the reference data");
  const counties = await services.reference.counties(province.id);
  const fields = await services.reference.fields();
  const fieldId = (code: string) => fields.find((f) => f.code === code)?.id ?? fields[0]?.id ?? 0;
  const admin: Actor = { id: adminId, roles: { superadmin: true, official: null, leads: null, memberOf: [] } };
  let serial = 0;
  const named: Record<Locale, number> = { fa: 0, az: 0, en: 0 };
  /**
   * Someone who wrote to the bot, named in their language; two in three have a username. Their user id on their
   * messenger is DEMO_IDS + their place in the order; on Telegram that is their person id too.
   */
  const person = async (language: Locale) => {
    serial++;
    const { first, last } = NAMES[language];
    const k = named[language]++;
    const firstName = first[k % first.length] ?? "";
    const lastName = last[(k + Math.floor(k / first.length)) % last.length] ?? "";
    const { person: recorded } = await services.people.touch({
      messenger: ON_BALE.has(serial) ? "BALE" : "TELEGRAM",
      id: DEMO_IDS + serial,
      firstName,
      lastName,
      ...(serial % 3 !== 0 && { username: usernameOf(firstName, lastName, serial) }),
      languageCode: language,
    });
    return recorded.id;
  };

  const provincialId = await person("fa");
  await services.officials.grant(admin, provincialId, { scope: "PROVINCE", provinceId: province.id });
  const [capital, second] = counties;
  if (!capital || !second) throw new Error("the demo needs two counties");
  await services.officials.grant(admin, await person("en"), { scope: "COUNTY", countyId: capital.id });
  await services.officials.grant(admin, await person("az"), { scope: "COUNTY", countyId: second.id });
  const provincial = await services.people.find(provincialId);
  if (!provincial) throw new Error("the demo official was not recorded");
  const official: Actor = { id: provincialId, roles: provincial.roles };

  const ngosByCounty = new Map<number, { ngoId: string; leaderId: bigint; memberIds: bigint[] }[]>();
  let ngos = 0;
  const register = (leaderId: bigint, ngo: DemoNgo, county: { id: number; nameFa: string }, c: number, n: number) =>
    services.ngos.register(leaderId, {
      name: ngo.name.replace("{c}", county.nameFa),
      registrationNumber: String(13_000 + county.id * 100 + n),
      registeringAuthority: AUTHORITY[ngo.fields[0] ?? ""] ?? (c === 0 ? "استانداری زنجان" : `فرمانداری ${county.nameFa}`),
      countyId: county.id,
      fieldIds: ngo.fields.map(fieldId),
      foundedYear: 1378 + ((c * 5 + n * 3) % 25),
      memberCount: 12 + ((c * 7 + n * 5) % 60),
      isYouth: ngo.youth ?? false,
      contactPhone: `+98912${String(1_000_000 + c * 100 + n).padStart(7, "0")}`,
      description: ngo.description,
    });
  for (const [c, county] of counties.entries()) {
    for (const [n, ngo] of (NGOS_BY_COUNTY[c % NGOS_BY_COUNTY.length] ?? []).entries()) {
      const leaderId = await person(LANGUAGES[(c + n) % LANGUAGES.length] ?? "fa");
      const card = await register(leaderId, ngo, county, c, n);
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
  await register(await person("fa"), LIKELY_DUPLICATE, capital, 0, 99);
  ngos++;

  // Meetings start in office hours: the held one at 10:00 on a working day about twelve days ago in
  // this quarter, over by now (in the last quarter when this one has had no working morning yet).
  const { start, end } = quarterBounds(quarterOf(now));
  const heldAt =
    nearestWorkingMorning(now.getTime() - 12 * DAY, 10, start.getTime(), now.getTime() - 3 * HOUR) ??
    nearestWorkingMorning(now.getTime() - 3 * HOUR, 10, now.getTime() - 30 * DAY, now.getTime() - 3 * HOUR);
  // The one to come at 09:30 on a working day about a week ahead in this quarter (or the next, near its end).
  const comingAt =
    nearestWorkingMorning(now.getTime() + 6 * DAY, 9.5, now.getTime() + HOUR, end.getTime()) ??
    nearestWorkingMorning(now.getTime() + HOUR, 9.5, now.getTime() + HOUR, now.getTime() + 30 * DAY);
  if (!heldAt || !comingAt) throw new Error("no working morning within a month");

  // A meeting held in the capital county: answers, check-ins, agenda and outcomes.
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
    const answer = answers[i];
    if (!answer) continue; // the rest have not answered
    await services.meetings.answer(ngo.leaderId, held.meeting.id, answer, now);
    if (answer === "YES" && ngo.memberIds[0]) await services.meetings.answer(ngo.memberIds[0], held.meeting.id, "YES", now);
    const problem = PROBLEMS[i];
    if (problem)
      await services.meetings.addAgendaItem(ngo.leaderId, held.meeting.id, { text: problem.text, fieldId: fieldId(problem.field) }, now);
    if (answer === "YES" && i !== 3) await services.meetings.markPresent(official, held.meeting.id, ngo.leaderId, now);
  }
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
      startsAt: comingAt,
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

/**
 * The working morning (Saturday to Wednesday, at `hour` Tehran time) nearest to `target` within
 * [from, to], or null when there is none.
 */
function nearestWorkingMorning(target: number, hour: number, from: number, to: number): Date | null {
  let best: Date | null = null;
  for (let day = from - DAY; day <= to + DAY; day += DAY) {
    const morning = startOfTehranDay(tehranDate(new Date(day))).getTime() + hour * HOUR;
    const weekday = new Date(morning - hour * HOUR + 12 * HOUR).getUTCDay();
    if (morning < from || morning > to || !WORKING_DAYS.has(weekday)) continue;
    if (!best || Math.abs(morning - target) < Math.abs(best.getTime() - target)) best = new Date(morning);
  }
  return best;
}
