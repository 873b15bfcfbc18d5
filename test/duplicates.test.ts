import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../src/data/prisma.js";
import { nameSimilarity } from "../src/domain/duplicates.js";
import { normaliseName } from "../src/domain/text.js";
import { buttonsOf, databaseUrl, type Harness, newTelegramId, startApp, type TestUser } from "./support/harness.js";
import { unique } from "./support/journeys.js";
import { addTestProvince } from "./support/province.js";

let h: Harness;
let db: Db;
let province: Awaited<ReturnType<typeof addTestProvince>>;
const adminId = newTelegramId();
let official: TestUser;

beforeAll(async () => {
  db = createDb(databaseUrl());
  province = await addTestProvince(db);
  h = await startApp({ admins: [adminId] });
  await h.user({ id: adminId, language: "en" }).send("/start");
  official = h.user({ language: "en", firstName: "Officer" });
  await official.send("/start");
  await h.appoint(official, { scope: "PROVINCE", provinceId: province.provinceId });
});
afterAll(async () => {
  await h?.stop();
  await province?.remove();
  await db?.$disconnect();
});

async function ngo(name: string, county: string, phone = `+98935${unique().slice(-7)}`) {
  const leader = h.user({ language: "en", firstName: `Leader ${name}` });
  await leader.send("/start");
  const created = await h.app.services.ngos.register(BigInt(leader.id), {
    name,
    registrationNumber: unique(),
    registeringAuthority: "Governor's office",
    countyId: await h.countyId(county),
    fieldIds: [],
    foundedYear: 1390,
    memberCount: 5,
    isYouth: false,
    contactPhone: phone,
    description: "Maybe registered twice.",
  });
  return { ...created, leader };
}

const pairsShown = (replies: { text?: string }[]) => replies.filter((m) => m.text?.startsWith("🔁")).map((m) => m.text ?? "");

