import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NgoDraft } from "../src/domain/ngos.js";
import { buttonsOf, type Harness, newTelegramId, startApp, type TestUser } from "./support/harness.js";
import { lastText, unique } from "./support/journeys.js";

let h: Harness;
const adminId = newTelegramId();

beforeAll(async () => {
  h = await startApp({ admins: [adminId] });
  await h.user({ id: adminId, language: "en" }).send("/start");
});
afterAll(() => h?.stop());

/** A Persian word no other test uses, so searches here see only this file's NGOs. */
const persianWord = () => Array.from({ length: 7 }, () => "بپتجچحخدرزسشصطعغفقکگلمنهی"[Math.floor(Math.random() * 25)]).join("");

async function verifiedNgo(name: string, county: string, leader?: TestUser): Promise<{ id: string; leader: TestUser }> {
  const owner = leader ?? h.user({ language: "en", firstName: "Leila" });
  await owner.send("/start");
  const fields = await h.app.services.reference.fields();
  const draft: NgoDraft = {
    name,
    registrationNumber: unique(),
    registeringAuthority: "Governor's office",
    countyId: await h.countyId(county),
    fieldIds: fields.filter((f) => f.nameEn === "Health").map((f) => f.id),
    foundedYear: 1394,
    memberCount: 20,
    isYouth: true,
    contactPhone: "+989124444444",
    description: "Health volunteers.",
  };
  const ngo = await h.app.services.ngos.register(BigInt(owner.id), draft);
  await h.app.services.ngos.approve(await h.actor(adminId), ngo.id);
  return { id: ngo.id, leader: owner };
}

async function memberOf(ngoId: string): Promise<TestUser> {
  const member = h.user({ language: "en", firstName: "Mina" });
  await member.send("/start");
  const ngo = await h.app.services.ngos.card(ngoId);
  await h.app.services.memberships.join(BigInt(member.id), ngo?.inviteToken ?? "");
  return member;
}

/** A results message lists NGOs (at least one), every one of them verified and working in health. */
async function expectOnlyVerifiedHealthNgos(results: { replyMarkup?: unknown } | undefined): Promise<void> {
  const buttons = ((results?.replyMarkup as { inline_keyboard?: { callback_data: string }[][] })?.inline_keyboard ?? []).flat();
  const listed = buttons.map((b) => /^dir:ngo:(\w+)$/.exec(b.callback_data)?.[1]).filter((ngoId): ngoId is string => Boolean(ngoId));
  expect(listed.length).toBeGreaterThan(0);
  for (const ngoId of listed) {
    const ngo = await h.app.services.ngos.card(ngoId);
    expect(ngo?.status).toBe("VERIFIED");
    expect(ngo?.fields.map((f) => f.nameEn)).toContain("Health");
  }
}

