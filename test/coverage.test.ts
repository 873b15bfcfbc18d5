import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../src/data/prisma.js";
import { databaseUrl, type Harness, newTelegramId, startApp, type TestUser } from "./support/harness.js";
import { registeredNgo } from "./support/journeys.js";
import { addTestProvince } from "./support/province.js";

let h: Harness;
let db: Db;
const adminId = newTelegramId();
let provincial: TestUser;
let province: Awaited<ReturnType<typeof addTestProvince>>;
let countyOfficial: TestUser;

async function ngo(county: string, fields: string[], verified = true, isYouth = false) {
  await registeredNgo(h, adminId, h.user({ language: "en" }), { county, fields, verified, isYouth });
}

beforeAll(async () => {
  db = createDb(databaseUrl());
  province = await addTestProvince(db);

  h = await startApp({ admins: [adminId] });
  await h.user({ id: adminId, language: "en" }).send("/start");
  provincial = h.user({ language: "en" });
  countyOfficial = h.user({ language: "en" });
  for (const official of [provincial, countyOfficial]) await official.send("/start");
  await h.appoint(provincial, { scope: "PROVINCE", provinceId: province.provinceId });
  await h.appoint(countyOfficial, { scope: "COUNTY", countyId: await h.countyId("West Vale") });

  // By hand: East Vale has Health 3, Children 1; West Vale has Children 4 (crowded), Health 0.
  await ngo("East Vale", ["Health"]);
  await ngo("East Vale", ["Health"]);
  await ngo("East Vale", ["Health", "Children"], true, true);
  for (let i = 0; i < 4; i++) await ngo("West Vale", ["Children"]);
  await ngo("West Vale", ["Health"], false); // pending: not counted
});

afterAll(async () => {
  await h?.stop();
  await province?.remove();
  await db.$disconnect();
});

const row = (values: ExcelJS.CellValue[] | { [key: string]: ExcelJS.CellValue }) => (Array.isArray(values) ? values.slice(1) : []);

describe("/coverage", () => {
  it("when the numbers are computed, then they match the hand count: verified NGOs per field and county", async () => {
    const coverage = await h.app.services.coverage.coverage(await h.actor(provincial.id));
    expect(coverage.counties.map((c) => c.nameEn)).toEqual(["East Vale", "West Vale"]);
    const byField = (name: string) => coverage.counts[coverage.fields.findIndex((f) => f.nameEn === name)];
    expect(byField("Health")).toEqual([3, 0]);
    expect(byField("Children")).toEqual([1, 4]);
    expect(byField("Environment")).toEqual([0, 0]);
    expect(coverage.youth).toEqual([1, 0]);
  });

  it("when a provincial official sends /coverage, then they get the gaps, the crowded cells and a heat map picture", async () => {
    const replies = await provincial.send("/coverage");
    const summary = replies.find((m) => m.text?.startsWith("🗺"))?.text ?? "";
    expect(summary).toContain("Verified NGOs by field of activity in 2 counties");
    expect(summary).toContain("• Environment: none in 2 of 2 counties (East Vale and West Vale)");
    expect(summary).not.toContain("• Children:");
    expect(summary).toContain("• West Vale, Children: 4 NGOs");
    expect(summary).toContain("Youth NGOs per county: East Vale 1 · West Vale 0");
    expect(summary).toContain("• No youth NGO yet in West Vale: a place to encourage new ones.");
    expect(summary).not.toContain("East Vale, Health");
    const picture = replies.find((m) => m.photo)?.photo?.bytes;
    expect(picture?.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const width = picture?.readUInt32BE(16) ?? 0;
    const height = picture?.readUInt32BE(20) ?? 0;
    expect(width).toBeGreaterThan(400);
    expect(width).toBeLessThan(2000);
    expect(height).toBeGreaterThan(18 * 30);
  });

  it("when the official asks for the Excel file, then it holds the same table with headers in their language", async () => {
    await provincial.send("/coverage");
    const sent = await provincial.press("Excel file");
    const file = sent.messages.find((m) => m.document)?.document;
    expect(file?.filename).toBe("coverage.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file?.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Coverage");
    expect(row(sheet?.getRow(1).values ?? [])).toEqual(["Field of activity", "East Vale", "West Vale"]);
    const rows = new Map<string, ExcelJS.CellValue[]>();
    sheet?.eachRow((r) => {
      const [label, ...counts] = row(r.values);
      rows.set(String(label), counts);
    });
    expect(rows.get("Health")).toEqual([3, 0]);
    expect(rows.get("Children")).toEqual([1, 4]);
  });

  it("when the official's province has no verified NGO yet, then they are told so once, with no picture or file", async () => {
    const official = h.user({ language: "en" });
    await official.send("/start");
    const zanjan = await db.province.findUniqueOrThrow({ where: { code: "zanjan" } });
    await h.appoint(official, { scope: "PROVINCE", provinceId: zanjan.id });
    const replies = await official.send("/coverage");
    expect(replies.map((m) => m.text)).toEqual([
      "No verified NGO in your area yet (8 counties), so there is no coverage to map. It fills in as officials approve NGOs (/pending).",
    ]);
    expect(replies.every((m) => m.method === "sendMessage")).toBe(true);
  });

  it("when a county official asks, then only their county is shown; someone with no role is refused", async () => {
    const coverage = await h.app.services.coverage.coverage(await h.actor(countyOfficial.id));
    expect(coverage.counties.map((c) => c.nameEn)).toEqual(["West Vale"]);
    const replies = await countyOfficial.send("/coverage");
    expect(replies.find((m) => m.text?.startsWith("🗺"))?.text).toContain("in 1 county");
    const visitor = h.user({ language: "en" });
    expect((await visitor.send("/coverage")).at(-1)?.text).toBe("You are not allowed to do this.");
  });

  it("when the map is drawn for a Persian reader, then it is a picture of the same size class (labels right to left)", async () => {
    const persian = h.user({ id: provincial.id, language: "fa" });
    await persian.send("/language");
    await persian.press("فارسی");
    const picture = (await persian.send("/coverage")).find((m) => m.photo)?.photo?.bytes;
    expect(picture?.readUInt32BE(16)).toBeGreaterThan(400);
    await writeFile(join(tmpdir(), "samanyar-coverage-fa.png"), picture ?? Buffer.alloc(0));
  });
});
