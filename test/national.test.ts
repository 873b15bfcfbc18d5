import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../src/data/prisma.js";
import { quarterBounds } from "../src/domain/calendar.js";
import { databaseUrl, type Harness, newTelegramId, readable, startApp, type TestUser } from "./support/harness.js";
import { registeredNgo, waitUntil } from "./support/journeys.js";
import { addProvince, type TestProvince } from "./support/national.js";
import { momentsOf, TEST_QUARTER } from "./support/quarter.js";
import { readWorkbook } from "./support/workbook.js";

/**
 * The national role, in two provinces of the test's own besides the seeded one. This quarter
 * Northland's North One held a meeting and North Two none; Southland's only county, South One,
 * held one. Each province has a pending NGO.
 */

let db: Db;
let h: Harness;
let north: TestProvince;
let south: TestProvince;
const adminId = newTelegramId();
const nationalId = newTelegramId();
const northOfficialId = newTelegramId();
let national: TestUser;
let northOfficial: TestUser;
const quarterKey = `${TEST_QUARTER.year}.${TEST_QUARTER.quarter}`;
const heldAt = new Date(quarterBounds(TEST_QUARTER).start.getTime() + 60_000);
const pending = { north: "", south: "" };
/** Leaders of a verified NGO in each province: a broadcast's possible recipients. */
const leaders = { north: 0, south: 0 };

const buttonLabels = (message: { replyMarkup?: { inline_keyboard?: { text: string }[][] } } | undefined) =>
  (message?.replyMarkup?.inline_keyboard ?? []).flat().map((b) => b.text);

beforeAll(async () => {
  db = createDb(databaseUrl());
  north = await addProvince(db, "Northland", ["North One", "North Two"]);
  south = await addProvince(db, "Southland", ["South One"]);
  h = await startApp({ admins: [adminId], clock: () => momentsOf(TEST_QUARTER).inside });
  national = h.user({ id: nationalId, language: "en" });
  northOfficial = h.user({ id: northOfficialId, language: "en" });
  for (const id of [adminId, nationalId, northOfficialId]) await h.user({ id, language: "en" }).send("/start");
  const admin = await h.actor(adminId);
  await h.app.services.officials.grant(admin, BigInt(nationalId), { scope: "NATIONAL" });
  await h.app.services.officials.grant(admin, BigInt(northOfficialId), { scope: "PROVINCE", provinceId: north.id });
  for (const countyId of [north.counties["North One"], south.counties["South One"]]) {
    await db.meeting.create({
      data: {
        countyId: countyId as number,
        title: "Water supply",
        theme: "Problems NGOs raised this season.",
        startsAt: heldAt,
        venue: "County hall",
        fieldIds: [],
        membersInvited: false,
        createdById: BigInt(adminId),
      },
    });
  }
  pending.north = await registeredNgo(h, adminId, h.user({ language: "en" }), { county: "North Two", fields: ["Health"], verified: false });
  pending.south = await registeredNgo(h, adminId, h.user({ language: "en" }), { county: "South One", fields: ["Health"], verified: false });
  for (const [where, county] of [
    ["north", "North Two"],
    ["south", "South One"],
  ] as const) {
    const leader = h.user({ language: "en" });
    await registeredNgo(h, adminId, leader, { county, fields: ["Health"] });
    leaders[where] = leader.id;
  }
});

afterAll(async () => {
  await h?.stop();
  await db?.$disconnect();
});

describe("granting the national role", () => {
  it("when a superadmin adds an official and picks every province, then the person is a national official, audited, and can be removed", async () => {
    const admin = h.user({ id: adminId, language: "en" });
    const person = h.user({ language: "en", firstName: "Nasrin" });
    await person.send("/start");
    await admin.send("/officials");
    await admin.press("Add an official");
    await admin.send(String(person.id));
    // Whichever province is chosen first, the national role is offered above it.
    await admin.press("Zanjan");
    const done = await admin.press("Every province (national official)");
    expect(done.messages.at(-1)?.text).toBe("Nasrin is now an official.");
    expect(await db.official.findUnique({ where: { personId: BigInt(person.id) } })).toMatchObject({
      scope: "NATIONAL",
      provinceId: null,
      countyId: null,
    });
    const granted = await db.auditLog.findFirst({ where: { action: "official.grant", entityId: String(person.id) } });
    expect(granted?.after).toEqual({ scope: "NATIONAL", provinceId: null, countyId: null });
    expect((await h.actor(person.id)).roles.official?.scope).toBe("NATIONAL");

    const list = (await admin.send("/officials")).at(-1);
    expect(list?.text).toContain("Nasrin — 🌐 Every province (national official)");
    await admin.press("✖ Nasrin");
    await admin.press("Yes, I am sure");
    expect(await db.official.findUnique({ where: { personId: BigInt(person.id) } })).toBeNull();
    const revoked = await db.auditLog.findFirst({ where: { action: "official.revoke", entityId: String(person.id) } });
    expect(revoked?.before).toEqual({ scope: "NATIONAL", provinceId: null, countyId: null });
  });
});

