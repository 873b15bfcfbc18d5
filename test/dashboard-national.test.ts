import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../src/data/prisma.js";
import { databaseUrl, type Harness, newTelegramId, startApp } from "./support/harness.js";
import { registeredNgo } from "./support/journeys.js";
import { addProvince, type TestProvince } from "./support/national.js";

/**
 * The dashboard of a national official (every province) and of a provincial one (Northland), with two
 * provinces of the test's own: the national official picks a province or all of them in the page's
 * header, as in the bot; the provincial official has nothing to pick and may not ask for Southland.
 */

let db: Db;
let h: Harness;
let north: TestProvince;
let south: TestProvince;
const adminId = newTelegramId();
const nationalId = newTelegramId();
const northOfficialId = newTelegramId();

beforeAll(async () => {
  db = createDb(databaseUrl());
  north = await addProvince(db, "Northland", ["North One", "North Two"]);
  south = await addProvince(db, "Southland", ["South One"]);
  h = await startApp({ admins: [adminId], env: { DASHBOARD_URL: "https://dashboard.example.org/dashboard" } });
  for (const id of [adminId, nationalId, northOfficialId]) await h.user({ id, language: "en" }).send("/start");
  const admin = await h.actor(adminId);
  await h.app.services.officials.grant(admin, BigInt(nationalId), { scope: "NATIONAL" });
  await h.app.services.officials.grant(admin, BigInt(northOfficialId), { scope: "PROVINCE", provinceId: north.id });
  // A pending NGO in each province: the NGOs page lists it with its county.
  await registeredNgo(h, adminId, h.user({ language: "en" }), { county: "North Two", fields: ["Health"], verified: false });
  await registeredNgo(h, adminId, h.user({ language: "en" }), { county: "South One", fields: ["Health"], verified: false });
  // A meeting held yesterday in each province: the Meetings page lists it among the past ones.
  for (const [countyId, title] of [
    [north.counties["North One"], "Northland water supply"],
    [south.counties["South One"], "Southland roads"],
  ] as const) {
    await db.meeting.create({
      data: {
        countyId: countyId as number,
        title,
        theme: "Problems NGOs raised this season.",
        startsAt: new Date(Date.now() - 86_400_000),
        venue: "County hall",
        fieldIds: [],
        membersInvited: false,
        createdById: BigInt(adminId),
      },
    });
  }
  await h.settled();
});

afterAll(async () => {
  await h?.stop();
  await db?.$disconnect();
});

/** A browser signed in by the link /dashboard gives the person; pages read as they show (without the isolation marks). */
async function signedIn(telegramId: number) {
  const reply = (await h.user({ id: telegramId, language: "en" }).send("/dashboard")).find((m) => m.text?.startsWith("📊"));
  const buttons: { url?: string }[] = (reply?.replyMarkup?.inline_keyboard ?? []).flat();
  const link = new URL(buttons.find((b) => b.url?.includes("/sign-in"))?.url ?? "");
  const base = `http://127.0.0.1:${h.app.httpAddress()?.port}`;
  const signIn = await fetch(base + link.pathname + link.search, { redirect: "manual" });
  expect(signIn.status).toBe(200);
  const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return async (path: string) => {
    const response = await fetch(base + path, { headers: { cookie, "accept-language": "en" }, redirect: "manual" });
    return { status: response.status, text: (await response.text()).replace(/[\u2066-\u2069]/g, "") };
  };
}

describe("the province of a national official's dashboard", () => {
  it("when a national official opens Indicators, NGOs and Coverage for one province, then only that province's counties show, and the links keep it", async () => {
    const get = await signedIn(nationalId);
    for (const page of ["/dashboard/", "/dashboard/ngos", "/dashboard/coverage"]) {
      const { status, text } = await get(`${page}?province=${north.id}`);
      expect(status, page).toBe(200);
      expect(text, page).toContain("North Two");
      expect(text, page).not.toContain("South One");
      // The select shows the province chosen, and the sections' links stay in it.
      expect(text, page).toContain(`<option value="${north.id}" selected>Northland</option>`);
      expect(text, page).toContain(`href="/dashboard/meetings?province=${north.id}"`);
    }
  });

  it("when a national official opens Meetings for one province, then only that province's meetings are listed, and all of them without it", async () => {
    const get = await signedIn(nationalId);
    const one = await get(`/dashboard/meetings?province=${south.id}`);
    expect(one.status).toBe(200);
    expect(one.text).toContain("Southland roads");
    expect(one.text).not.toContain("Northland water supply");
    const all = await get("/dashboard/meetings");
    expect(all.text).toContain("Southland roads");
    expect(all.text).toContain("Northland water supply");
  });

  it("when a national official opens Indicators, NGOs and Coverage without a province, then every province's counties show and the select offers all provinces", async () => {
    const get = await signedIn(nationalId);
    for (const page of ["/dashboard/", "/dashboard/ngos", "/dashboard/coverage"]) {
      const { status, text } = await get(page);
      expect(status, page).toBe(200);
      expect(text, page).toContain("North Two");
      expect(text, page).toContain("South One");
      expect(text, page).toContain('<select name="province">');
      expect(text, page).toContain('<option value="">🌐 All provinces</option>');
      expect(text, page).toContain(`<option value="${south.id}">Southland</option>`);
      expect(text, page).toContain('href="/dashboard/meetings"');
    }
  });

  it("when a provincial official asks for another province, then they are refused (403), and their own pages have no province select", async () => {
    const get = await signedIn(northOfficialId);
    for (const page of ["/dashboard/", "/dashboard/ngos", "/dashboard/coverage", "/dashboard/meetings", "/dashboard/broadcasts"]) {
      const forged = await get(`${page}?province=${south.id}`);
      expect(forged.status, page).toBe(403);
      expect(forged.text, page).not.toContain("South One");
    }
    const own = await get("/dashboard/ngos");
    expect(own.status).toBe(200);
    expect(own.text).toContain("North Two");
    expect(own.text).not.toContain("South One");
    expect(own.text).not.toContain('name="province"');
  });
});
