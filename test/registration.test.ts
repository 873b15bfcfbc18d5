import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonsOf, type Harness, newTelegramId, startApp } from "./support/harness.js";
import { registerUpToSummary, unique } from "./support/journeys.js";

let h: Harness;
const adminId = newTelegramId();

beforeAll(async () => {
  h = await startApp({ admins: [adminId] });
});
afterAll(() => h?.stop());

describe("NGO registration", () => {
  it("when a leader answers every step and confirms, then the NGO is stored as pending and, with no official for the county yet, the superadmin is asked to review it", async () => {
    const admin = h.user({ id: adminId, language: "en" });
    await admin.send("/start");
    // Other test files appoint officials in the shared database: start from none.
    const superadmin = await h.actor(adminId);
    for (const o of await h.app.services.officials.list(superadmin)) await h.app.services.officials.revoke(superadmin, o.personId);
    const leader = h.user({ language: "en", firstName: "Sara" });
    const number = unique();
    const summary = await registerUpToSummary(leader, { name: "Green Abhar", number });
    expect(summary?.text).toContain("Please check your NGO's details");
    expect(summary?.text).toContain("Green Abhar");
    expect(summary?.text).toContain("Fields: Youth; Environment");
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
    await h.appoint(official, { scope: "COUNTY", countyId: await h.countyId("Tarom") }, { by: adminId });

    const leader = h.user({ language: "en" });
    await registerUpToSummary(leader, { name: "Tarom Olive Growers", number: unique(), county: "Tarom" });
    await leader.press("Confirm");
    const review = await official.waitFor((m) => m.text?.includes("Tarom Olive Growers") === true);
    expect(review.text).toContain("County: Tarom");
    expect(review.text).toContain("Phone: +989121234567");
    const admin = h.user({ id: adminId, language: "en" });
    expect(admin.messages().some((m) => m.text?.includes("Tarom Olive Growers"))).toBe(false);
  });
});

/** How many times grammY's auto-retry plugin waited out a retry_after (it sleeps with setTimeout) while `steps` ran. */
async function floodWaits(steps: () => Promise<unknown>): Promise<number> {
  const original = globalThis.setTimeout;
  let waits = 0;
  globalThis.setTimeout = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    // The caller's own frame: other timers (a request's timeout) may have the plugin further down their async stack.
    if (new Error().stack?.split("\n")[2]?.includes("@grammyjs/auto-retry")) waits++;
    return original(handler, ms, ...args);
  }) as typeof setTimeout;
  try {
    await steps();
  } finally {
    globalThis.setTimeout = original;
  }
  return waits;
}

describe("flood limits in the middle of a conversation", () => {
  it("when Telegram asks the bot to wait before one reply of the registration, then that reply comes after the wait and the later steps do not wait again", async () => {
    const leader = h.user({ language: "en" });
    await leader.send("/register");
    h.fake.floodNextSend(1);
    let asked: Awaited<ReturnType<typeof leader.send>> = [];
    expect(await floodWaits(async () => (asked = await leader.send("Green Khodabandeh")))).toBeGreaterThan(0);
    expect(asked.at(-1)?.text).toContain("registration number");
    // Each update replays the conversation from its start, the refused reply included.
    const later = await floodWaits(async () => {
      await leader.send(unique());
      await leader.send("Provincial governor's office");
      await leader.press("Zanjan");
    });
    expect(later).toBe(0);
    expect(leader.messages().at(-1)?.text).toContain("county");
  });
});