describe("/kpi across provinces", () => {
  it("when a national official sends /kpi, then they pick a province or all provinces", async () => {
    const picker = (await national.send("/kpi")).at(-1);
    expect(picker?.text).toBe("Which province? Or all provinces?");
    expect(buttonLabels(picker)).toEqual(expect.arrayContaining(["🌐 All provinces", "Northland", "Southland", "Zanjan"]));
  });

  it("when a national official picks all provinces, then the provinces are compared: counties on target, meetings held against one per county", async () => {
    await national.send("/kpi");
    const report = (await national.press("All provinces")).messages.at(-1)?.text ?? "";
    expect(report).toContain("❌ Northland: 1 of 2 counties held their meeting (1 meeting held)");
    expect(report).toContain("✅ Southland: all 1 county held their meeting (1 meeting held)");
    expect(report).toContain("All provinces");
    expect(report).not.toContain("North One");

    const file = (await national.press("Excel file")).messages.find((m) => m.document)?.document;
    const provinces = (await readWorkbook(file?.bytes))("Provinces");
    expect(provinces[0]?.slice(0, 5)).toEqual(["Province", "Counties", "Counties on target", "Meetings required", "Meetings held"]);
    const row = (name: string) => provinces.find((r) => r[0] === name)?.slice(0, 5);
    expect(row("Northland")).toEqual(["Northland", 2, 1, 2, 1]);
    expect(row("Southland")).toEqual(["Southland", 1, 1, 1, 1]);
    const picture = (await national.press("Chart")).messages.find((m) => m.photo)?.photo?.bytes;
    expect(picture?.subarray(1, 4).toString()).toBe("PNG");
  });

  it("when a national official picks one province, then the report is that province's counties only", async () => {
    await national.send("/kpi");
    const report = (await national.press("Southland")).messages.at(-1)?.text ?? "";
    expect(report).toContain("South One");
    expect(report).not.toContain("North One");
    expect(report).toContain("Counties that held their meeting of the quarter: 1 of 1");
  });

  it("when a provincial official sends /kpi, then no province is asked and only their province's counties are shown", async () => {
    const report = (await northOfficial.send("/kpi")).at(-1)?.text ?? "";
    expect(report).toContain("North One");
    expect(report).toContain("North Two");
    expect(report).not.toContain("South One");
    expect(report).not.toContain("Southland");
  });

  it("when a provincial official presses a forged button of another province, then it is refused and nothing of it is shown", async () => {
    await northOfficial.send("/start");
    const picked = await northOfficial.pressData(`pv:kpi:${south.id}`);
    expect(picked.answer).toBe("You are not allowed to do this.");
    const excel = await northOfficial.pressData(`kpi:p:xlsx:${quarterKey}:${south.id}`);
    expect(excel.answer).toBe("You are not allowed to do this.");
    expect([...picked.messages, ...excel.messages].filter((m) => m.document || m.text?.includes("South One"))).toEqual([]);
    expect((await northOfficial.pressData(`pv:coverage:${south.id}`)).answer).toBe("You are not allowed to do this.");
    expect((await northOfficial.pressData(`pv:pending:${south.id}`)).answer).toBe("You are not allowed to do this.");
  });
});

describe("the scope of lists and reports", () => {
  it("when a national official lists pending NGOs for all provinces or one, then they see both provinces' or that one's", async () => {
    const actor = await h.actor(nationalId);
    const all = (await h.app.services.ngos.pendingFor(actor)).map((n) => n.id);
    expect(all).toEqual(expect.arrayContaining([pending.north, pending.south]));
    expect((await h.app.services.ngos.pendingFor(actor, south.id)).map((n) => n.id)).toEqual([pending.south]);
    const coverage = await h.app.services.coverage.coverage(actor, north.id);
    expect(coverage.counties.map((c) => c.nameEn)).toEqual(["North One", "North Two"]);
  });

  it("when a provincial official lists or reports, then province B's NGOs, counties and meetings never appear", async () => {
    const actor = await h.actor(northOfficialId);
    expect((await h.app.services.ngos.pendingFor(actor)).map((n) => n.id)).toEqual([pending.north]);
    expect((await h.app.services.coverage.coverage(actor)).counties.map((c) => c.nameEn)).toEqual(["North One", "North Two"]);
    const report = await h.app.services.kpi.report(actor, TEST_QUARTER, momentsOf(TEST_QUARTER).inside);
    expect(report.meetings.map((m) => m.county.nameEn)).toEqual(["North One"]);
    expect(report.provinces).toEqual([]);
    await expect(h.app.services.duplicates.pairs(actor, south.id)).rejects.toThrow("forbidden");
  });

  it("when a national official opens /pending, then they pick a province and get its NGOs only", async () => {
    await national.send("/pending");
    const replies = (await national.press("Southland")).messages.map((m) => m.text ?? "");
    expect(replies.join("\n")).toContain("South One");
    expect(replies.join("\n")).not.toContain("North Two");
  });
});