describe("/directory", () => {
  it("when someone with no verified NGO and no role opens it, then they are told who it is for", async () => {
    const visitor = h.user({ language: "en" });
    expect(lastText(await visitor.send("/directory"))).toBe("The directory is open to officials and to the people of verified NGOs.");
    expect((await visitor.pressData("dir:all:0:0")).answer).toBe("The directory is open to officials and to the people of verified NGOs.");
  });

  it("when a member searches a Persian name typed with Arabic letters, spaces for ZWNJ, other digits or only part of a word, then the NGO is found", async () => {
    const word = persianWord();
    const { id } = await verifiedNgo(`انجمن یاری‌رسانان ۱۴ ${word}`, "Zanjan");
    const member = await memberOf(id);
    for (const query of [`ياري رسان ${word}`, `رسانان ١٤ ${word}`, `${word.slice(0, 4)} یاری`]) {
      const found = await member.send(`/directory ${query}`);
      expect(lastText(found)).toBe("One NGO found (page 1 of 1). Press one to see its card.");
      expect(buttonsOf(found.at(-1))).toEqual([`انجمن یاری‌رسانان ۱۴ ${word} — Zanjan`]);
    }
    expect(lastText(await member.send(`/directory ${word} ناموجود`))).toContain("No verified NGO matches");
  });

  it("when a member presses the directory button of the /start menu, then the directory opens with its search buttons", async () => {
    const { id } = await verifiedNgo(`منو ${persianWord()}`, "Zanjan");
    const member = await memberOf(id);
    await member.send("/start");
    const opened = await member.press("NGO directory");
    expect(opened.messages.at(-1)?.text).toBe("🏛 House of NGOs directory\nFind verified NGOs of the province:");
    expect(buttonsOf(opened.messages.at(-1))).toEqual(["📍 By county", "🎯 By field", "🔎 By name", "📋 All"]);
    expect(lastText(await member.send("/directory x"))).toBe("That is too short: at least 2 characters, please.");
  });

  it("when a search by name is typed after pressing By name, then the results come as for /directory <name>", async () => {
    const word = persianWord();
    const { id } = await verifiedNgo(`کانون ${word}`, "Tarom");
    const member = await memberOf(id);
    await member.send("/directory");
    await member.press("By name");
    const found = await member.send(word);
    expect(buttonsOf(found.at(-1))).toEqual([`کانون ${word} — Tarom`]);
  });

  it("when more NGOs match than fit a page, then « and » turn the pages of the same message", async () => {
    const word = persianWord();
    const created = [];
    for (let i = 1; i <= 10; i++) created.push(await verifiedNgo(`${word} شماره ${String(i).padStart(2, "0")}`, "Ijrud"));
    const member = await memberOf(created[0]?.id ?? "");
    const first = (await member.send(`/directory ${word}`)).at(-1);
    expect(first?.text).toBe("10 NGOs found (page 1 of 2). Press one to see its card.");
    expect(buttonsOf(first)).toHaveLength(9); // 8 NGOs and »
    expect(buttonsOf(first).at(-1)).toBe("»");
    await member.press("»");
    const second = member.messages().find((m) => m.messageId === first?.messageId);
    expect(second?.text).toBe("10 NGOs found (page 2 of 2). Press one to see its card.");
    expect(buttonsOf(second)).toEqual([`${word} شماره 09 — Ijrud`, `${word} شماره 10 — Ijrud`, "«"]);
  });

  it("when browsing by county or by field, then only verified NGOs of that county or field are listed", async () => {
    const word = persianWord();
    const { id } = await verifiedNgo(`${word} ماهنشان`, "Mahneshan");
    const pendingLeader = h.user({ language: "en" });
    await pendingLeader.send("/start");
    const member = await memberOf(id);
    await h.app.services.ngos.register(BigInt(pendingLeader.id), {
      name: `${word} در انتظار`,
      registrationNumber: unique(),
      registeringAuthority: "Governor's office",
      countyId: await h.countyId("Mahneshan"),
      fieldIds: [],
      foundedYear: 1400,
      memberCount: 3,
      isYouth: false,
      contactPhone: "+989125555555",
      description: "Not verified yet.",
    });
    await member.send("/directory");
    await member.press("By county");
    const byCounty = await member.press("Mahneshan");
    const labels = buttonsOf(member.messages().find((m) => /NGOs? found/.test(m.text ?? "")));
    expect(byCounty.answer).toBeUndefined();
    expect(labels).toContain(`${word} ماهنشان — Mahneshan`);
    expect(labels.filter((l) => !["«", "»"].includes(l)).every((l) => l.endsWith("— Mahneshan"))).toBe(true);
    expect(labels.some((l) => l.includes("در انتظار"))).toBe(false);

    await member.send("/directory");
    await member.press("By field");
    await member.press("Health");
    const byField = member
      .messages()
      .filter((m) => /NGOs? found/.test(m.text ?? ""))
      .at(-1);
    await expectOnlyVerifiedHealthNgos(byField);
  });

  it("when a member types a county or a field by name instead of pressing its button, then its verified NGOs are listed", async () => {
    const word = persianWord();
    const { id } = await verifiedNgo(`${word} خرمدره`, "Khorramdarreh");
    const member = await memberOf(id);
    await member.send("/directory");
    const countyPrompt = lastText((await member.press("By county")).messages);
    expect(countyPrompt).toBe("Which county? Press it, or type its name.");

    // Persian, written with an Arabic ي and a space where the name has none.
    const byCounty = await member.send("خرم دره");
    expect(member.messages().find((m) => m.text?.startsWith("Which county?"))?.text).toMatch(/\n\n✅ Khorramdarreh$/);
    expect(lastText(byCounty)).toMatch(/NGOs? found/);
    const labels = buttonsOf(byCounty.at(-1)).filter((l) => !["«", "»"].includes(l));
    expect(labels).toContain(`${word} خرمدره — Khorramdarreh`);
    expect(labels.every((l) => l.endsWith("— Khorramdarreh"))).toBe(true);

    await member.send("/directory");
    await member.press("By field");
    expect(lastText(await member.send("Fantasy sports"))).toBe(
      "I do not know that name. Press one of the buttons above, or type the name as it is written on it.",
    );
    // Azerbaijani, in capitals: taken as the Health button. Many of this file's NGOs work in health, so
    // the first page need not hold this one: every NGO it lists is a verified one of that field.
    const byField = await member.send("SAĞLAMLIQ");
    expect(member.messages().findLast((m) => m.text?.startsWith("Which field"))?.text).toMatch(/\n\n✅ Health$/);
    expect(lastText(byField)).toMatch(/NGOs? found/);
    await expectOnlyVerifiedHealthNgos(byField.at(-1));
  });

  it("when a member opens a card, then it shows the NGO without the phone, and contact works only once the leader opens it", async () => {
    const word = persianWord();
    const { id, leader } = await verifiedNgo(`${word} سلامت`, "Abhar");
    const member = await memberOf(id);
    await member.send(`/directory ${word}`);
    const card = (await member.press(`${word} سلامت`)).messages.at(-1);
    expect(card?.text).toContain("County: Abhar");
    expect(card?.text).toContain("Fields: Health");
    expect(card?.text).toContain("Youth NGO: Yes");
    expect(card?.text).not.toContain("+98912");
    expect((await member.press("Contact")).answer).toBe("This NGO's leader has not opened contact through the directory.");

    await leader.send("/profile");
    const toggled = await leader.press("Directory contact: closed");
    expect(toggled.answer).toBe("Other NGOs can now see how to reach you in the directory.");
    expect((await h.app.services.ngos.card(id))?.allowContact).toBe(true);

    const contact = await member.press("Contact");
    expect(lastText(contact.messages)).toBe(`You can write to Leila, leader of ${word} سلامت.`);

    const official = h.user({ language: "en" });
    await official.send("/start");
    await h.appoint(official, { scope: "COUNTY", countyId: await h.countyId("Abhar") }, { by: adminId });
    await official.send(`/directory ${word}`);
    const officialCard = (await official.press(`${word} سلامت`)).messages.at(-1);
    expect(officialCard?.text).toContain("Phone: +989124444444");
  });

  it("when a member of a Zanjan NGO presses By county, then no province is asked and only Zanjan's counties are offered", async () => {
    const { id } = await verifiedNgo(`استان ${persianWord()}`, "Zanjan");
    const member = await memberOf(id);
    expect(lastText(await member.send("/directory"))).toBe("🏛 House of NGOs directory\nFind verified NGOs of the province:");
    const question = (await member.press("By county")).messages.at(-1);
    expect(question?.text).toBe("Which county? Press it, or type its name.");
    const zanjan = await h.app.services.reference.counties((await h.app.services.reference.county(await h.countyId("Abhar")))?.provinceId);
    expect(buttonsOf(question).sort()).toEqual(zanjan.map((c) => c.nameEn).sort());
    expect(buttonsOf(question)).not.toContain("Parsabad");
  });

  it("when a member of a Zanjan NGO searches, then NGOs of another province are not listed, and their forged buttons are refused", async () => {
    const word = persianWord();
    const { id } = await verifiedNgo(`${word} زنجان`, "Zanjan");
    const other = await verifiedNgo(`${word} اردبیل`, "Parsabad");
    const parsabad = await h.countyId("Parsabad");
    const ardabil = (await h.app.services.reference.county(parsabad))?.provinceId;
    const member = await memberOf(id);
    expect(buttonsOf((await member.send(`/directory ${word}`)).at(-1))).toEqual([`${word} زنجان — Zanjan`]);
    // A superadmin browses every province.
    const admin = h.user({ id: adminId, language: "en" });
    expect(buttonsOf((await admin.send(`/directory ${word}`)).at(-1)).sort()).toEqual([
      `${word} اردبیل — Parsabad`,
      `${word} زنجان — Zanjan`,
    ]);

    for (const [data, refusal] of [
      [`pv:directory:${ardabil}`, "You are not allowed to do this."],
      [`dir:all:${ardabil}:0`, "You are not allowed to do this."],
      [`dir:c:${parsabad}:0`, "You are not allowed to do this."],
      [`dir:ngo:${other.id}`, "I cannot find that any more."],
    ] as const) {
      const pressed = await member.pressData(data);
      expect(pressed.answer, data).toBe(refusal);
      expect(pressed.messages.filter((m) => m.text?.includes("اردبیل") || buttonsOf(m).some((b) => b.includes("اردبیل")))).toEqual([]);
    }
  });
});
