import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../src/data/prisma.js";
import { quarterBounds, quarterOf, tehranDate } from "../src/domain/calendar.js";
import { databaseUrl, type Harness, newTelegramId, readable, startApp } from "./support/harness.js";
import { registeredNgo } from "./support/journeys.js";
import { addTestProvince, appointOfficials } from "./support/province.js";

/**
 * The public transparency page (PUBLIC_DASHBOARD=true), read without signing
 * in. The test province: East Vale has two verified NGOs in Education (one
 * answered the training-needs round) and held its meeting this quarter; West
 * Vale has one verified NGO in Health, one pending in Education, and no meeting.
 */

let db: Db;
let h: Harness;
let province: Awaited<ReturnType<typeof addTestProvince>>;
const ids = { admin: newTelegramId(), provincial: newTelegramId(), westVale: newTelegramId() };
const NGO_NAME = "Shelter of the test <b>";
const LEADER = "Maryamtestleader";

beforeAll(async () => {
  h = await startApp({ admins: [ids.admin], env: { DASHBOARD_URL: "https://dashboard.example.org/dashboard", PUBLIC_DASHBOARD: "true" } });
  db = createDb(databaseUrl());
  province = await addTestProvince(db);
  await appointOfficials(h, ids, province.provinceId);
  const answering = h.user({ language: "en", firstName: LEADER });
  await registeredNgo(h, ids.admin, answering, { county: "East Vale", fields: ["Education"], name: NGO_NAME });
  await registeredNgo(h, ids.admin, h.user({ language: "en" }), { county: "East Vale", fields: ["Education"] });
  await registeredNgo(h, ids.admin, h.user({ language: "en" }), { county: "West Vale", fields: ["Health"] });
  await registeredNgo(h, ids.admin, h.user({ language: "en" }), { county: "West Vale", fields: ["Education"], verified: false });

  const provincial = await h.actor(ids.provincial);
  const east = await h.countyId("East Vale");
  const { meeting } = await h.app.services.meetings.create(
    provincial,
    {
      countyId: east,
      title: "East Vale water supply",
      theme: "Problems NGOs raised with the county this season.",
      startsAt: new Date(Date.now() + 7 * 86_400_000),
      venue: "County hall",
      location: null,
      fieldIds: [],
      membersInvited: true,
    },
    new Date(),
  );
  // It has taken place, early in this quarter.
  await db.meeting.update({
    where: { id: meeting.id },
    data: { startsAt: new Date(quarterBounds(quarterOf(new Date())).start.getTime() + 60_000) },
  });

  const { round } = await h.app.services.needs.openRound(
    provincial,
    {
      title: "Skills this season",
      deadline: tehranDate(new Date(Date.now() + 10 * 86_400_000)),
      countyIds: [east, await h.countyId("West Vale")],
    },
    new Date(),
  );
  const topic = (await h.app.services.needs.topics())[0]?.id ?? 0;
  await h.app.services.needs.submit(
    BigInt(answering.id),
    round.id,
    { choices: [{ topicId: topic, priority: "HIGH" }], format: "ONLINE", attendees: 4, days: [1], times: ["evening"], otherNeed: null },
    new Date(),
  );
});

afterAll(async () => {
  if (province) {
    await db.meeting.deleteMany({ where: { county: { provinceId: province.provinceId } } });
    await db.needsRound.deleteMany({ where: { provinceId: province.provinceId } });
  }
  await province?.remove();
  await db?.$disconnect();
  await h?.stop();
});

const get = (path: string) => fetch(`http://127.0.0.1:${h.app.httpAddress()?.port}${path}`, { headers: { "accept-language": "en" } });

describe("public transparency page", () => {
  it("when anyone opens it without signing in, then they read the province's counts per county and no name or phone", async () => {
    const response = await get(`/dashboard/public?province=${province.provinceId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toBeNull();
    const page = readable(await response.text());
    // Verified NGOs per field and county (the pending one is not counted).
    expect(page).toContain('<tr><th scope="row">Education</th><td>2</td><td>0</td></tr>');
    expect(page).toContain('<tr><th scope="row">Health</th><td>0</td><td>1</td></tr>');
    // Meetings held this quarter (the last column) against the one required.
    expect(page).toMatch(/<th scope="row">East Vale<\/th>(<td[^>]*>[^<]*<\/td>){3}<td class="met">✅ 1 \/ 1<\/td><\/tr>/);
    expect(page).toMatch(/<th scope="row">West Vale<\/th>(<td[^>]*>[^<]*<\/td>){3}<td class="missed">❌ 0 \/ 1<\/td><\/tr>/);
    // Training needs: invited and answered per county.
    expect(page).toMatch(/<th scope="row">East Vale<\/th><td>2<\/td><td>1<\/td>\s*<td>50%<\/td>/);
    expect(page).toMatch(/<th scope="row">West Vale<\/th><td>1<\/td><td>0<\/td>/);

    for (const personal of ["Shelter of the test", LEADER, "+98912", "East Vale water supply", "County hall", "Skills this season"])
      expect(page).not.toContain(personal);
    expect(page).not.toMatch(/<script(?! src="\/dashboard\/static\/)/);
  });

  it("when it is asked for in Persian or Azerbaijani, then it is in that language, right to left for Persian with Persian digits", async () => {
    const persian = readable(await (await get(`/dashboard/public?province=${province.provinceId}&lang=fa`)).text());
    expect(persian).toContain('<html lang="fa" dir="rtl">');
    expect(persian).toContain("سمن‌های تأییدشده");
    expect(persian).toContain("<td>۲</td><td>۰</td>");
    const azerbaijani = readable(await (await get(`/dashboard/public?province=${province.provinceId}&lang=az`)).text());
    expect(azerbaijani).toContain('<html lang="az" dir="ltr">');
    expect(azerbaijani).toContain("təsdiqlənmiş QHT-lər");
  });
});