describe("broadcasts to provinces", () => {
  it("when a national official broadcasts to one province, then its people get it and the other province's do not", async () => {
    await national.send("/broadcast");
    await national.send("Water rationing in the south from Saturday.");
    await national.press("Leaders only");
    await national.press("Choose provinces");
    await national.press("Southland");
    await national.press("Done");
    await national.press("All verified NGOs");
    const summary = (await national.press("Now")).messages.at(-1)?.text ?? "";
    expect(summary).toContain("NGOs: All verified NGOs, in Southland");
    expect(summary).toContain("• Southland: 1");
    expect(summary).not.toContain("Northland");
    await national.press("Confirm");
    const broadcast = await db.broadcast.findFirstOrThrow({ where: { label: "Water rationing in the south from Saturday." } });
    expect(broadcast.provinceIds).toEqual([south.id]);
    await waitUntil(async () => (await db.broadcast.findUniqueOrThrow({ where: { id: broadcast.id } })).status === "DONE");
    await h.settled();
    const got = (id: number) => h.fake.messagesTo(id).some((m) => m.text === "Water rationing in the south from Saturday.");
    expect([got(leaders.south), got(leaders.north)]).toEqual([true, false]);
    const deliveries = await db.broadcastDelivery.findMany({ where: { broadcastId: broadcast.id } });
    expect(deliveries.map((d) => Number(d.personId))).toEqual([leaders.south]);
  });

  it("when a provincial official targets another province, then the broadcast is refused", async () => {
    const target = {
      audience: "LEADERS" as const,
      countyIds: [north.counties["North One"] as number],
      provinceIds: [south.id],
      fieldIds: [],
      youthOnly: false,
      essential: false,
    };
    await expect(h.app.services.broadcasts.preview(await h.actor(northOfficialId), target)).rejects.toThrow("forbidden");
    const national = await h.app.services.broadcasts.preview(await h.actor(nationalId), {
      ...target,
      countyIds: Object.values(north.counties),
    });
    // North's counties within Southland: nobody, since the audience is filtered by the provinces.
    expect(national.total).toBe(0);
  });
});

describe("/needs, /meetings and /attendance across provinces", () => {
  /** A round and an upcoming meeting in each province, titled after it so a list shows whose they are. */
  beforeAll(async () => {
    const inAWeek = new Date(Date.now() + 7 * 24 * 3_600_000);
    for (const [province, county] of [
      [north, "North One"],
      [south, "South One"],
    ] as const) {
      const countyId = province.counties[county] as number;
      await db.needsRound.create({
        data: {
          title: `${province.nameEn} needs round`,
          provinceId: province.id,
          counties: { connect: [{ id: countyId }] },
          deadline: inAWeek,
          openedById: BigInt(adminId),
        },
      });
      await db.meeting.create({
        data: {
          countyId,
          title: `${province.nameEn} coming meeting`,
          theme: "Plans for next season.",
          startsAt: inAWeek,
          venue: "County hall",
          fieldIds: [],
          membersInvited: false,
          createdById: BigInt(adminId),
        },
      });
    }
  });

  /** The labels of the list a national official gets by sending the command and picking the province. */
  const pickedList = async (command: string, province: string) => {
    const picker = (await national.send(command)).at(-1);
    expect(picker?.text).toBe("Which province? Or all provinces?");
    return buttonLabels((await national.press(province)).messages.at(-1)).join("\n");
  };

  it("when a national official opens /needs and picks Southland, then only Southland's rounds are listed", async () => {
    const rounds = await pickedList("/needs", "Southland");
    expect(rounds).toContain("Southland needs round");
    expect(rounds).not.toContain("Northland needs round");
    const all = await pickedList("/needs", "All provinces");
    expect(all).toContain("Southland needs round");
    expect(all).toContain("Northland needs round");
  });

  it("when a national official opens /meetings and picks Northland, then only Northland's upcoming meetings are listed", async () => {
    const meetings = await pickedList("/meetings", "Northland");
    expect(meetings).toContain("Northland coming meeting");
    expect(meetings).not.toContain("Southland coming meeting");
  });

  it("when a national official opens /attendance and picks Southland, then only Southland's meetings are listed", async () => {
    const meetings = await pickedList("/attendance", "Southland");
    expect(meetings).toContain("Southland coming meeting");
    expect(meetings).not.toContain("Northland coming meeting");
  });

  it("when a provincial official opens these lists, then no province is asked and province B's items never appear", async () => {
    for (const [command, item] of [
      ["/needs", "needs round"],
      ["/meetings", "coming meeting"],
      ["/attendance", "coming meeting"],
    ] as const) {
      const list = buttonLabels((await northOfficial.send(command)).at(-1)).join("\n");
      expect(list).toContain(`Northland ${item}`);
      expect(list).not.toContain(`Southland ${item}`);
    }
  });

  it("when a provincial official presses a forged picker button of another province, then it is refused and nothing is listed", async () => {
    for (const report of ["needs", "meetings", "attendance"]) {
      const picked = await northOfficial.pressData(`pv:${report}:${south.id}`);
      expect(picked.answer).toBe("You are not allowed to do this.");
      expect(picked.messages.filter((m) => m.text || m.replyMarkup)).toEqual([]);
    }
  });
});