describe("likely duplicates", () => {
  it("when names are compared, then near-identical ones and a name that extends another count as similar", () => {
    const key = (name: string) => normaliseName(name);
    expect(nameSimilarity(key("انجمن حامیان محیط زیست"), key("انجمن حامیان محیط‌زیست"))).toBe(1);
    expect(nameSimilarity(key("انجمن حامیان محیط زیست"), key("انجمن حامیان محیط زیست ابهر"))).toBe(1);
    expect(nameSimilarity(key("Green Hands Society"), key("Green Hand Society"))).toBeGreaterThanOrEqual(0.8);
    expect(nameSimilarity(key("Green Hands Society"), key("Blue Sky Club"))).toBeLessThan(0.8);
  });

  it("when two NGOs of one county have very similar names or two share a phone, then officials get both pairs; similar names in two counties are not a pair", async () => {
    const word = unique();
    const first = await ngo(`Friends of the River ${word}`, "East Vale");
    const second = await ngo(`Friends of the Rivers ${word}`, "East Vale");
    await ngo(`Friends of the Rivers ${word} West`, "West Vale");
    const phoneA = await ngo(`Lantern ${word}`, "East Vale", "+989350000777");
    const phoneB = await ngo(`Candle ${word}`, "West Vale", "+989350000777");
    const replies = await official.send("/duplicates");
    const shown = pairsShown(replies);
    expect(shown.filter((t) => t.includes(first.name) && t.includes(second.name) && t.includes("Very similar names"))).toHaveLength(1);
    expect(shown.filter((t) => t.includes(phoneA.name) && t.includes(phoneB.name) && t.includes("The same contact phone"))).toHaveLength(1);
    expect(shown.filter((t) => t.includes("West") && t.includes("East Vale") && t.includes("Very similar names"))).toEqual([]);
  });

  it("when an official merges a pair, then the older record stays with the newer one's members and leader, the newer is closed, review cards lose their buttons, and it is audited", async () => {
    const word = unique();
    const older = await ngo(`Hope House ${word}`, "West Vale");
    const newer = await ngo(`Hope House ${word} Charity`, "West Vale");
    await h.app.services.ngos.approve(await h.actor(adminId), newer.id);
    const member = h.user({ language: "en" });
    await member.send("/start");
    await h.app.services.memberships.join(BigInt(member.id), newer.inviteToken);

    // The older record waits for review: the official's card of it has Approve / Reject.
    const card = await official.waitFor((m) => Boolean(m.text?.includes(older.name) && buttonsOf(m).includes("✅ Approve")));
    const replies = await official.send("/duplicates");
    const pair = replies.find((m) => m.text?.includes(older.name) && m.text?.includes(newer.name));
    expect(pair).toBeDefined();
    await official.press("Merge (keep the older)");
    const merged = await official.press("Yes, merge them");
    expect(merged.messages.at(-1)?.text).toBe(`Merged into ${older.name}; 2 people moved to it as members.`);

    const memberships = (await h.app.services.memberships.ngosOf(BigInt(member.id))).map((n) => n.id);
    expect(memberships).toEqual([older.id]);
    expect((await h.app.services.memberships.ngosOf(BigInt(newer.leader.id))).map((n) => n.id)).toEqual([older.id]);
    expect(await h.app.services.ngos.card(newer.id)).toMatchObject({ status: "REJECTED", leaderId: null });
    // The newer record was verified: the organisation stays verified in the record that is kept.
    expect((await h.app.services.ngos.card(older.id))?.status).toBe("VERIFIED");
    // Verified by the merge, it needs no review: its card loses its buttons.
    await h.settled();
    expect(buttonsOf(official.current(card))).toEqual([]);
    const again = await official.pressData(`dup:my:${older.id}:${newer.id}`);
    expect(again.answer).toBe("I cannot find that any more.");
    expect(await db.auditLog.findFirst({ where: { action: "ngo.merge", entityId: older.id } })).toMatchObject({
      actorId: BigInt(official.id),
      after: { kept: older.id },
    });
    await newer.leader.waitFor((m) => m.text?.includes("has been merged into") === true);
    expect(pairsShown(await official.send("/duplicates")).some((t) => t.includes(newer.name))).toBe(false);
  });

  it("when an official says a pair is not a duplicate, then it is not proposed again", async () => {
    const word = unique();
    const a = await ngo(`Open Doors ${word}`, "East Vale");
    const b = await ngo(`Open Door ${word}`, "East Vale");
    await official.send("/duplicates");
    const pairMessage = official.messages().findLast((m) => m.text?.includes(a.name) && m.text?.includes(b.name));
    const dismiss = (pairMessage?.replyMarkup?.inline_keyboard?.[0]?.[1] as { callback_data?: string } | undefined)?.callback_data ?? "";
    expect(dismiss).toMatch(/^dup:n:/);
    expect((await official.pressData(dismiss, pairMessage?.messageId)).answer).toBe("Noted: this pair will not be proposed again.");
    expect(pairsShown(await official.send("/duplicates")).some((t) => t.includes(a.name) && t.includes(b.name))).toBe(false);
  });

  it("when an official of another county or someone without a role tries, then they are refused and nothing is merged", async () => {
    const word = unique();
    const a = await ngo(`Bright Path ${word}`, "East Vale");
    const b = await ngo(`Bright Paths ${word}`, "East Vale");
    const westOfficial = h.user({ language: "en" });
    await westOfficial.send("/start");
    await h.appoint(westOfficial, { scope: "COUNTY", countyId: await h.countyId("West Vale") });
    expect((await westOfficial.pressData(`dup:my:${a.id}:${b.id}`)).answer).toBe("You are not allowed to do this.");
    // Nor may an official merge an NGO they lead themselves.
    const own = await ngo(`Bright Pathway ${word}`, "East Vale");
    await h.appoint(own.leader, { scope: "COUNTY", countyId: await h.countyId("East Vale") });
    expect((await own.leader.pressData(`dup:my:${a.id}:${own.id}`)).answer).toBe(
      "You cannot review an NGO you registered or lead; another official will.",
    );
    const visitor = h.user({ language: "en" });
    expect((await visitor.send("/duplicates")).at(-1)?.text).toBe("You are not allowed to do this.");
    expect((await h.app.services.ngos.card(b.id))?.status).toBe("PENDING");
  });
});
