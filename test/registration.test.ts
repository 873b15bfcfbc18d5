import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, type TestUser, buttonsOf, newTelegramId, startApp } from "./support/harness.js";

/** Registration numbers unique to this run, so tests never clash with each other's NGOs. */
const regNo = () => `${Date.now() % 1_000_000}${Math.floor(Math.random() * 1000)}`;

let h: Harness;
const adminId = newTelegramId();

beforeAll(async () => {
  h = await startApp({ admins: [adminId] });
});
afterAll(() => h?.stop());

/** Walks a leader through every step with valid answers; returns the summary message. */
async function registerUpToSummary(leader: TestUser, answers: { name: string; number: string; county?: string }) {
  await leader.send("/register");
  await leader.send(answers.name);
  await leader.send(answers.number);
  await leader.send("Provincial governor's office");
  await leader.press(answers.county ?? "Abhar");
  await leader.press("Youth");
  await leader.press("Environment");
  await leader.press("Done");
  await leader.send("1398");
  await leader.send("25");
  await leader.press("Yes");
  await leader.shareContact("+989121234567");
  const replies = await leader.send("We plant trees with young volunteers in Abhar.");
  return replies.at(-1);
}

describe("NGO registration", () => {
  it("when a leader answers every step and confirms, then the NGO is stored as pending and, with no official for the county yet, the superadmin is asked to review it", async () => {
    const admin = h.user({ id: adminId, language: "en" });
    await admin.send("/start");
    // Other test files appoint officials in the shared database: start from none.
    const superadmin = { id: BigInt(adminId), roles: (await h.app.services.people.find(BigInt(adminId)))!.roles };
    for (const o of await h.app.services.officials.list(superadmin)) await h.app.services.officials.revoke(superadmin, o.personId);
    const leader = h.user({ language: "en", firstName: "Sara" });
    const number = regNo();
    const summary = await registerUpToSummary(leader, { name: "Green Abhar", number });
    expect(summary?.text).toContain("Please check your NGO's details");
    expect(summary?.text).toContain("Green Abhar");
    expect(summary?.text).toContain("Fields: Youth and Environment");
    expect(buttonsOf(summary)).toContain("✅ Confirm");

    const done = await leader.press("Confirm");
    expect(done.messages.at(-1)?.text).toContain("Green Abhar is registered and waits for review");

    const ngo = await h.app.services.ngos.ledBy(BigInt(leader.id));
    expect(ngo).toMatchObject({
      name: "Green Abhar",
      registrationNumber: number,
      status: "PENDING",
      foundedYear: 1398,
      memberCount: 25,
      isYouth: true,
      contactPhone: "+989121234567",
    });
    expect(ngo?.county.nameEn).toBe("Abhar");
    expect(ngo?.fields.map((f) => f.nameEn).sort()).toEqual(["Environment", "Youth"]);

    const review = await admin.waitFor((m) => m.text?.includes("Green Abhar") === true);
    expect(review.text).toContain("A new NGO awaits review");
    expect(buttonsOf(review)).toEqual(["✅ Approve", "❌ Reject"]);
  });
});

describe("review requests", () => {
  it("when an NGO registers in a county with an official, then that official (not the superadmin) gets the review request", async () => {
    const official = h.user({ language: "en", firstName: "Kaveh" });
    await official.send("/start");
    const superadmin = { id: BigInt(adminId), roles: (await h.app.services.people.find(BigInt(adminId)))!.roles };
    const tarom = (await h.app.services.reference.counties()).find((c) => c.nameEn === "Tarom")!;
    await h.app.services.officials.grant(superadmin, BigInt(official.id), { scope: "COUNTY", countyId: tarom.id });

    const leader = h.user({ language: "en" });
    await registerUpToSummary(leader, { name: "Tarom Olive Growers", number: regNo(), county: "Tarom" });
    await leader.press("Confirm");
    const review = await official.waitFor((m) => m.text?.includes("Tarom Olive Growers") === true);
    expect(review.text).toContain("County: Tarom");
    expect(review.text).toContain("Phone: +989121234567");
    const admin = h.user({ id: adminId, language: "en" });
    expect(admin.messages().some((m) => m.text?.includes("Tarom Olive Growers"))).toBe(false);
  });
});