describe("/directory across provinces", () => {
  /** The English names of a province's counties, in any order. */
  const countiesOf = async (province: { code: string } | { id: number }) =>
    (await db.county.findMany({ where: "code" in province ? { province: { code: province.code } } : { provinceId: province.id } }))
      .map((c) => c.nameEn)
      .sort();

  it("when a national official opens /directory and picks Ardabil, then By county offers Ardabil's counties and no other", async () => {
    const picker = (await national.send("/directory")).at(-1);
    expect(picker?.text).toBe("Which province? Or all provinces?");
    expect(buttonLabels(picker)).toEqual(expect.arrayContaining(["🌐 All provinces", "Ardabil", "Northland", "Southland", "Zanjan"]));
    const menu = (await national.press("Ardabil")).messages.at(-1);
    expect(readable(menu?.text ?? "")).toBe("🏛 House of NGOs directory\nFind verified NGOs of Ardabil:");
    const question = (await national.press("By county")).messages.at(-1);
    expect(question?.text).toBe("Which county? Press it, or type its name.");
    const ardabil = await countiesOf({ code: "ardabil" });
    expect(ardabil.length).toBeGreaterThan(1);
    expect(buttonLabels(question).sort()).toEqual(ardabil);
    await national.send("/cancel");
  });

  it("when a national official picks all provinces, then By county asks the province first and offers its counties only, and By name finds NGOs of every province", async () => {
    await national.send("/directory");
    const menu = (await national.press("All provinces")).messages.at(-1);
    expect(menu?.text).toBe("🏛 House of NGOs directory\nFind verified NGOs of all provinces:");
    const asked = (await national.press("By county")).messages.at(-1);
    expect(asked?.text).toBe("Which province? Press it, or type its name.");
    const question = (await national.send("southland")).at(-1);
    expect(question?.text).toBe("Which county? Press it, or type its name.");
    expect(buttonLabels(question)).toEqual(await countiesOf(south));
    await national.send("/cancel");

    await national.send("/directory");
    await national.press("All provinces");
    await national.press("By name");
    const found = (await national.send("Test NGO")).at(-1);
    const labels = buttonLabels(found).join("\n");
    expect(labels).toContain("— North Two");
    expect(labels).toContain("— South One");
  });

  it("when a provincial official opens /directory, then no province is asked, and a forged button of another province is refused with nothing shown", async () => {
    const menu = (await northOfficial.send("/directory")).at(-1);
    expect(menu?.text).toBe("🏛 House of NGOs directory\nFind verified NGOs of the province:");
    const question = (await northOfficial.press("By county")).messages.at(-1);
    expect(buttonLabels(question)).toEqual(await countiesOf(north));
    await northOfficial.send("/cancel");

    const southCounty = south.counties["South One"] as number;
    const southNgo = await db.ngo.findFirstOrThrow({ where: { status: "VERIFIED", countyId: southCounty } });
    for (const data of [
      `pv:directory:${south.id}`,
      `dir:counties:${south.id}`,
      `dir:fields:${south.id}`,
      `dir:name:${south.id}`,
      `dir:all:${south.id}:0`,
      `dir:c:${southCounty}:0`,
      `dir:ngo:${southNgo.id}`,
    ]) {
      const pressed = await northOfficial.pressData(data);
      expect(pressed.answer, data).toBe(data.startsWith("dir:ngo") ? "I cannot find that any more." : "You are not allowed to do this.");
      expect(pressed.messages.filter((m) => m.text || m.replyMarkup)).toEqual([]);
    }
  });
});
