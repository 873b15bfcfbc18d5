import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../src/data/prisma.js";
import { buttonsOf, databaseUrl, type Harness, newTelegramId, startApp, type TestUser } from "./support/harness.js";
import { unique } from "./support/journeys.js";

let h: Harness;
let db: Db;
const adminId = newTelegramId();
beforeAll(async () => {
  h = await startApp({ admins: [adminId] });
  db = createDb(databaseUrl());
});
afterAll(async () => {
  await db?.$disconnect();
  await h?.stop();
});

async function leaderWithNgo(): Promise<{ leader: TestUser; ngoId: string }> {
  const leader = h.user({ language: "en", firstName: "Nasrin" });
  await leader.send("/start");
  const [field] = await h.app.services.reference.fields();
  const ngo = await h.app.services.ngos.register(BigInt(leader.id), {
    name: `Profile NGO ${unique()}`,
    registrationNumber: unique(),
    registeringAuthority: "Governor's office",
    countyId: await h.countyId("Zanjan"),
    fieldIds: field ? [field.id] : [],
    foundedYear: 1390,
    memberCount: 30,
    isYouth: true,
    contactPhone: "+989121110000",
    description: "A profile test NGO of Zanjan.",
  });
  return { leader, ngoId: ngo.id };
}

describe("/start and /help by role", () => {
  it("when a visitor, a leader and a superadmin send /start, then each sees buttons for what they can do now", async () => {
    const visitor = h.user({ language: "en" });
    expect(buttonsOf((await visitor.send("/start")).at(-1))).toEqual(["📝 Register my NGO", "👤 My profile", "🌐 Language", "❓ Help"]);
    const { leader } = await leaderWithNgo();
    // A pending NGO: no invite link, partners or directory yet.
    expect(buttonsOf((await leader.send("/start")).at(-1))).toEqual(["🏢 My NGO", "👥 Members", "🌐 Language", "❓ Help"]);
    const admin = h.user({ id: adminId, language: "en" });
    const adminMenu = buttonsOf((await admin.send("/start")).at(-1));
    expect(adminMenu).toContain("📥 NGOs awaiting review");
    expect(adminMenu).toContain("🛡 Officials");
  });

  it("when a leader asks for /help, then the leader's commands are listed and the menu button starts registration for a visitor", async () => {
    const { leader } = await leaderWithNgo();
    const help = (await leader.send("/help")).at(-1)?.text ?? "";
    expect(help).toContain("/members — Your NGO's members");
    expect(help).not.toContain("/register");
    const visitor = h.user({ language: "en" });
    await visitor.send("/start");
    const started = await visitor.press("Register my NGO");
    expect(started.messages.at(-1)?.text).toContain("What is the NGO's full name?");
  });
});

describe("/profile", () => {
  it("when a leader edits a field of the NGO, then it is saved, audited, and the card shows it", async () => {
    const { leader, ngoId } = await leaderWithNgo();
    const card = await leader.send("/profile");
    expect(card[0]?.text).toContain("Phone: +989121110000");
    expect(card[0]?.text).toContain("Status: awaiting review");
    await leader.press("✏️ Members");
    expect((await leader.send("45")).at(-1)?.text).toBe("Saved.");
    expect((await h.app.services.ngos.card(ngoId))?.memberCount).toBe(45);
    const entry = await db.auditLog.findFirst({ where: { entityId: ngoId, action: "ngo.update" } });
    expect(entry).toMatchObject({ actorId: BigInt(leader.id), before: { memberCount: 30 }, after: { memberCount: 45 } });
  });

  it("when a member opens /profile, then they see their own data and no NGO edit buttons, and cannot press them", async () => {
    const member = h.user({ language: "en", firstName: "Omid" });
    const replies = await member.send("/profile");
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toContain("Name: Omid");
    expect(buttonsOf(replies[0])).toEqual(["🌐 Language", "🗑 Delete my data"]);
    expect((await member.pressData("profile:edit:name")).answer).toBe("Only an NGO's leader can do this.");
  });

  it("when a person deletes their data, then their record and memberships are gone; a leader must hand over first", async () => {
    const person = h.user({ language: "en" });
    await person.send("/profile");
    await person.press("Delete my data");
    await person.press("Yes, delete everything");
    expect(person.last().text).toContain("Your data is deleted");
    expect(await db.person.findUnique({ where: { id: BigInt(person.id) } })).toBeNull();

    const { leader } = await leaderWithNgo();
    await leader.send("/profile");
    await leader.press("Delete my data");
    const refused = await leader.press("Yes, delete everything");
    expect(refused.answer).toBe("You lead this NGO; hand leadership to a member first.");
    expect(await db.person.findUnique({ where: { id: BigInt(leader.id) } })).not.toBeNull();
  });
});

describe("audit log", () => {
  it("when an official approves an NGO and a superadmin appoints an official, then both are written with who, what, before and after", async () => {
    const { ngoId } = await leaderWithNgo();
    const admin = h.user({ id: adminId, language: "en" });
    await admin.send("/start");
    await admin.pressData(`review:approve:${ngoId}:1`);
    expect(await db.auditLog.findFirst({ where: { entityId: ngoId, action: "ngo.approve" } })).toMatchObject({
      actorId: BigInt(adminId),
      before: { status: "PENDING" },
      after: { status: "VERIFIED" },
    });
    const person = h.user({ language: "en" });
    await person.send("/start");
    await admin.send("/officials");
    await admin.press("Add an official");
    await admin.message({ users_shared: { request_id: 1, users: [{ user_id: person.id }] } } as never);
    await admin.press("Zanjan");
    await admin.press("Whole province");
    const grant = await db.auditLog.findFirst({ where: { entityId: String(person.id), action: "official.grant" } });
    expect(grant).toMatchObject({ actorId: BigInt(adminId), after: { scope: "PROVINCE", countyId: null } });
    expect(grant?.createdAt).toBeInstanceOf(Date);
  });
});
