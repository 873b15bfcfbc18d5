import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../src/data/prisma.js";
import { buttonsOf, databaseUrl, type Harness, newTelegramId, startApp } from "./support/harness.js";
import { lastText } from "./support/journeys.js";

let h: Harness;
let db: Db;
const adminId = newTelegramId();
const azerbaijaniAdminId = newTelegramId();

beforeAll(async () => {
  h = await startApp({ admins: [adminId, azerbaijaniAdminId] });
  db = createDb(databaseUrl());
});
afterAll(async () => {
  await h?.stop();
  await db?.$disconnect();
});

describe("a superadmin adds a county in the bot", () => {
  it("when a superadmin pages to the province, names the county in three languages and picks a neighbour, then it is stored both ways and audited", async () => {
    const admin = h.user({ id: adminId, language: "en" });
    await admin.send("/start");
    const asked = await admin.send("/county_add");
    expect(lastText(asked)).toBe("Which province? Press it, or type its name.");
    // Every province is offered, ten a page, in English alphabetical order.
    expect(buttonsOf(asked.at(-1))).toEqual([
      "Alborz",
      "Ardabil",
      "Bushehr",
      "Chaharmahal and Bakhtiari",
      "East Azerbaijan",
      "Fars",
      "Gilan",
      "Golestan",
      "Hamadan",
      "Hormozgan",
      "Page 2 ▶",
    ]);
    await admin.press("Page 2 ▶");
    expect(buttonsOf(admin.last())).toEqual([
      "Ilam",
      "Isfahan",
      "Kerman",
      "Kermanshah",
      "Khuzestan",
      "Kohgiluyeh and Boyer-Ahmad",
      "Kurdistan",
      "Lorestan",
      "Markazi",
      "Mazandaran",
      "◀ Page 1",
      "Page 3 ▶",
    ]);
    await admin.press("Page 3 ▶");
    await admin.press("Page 4 ▶");
    expect(buttonsOf(admin.last())).toEqual(["Zanjan", "◀ Page 3"]);
    await admin.press("◀ Page 3");
    expect(buttonsOf(admin.last())).toContain("Yazd");
    await admin.press("◀ Page 2");
    await admin.press("◀ Page 1");
    expect(lastText((await admin.press("Ardabil")).messages)).toBe("What is the county's name in Persian?");

    expect(lastText(await admin.send("نمین"))).toBe("Its name in Azerbaijani (Latin script)?");
    expect(lastText(await admin.send("Namin"))).toBe("Its name in English?");
    const neighbours = await admin.send("Namin");
    expect(lastText(neighbours)).toContain("Which counties of the province does it border?");
    expect(buttonsOf(neighbours.at(-1))).toEqual(["Ardabil", "Meshgin Shahr", "Parsabad", "Done (0 chosen)"]);
    await admin.press("Ardabil");
    const done = await admin.press("Done");
    expect(lastText(done.messages)).toBe("✅ Namin is now a county of Ardabil.");

    const namin = await db.county.findFirstOrThrow({
      where: { nameEn: "Namin" },
      include: { province: true, neighbours: true, neighbourOf: true },
    });
    expect(namin).toMatchObject({ code: "ardabil.namin", nameFa: "نمین", nameAz: "Namin", province: { code: "ardabil" } });
    expect(namin.neighbours.map((c) => c.code)).toEqual(["ardabil.ardabil"]);
    expect(namin.neighbourOf.map((c) => c.code)).toEqual(["ardabil.ardabil"]);
    expect(await db.auditLog.findFirst({ where: { action: "county.add", entityId: "ardabil.namin" } })).toMatchObject({
      actorId: (await h.actor(adminId)).id,
      entityType: "county",
      after: { code: "ardabil.namin", name: { fa: "نمین", az: "Namin", en: "Namin" }, neighbours: ["ardabil.ardabil"] },
    });
    // Registration now offers it.
    expect(await h.countyId("Namin")).toBe(namin.id);
  });

  it("when a name the province already has is typed, in any spelling, then the superadmin is told in their language and asked again", async () => {
    const admin = h.user({ id: azerbaijaniAdminId, language: "az" });
    await admin.send("/start");
    await admin.send("/county_add");
    // The province typed, as people type it.
    expect(lastText(await admin.send("zencan"))).toBe("Şəhristanın fars dilində adı nədir?");
    expect(lastText(await admin.send("ابهر"))).toBe("Bu əyalətdə ابهر adlı şəhristan artıq var. Başqa ad yazın və ya /cancel göndərin.");
    expect(lastText(await admin.send("سجاس"))).toBe("Azərbaycan dilində (latın əlifbası ilə) adı?");
    expect(lastText(await admin.send("Xürrəmdərə"))).toContain("Xürrəmdərə adlı şəhristan artıq var");
    await admin.send("Səcas");
    const neighbours = await admin.send("Sojas");
    expect(lastText(neighbours)).toContain("Əyalətin hansı şəhristanları ilə həmsərhəddir?");
    const done = await admin.press("Hazırdır");
    expect(lastText(done.messages)).toBe("✅ Səcas artıq Zəncan əyalətinin şəhristanıdır.");
    expect(await db.county.findUnique({ where: { code: "zanjan.sojas" }, include: { neighbours: true } })).toMatchObject({
      nameFa: "سجاس",
      neighbours: [],
    });
    expect(await db.county.count({ where: { nameFa: "ابهر" } })).toBe(1);
  });

  it("when someone who is not a superadmin sends /county_add, then they are refused and no conversation starts", async () => {
    const intruder = h.user({ language: "en" });
    await intruder.send("/start");
    expect(lastText(await intruder.send("/county_add"))).toBe("You are not allowed to do this.");
    expect(lastText(await intruder.send("Ardabil"))).not.toContain("name in Persian");
  });
});
