import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PARTNER_REQUESTS_PER_DAY } from "../src/domain/partners.js";
import { type Harness, newTelegramId, startApp } from "./support/harness.js";
import { unique } from "./support/journeys.js";

let h: Harness;
const adminId = newTelegramId();

beforeAll(async () => {
  h = await startApp({ admins: [adminId] });
  await h.user({ id: adminId, language: "en" }).send("/start");
});
afterAll(() => h?.stop());

async function ngo(name: string, county: string, fields: string[], options: { verified?: boolean } = {}) {
  const leader = h.user({ language: "en", firstName: `Leader of ${name}` });
  await leader.send("/start");
  const all = await h.app.services.reference.fields();
  const created = await h.app.services.ngos.register(BigInt(leader.id), {
    name: `${name} ${unique()}`,
    registrationNumber: unique(),
    registeringAuthority: "Governor's office",
    countyId: await h.countyId(county),
    fieldIds: all.filter((f) => fields.includes(f.nameEn)).map((f) => f.id),
    foundedYear: 1395,
    memberCount: 9,
    isYouth: false,
    contactPhone: `+98912${String(leader.id).slice(-7)}`,
    description: `${name} works in ${county}.`,
  });
  if (options.verified !== false) await h.app.services.ngos.approve(await h.actor(adminId), created.id);
  return { id: created.id, name: created.name, leader };
}

describe("partners", () => {
  it("when a leader asks for partners, then NGOs sharing fields come nearest first: same county, neighbouring county, the province", async () => {
    const own = await ngo("Asker", "Zanjan", ["Health", "Children"]);
    const sameCountyOneField = await ngo("Same county", "Zanjan", ["Health"]);
    const sameCountyTwoFields = await ngo("Same county, both fields", "Zanjan", ["Health", "Children"]);
    const neighbour = await ngo("Neighbour", "Tarom", ["Health"]);
    const province = await ngo("Province", "Abhar", ["Children"]);
    const otherField = await ngo("Other field", "Zanjan", ["Environment"]);
    const pending = await ngo("Pending", "Zanjan", ["Health"], { verified: false });

    const order = (await h.app.services.partners.proposals(BigInt(own.leader.id))).map((p) => p.ngo.id);
    const ours = order.filter((id) =>
      [sameCountyOneField, sameCountyTwoFields, neighbour, province, otherField, pending].some((n) => n.id === id),
    );
    expect(ours).toEqual([sameCountyTwoFields.id, sameCountyOneField.id, neighbour.id, province.id]);

    const listed = await own.leader.send("/partners");
    expect(listed.at(-1)?.text).toMatch(/^\d+ NGOs share your fields of activity \(page 1 of \d+\), nearest first:/);
    expect(listed.at(-1)?.replyMarkup.inline_keyboard[0][0].text).toMatch(/^📍 /);
  });

  it("when a leader asks to get in touch and the other accepts, then both get each other's contact", async () => {
    const asker = await ngo("Greeter", "Ijrud", ["Education"]);
    const asked = await ngo("Welcomer", "Ijrud", ["Education"]);
    await asker.leader.pressData(`partners:ngo:${asked.id}`);
    const sent = await asker.leader.press("Ask to get in touch");
    expect(sent.answer).toBe(`Your request was sent. You can send ${PARTNER_REQUESTS_PER_DAY - 1} more today.`);

    const request = await asked.leader.waitFor((m) => m.text?.includes("would like to get in touch") === true);
    expect(request.text).toContain(asker.name);
    expect(request.text).not.toContain("+98912");
    const stranger = h.user({ language: "en" });
    await stranger.send("/start");
    const callback = (request.replyMarkup.inline_keyboard[0][0] as { callback_data: string }).callback_data;
    expect((await stranger.pressData(callback)).answer).toBe("You are not allowed to do this.");

    await asked.leader.press("Accept");
    const toAsker = await asker.leader.waitFor((m) => m.text?.includes("You are now in touch") === true);
    expect(toAsker.text).toContain(asked.name);
    expect(toAsker.text).toContain(`Leader of Welcomer`);
    const toAsked = await asked.leader.waitFor((m) => m.text?.includes("You are now in touch") === true);
    expect(toAsked.text).toContain(asker.name);
    expect(toAsked.text).toContain("Leader of Greeter");
    expect(toAsked.text).not.toContain("+98912"); // a personal phone is for officials only

    expect((await asker.leader.pressData(`partners:ask:${asked.id}`)).answer).toBe("Your NGOs are already in touch.");
  });

  it("when the asked leader declines, then the asker is told, and the answer cannot be changed by pressing again", async () => {
    const asker = await ngo("Hopeful", "Soltaniyeh", ["Elderly"]);
    const asked = await ngo("Busy", "Soltaniyeh", ["Elderly"]);
    await asker.leader.pressData(`partners:ask:${asked.id}`);
    expect((await asker.leader.pressData(`partners:ask:${asked.id}`)).answer).toBe(
      "A request between your NGOs is already waiting for an answer.",
    );
    const request = await asked.leader.waitFor((m) => m.text?.includes("would like to get in touch") === true);
    const accept = (request.replyMarkup?.inline_keyboard?.[0]?.[0] as { callback_data: string } | undefined)?.callback_data ?? "";
    expect(accept).toMatch(/^partner:accept:/);
    await asked.leader.press("Decline");
    await asker.leader.waitFor((m) => m.text?.includes("declined your request") === true);
    // The Accept button of the same request, pressed afterwards (say, on a second device).
    expect((await asked.leader.pressData(accept, request.messageId)).answer).toBe("This request has already been answered.");
  });

  it("when a forged button asks an NGO that shares no field, then the request is refused", async () => {
    const asker = await ngo("Forger", "Zanjan", ["Sports"]);
    const unrelated = await ngo("Unrelated", "Zanjan", ["Elderly"]);
    expect((await asker.leader.pressData(`partners:ask:${unrelated.id}`)).answer).toBe("I cannot find that any more.");
  });

  it(`when a leader has sent ${PARTNER_REQUESTS_PER_DAY} requests today, then the next one is refused until tomorrow`, async () => {
    const asker = await ngo("Eager", "Khodabandeh", ["Charity"]);
    const targets = [];
    for (let i = 0; i <= PARTNER_REQUESTS_PER_DAY; i++) targets.push(await ngo(`Target ${i}`, "Khodabandeh", ["Charity"]));
    for (const target of targets.slice(0, PARTNER_REQUESTS_PER_DAY)) {
      expect((await asker.leader.pressData(`partners:ask:${target.id}`)).answer).toMatch(/^Your request was sent/);
    }
    const refused = await asker.leader.pressData(`partners:ask:${targets.at(-1)?.id}`);
    expect(refused.answer).toBe(
      `You have sent as many requests as allowed today (${PARTNER_REQUESTS_PER_DAY}). Please try again tomorrow.`,
    );
    const tomorrow = new Date(Date.now() + 25 * 3600 * 1000);
    await expect(h.app.services.partners.request(BigInt(asker.leader.id), targets.at(-1)?.id ?? "", tomorrow)).resolves.toEqual({
      remaining: PARTNER_REQUESTS_PER_DAY - 1,
    });
  });

  it("when someone who leads no verified NGO asks for partners, then they are told why not", async () => {
    const pending = await ngo("Not yet", "Zanjan", ["Health"], { verified: false });
    expect((await pending.leader.send("/partners")).at(-1)?.text).toBe("Your NGO can look for partners once officials have verified it.");
    const member = h.user({ language: "en" });
    expect((await member.send("/partners")).at(-1)?.text).toBe("Only an NGO's leader can do this.");
  });
});
