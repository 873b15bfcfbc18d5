import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../src/data/prisma.js";
import { tehranDate } from "../src/domain/calendar.js";
import { isolatedRuns, paragraphDirection } from "./support/bidi.js";
import { buttonsOf, databaseUrl, type Harness, newTelegramId, startApp } from "./support/harness.js";
import { lastText, registeredNgo, textStarting, unique } from "./support/journeys.js";
import { addTestProvince, appointOfficials } from "./support/province.js";

/**
 * Direction and typography as people of each language get them: in East Vale, a Persian-named NGO
 * led by an Azerbaijani reader and an NGO led by a Persian reader; officials write in English.
 * Assertions read what Telegram received (`sent()`), isolation marks and all.
 */

let db: Db;
let h: Harness;
let province: Awaited<ReturnType<typeof addTestProvince>>;
const adminId = newTelegramId();
const provincialId = newTelegramId();
const countyOfficialId = newTelegramId();
const azLeaderId = newTelegramId();
const faLeaderId = newTelegramId();
const PERSIAN_NAME = `سمن سبز ابهر ${unique()}`;
const FSI = "\u2068";
const LRI = "\u2066";
const PDI = "\u2069";

beforeAll(async () => {
  db = createDb(databaseUrl());
  province = await addTestProvince(db);
  h = await startApp({ admins: [adminId] });
  await appointOfficials(h, { admin: adminId, provincial: provincialId, westVale: countyOfficialId }, province.provinceId);
  await registeredNgo(h, adminId, h.user({ id: azLeaderId, language: "az" }), {
    county: "East Vale",
    fields: ["Health"],
    name: PERSIAN_NAME,
  });
  await registeredNgo(h, adminId, h.user({ id: faLeaderId, language: "fa" }), {
    county: "East Vale",
    fields: ["Youth", "Culture and art"],
  });
});

afterAll(async () => {
  await h?.stop();
  await db.meeting.deleteMany({ where: { county: { provinceId: province.provinceId } } });
  await db.broadcast.deleteMany({ where: { createdById: BigInt(provincialId) } });
  await province?.remove();
  await db.$disconnect();
});

describe("values of the other direction", () => {
  it("when a meeting with an English title invites an Azerbaijani leader of a Persian-named NGO and a Persian leader, then each invitation keeps its own direction", async () => {
    const title = `Drinking water in the villages of Zanjan county ${unique()}`;
    const official = h.user({ id: provincialId, language: "en" });
    const tomorrow = tehranDate(new Date(Date.now() + 86_400_000));
    await official.send("/meeting_new");
    await official.press("East Vale");
    await official.send(title);
    await official.send("Drinking water in the villages runs out every summer.");
    await official.send(`${tomorrow.jy}/${tomorrow.jm}/${tomorrow.jd} 21:20`);
    await official.send("Governor's office, hall 2");
    await official.press("Skip");
    await official.press("All verified NGOs");
    await official.press("Leaders only");
    await official.press("Confirm");

    const az = h.user({ id: azLeaderId, language: "az" });
    await az.waitFor((m) => Boolean(m.text?.includes(title)));
    const azText = az.sent().find((m) => m.text?.includes(title))?.text ?? "";
    // Not ":olunmusunuz" at the far left: the Persian name is set apart and the sentence reads left to right.
    expect(azText.startsWith(`${FSI}${PERSIAN_NAME}${PDI} vasitəsilə dəvət olunmusunuz:`)).toBe(true);
    expect(paragraphDirection(azText)).toBe("ltr");

    const fa = h.user({ id: faLeaderId, language: "fa" });
    await fa.waitFor((m) => Boolean(m.text?.includes(title)));
    const faText = fa.sent().find((m) => m.text?.includes(title))?.text ?? "";
    // Not ".summer in the villages of Zanjan county": the English title is one isolated run in a right-to-left message.
    expect(isolatedRuns(faText)).toContain(title);
    expect(paragraphDirection(faText)).toBe("rtl");
    // The date and the time are joined by the Persian comma.
    expect(faText).toMatch(/[۰-۹]{4}، ۲۱:۲۰/);
    // What is stored is the title as typed, without marks.
    expect((await db.meeting.findFirstOrThrow({ where: { title } })).title).toBe(title);
  });

  it("when a Persian leader sees the NGO's card, then the phone reads left to right, the registration number has Persian digits and the fields are two items", async () => {
    const fa = h.user({ id: faLeaderId, language: "fa" });
    await fa.send("/profile");
    const card = fa.sent().find((m) => m.text?.includes("+989127777777"))?.text ?? "";
    expect(card).toContain(`${LRI}+989127777777${PDI}`);
    const ngo = await db.ngo.findFirstOrThrow({ where: { leaderId: BigInt(faLeaderId) } });
    const persianDigits = ngo.registrationNumber.replace(/[0-9]/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)] ?? d);
    expect(card).toContain(`${FSI}${persianDigits}${PDI}`);
    expect(ngo.registrationNumber).toMatch(/^[0-9]+$/);
    // «جوانان» and «فرهنگ و هنر» are two isolated items set apart by «،», not one run joined by «و».
    const fields = card.split("\n").find((line) => line.startsWith("حوزه‌های فعالیت")) ?? "";
    expect(fields.replace(/[\u2066-\u2069]/g, "")).toMatch(/^حوزه‌های فعالیت: (جوانان، فرهنگ و هنر|فرهنگ و هنر، جوانان)$/);
    expect(isolatedRuns(fields)).toEqual(expect.arrayContaining(["جوانان", "فرهنگ و هنر"]));
  });
});

describe("arrows", () => {
  it("when a Persian official moves between quarters, then the earlier quarter is on the right, pointing right, and the later on the left, pointing left", async () => {
    const official = h.user({ id: provincialId, language: "fa" });
    await db.person.update({ where: { id: BigInt(provincialId) }, data: { locale: "fa" } });
    try {
      const now = textStarting(await official.send("/kpi"), "📈");
      expect(now).not.toBe("");
      expect(buttonsOf(official.last())[0]).toBe("▶ فصل قبل");
      await official.press("فصل قبل");
      expect(buttonsOf(official.last()).slice(0, 2)).toEqual(["فصل بعد ◀", "▶ فصل قبل"]);
    } finally {
      await db.person.update({ where: { id: BigInt(provincialId) }, data: { locale: "en" } });
    }
  });
});

describe("the broadcast preview", () => {
  const preview = async (audience: string, kind?: string) => {
    const official = h.user({ id: provincialId, language: "en" });
    await official.send("/broadcast");
    await official.send("The office is closed on Thursday.");
    await official.press(audience);
    if (kind) await official.press(kind);
    await official.press("All verified NGOs");
    const summary = lastText((await official.press("Now")).messages);
    await official.press("Cancel");
    return summary;
  };

  it("when an official reaches the preview, then it says whether the broadcast is essential or normal, and what that means", async () => {
    const before = await db.broadcast.count({ where: { createdById: BigInt(provincialId) } });
    expect(await preview("Leaders and members", "Essential")).toContain(
      "Kind: ❗ Essential: every member gets it, even those who muted broadcasts",
    );
    expect(await preview("Leaders and members", "Normal")).toContain("Kind: Normal: members who muted broadcasts do not get it");
    expect(await preview("Leaders only")).toContain("Kind: Normal (leaders get every broadcast)");
    expect(await db.broadcast.count({ where: { createdById: BigInt(provincialId) } })).toBe(before);
  });
});
