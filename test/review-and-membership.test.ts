import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { displayName } from "../src/bot/format.js";
import { formatDateTime } from "../src/domain/calendar.js";
import type { NgoDraft } from "../src/domain/ngos.js";
import type { OfficialGrant } from "../src/domain/officials.js";
import type { FakeMessage } from "../src/sandbox/bot-api.js";
import { buttonsOf, type Harness, newTelegramId, startApp, type TestUser } from "./support/harness.js";
import { unique } from "./support/journeys.js";

let h: Harness;
const adminId = newTelegramId();
let counties: { zanjan: number; abhar: number };
let zanjanProvince: number;
let fields: number[];

beforeAll(async () => {
  h = await startApp({ admins: [adminId] });
  const all = await h.app.services.reference.counties();
  counties = {
    zanjan: all.find((c) => c.code === "zanjan.zanjan")?.id ?? 0,
    abhar: all.find((c) => c.code === "zanjan.abhar")?.id ?? 0,
  };
  zanjanProvince = all.find((c) => c.code === "zanjan.zanjan")?.provinceId ?? 0;
  // The superadmin has talked to the bot, as before appointing anyone.
  await h.user({ id: adminId, language: "en", firstName: "Admin" }).send("/start");
  fields = (await h.app.services.reference.fields()).slice(0, 2).map((f) => f.id);
});
afterAll(() => h?.stop());

function draft(countyId: number, name = `NGO ${unique()}`): NgoDraft {
  return {
    name,
    registrationNumber: unique(),
    registeringAuthority: "Governor's office",
    countyId,
    fieldIds: fields,
    foundedYear: 1399,
    memberCount: 12,
    isYouth: false,
    contactPhone: "+989120000000",
    description: "Helping families in need since 1399.",
  };
}

type Scope = "province" | "Zanjan" | "Abhar";

/** A person who has talked to the bot, made an official through /officials as a superadmin would. */
async function officialThroughTheBot(scope: Scope): Promise<TestUser> {
  const person = h.user({ language: "en", firstName: `Official-${scope}` });
  await person.send("/start");
  const admin = h.user({ id: adminId, language: "en", firstName: "Admin" });
  await admin.send("/start");
  await admin.send("/officials");
  await admin.press("Add an official");
  await admin.send(String(person.id));
  await admin.press("Zanjan");
  await admin.press(scope === "province" ? "Whole province" : scope);
  await person.waitFor((m) => m.text?.includes("You are now an official") === true);
  return person;
}

/**
 * A person who has talked to the bot, made an official by the superadmin through the service: for tests of what
 * officials do, where how they were appointed is not the point (the roles tests appoint through /officials).
 */
async function official(scope: Scope): Promise<TestUser> {
  const person = h.user({ language: "en", firstName: `Official-${scope}` });
  await person.send("/start");
  const grant: OfficialGrant =
    scope === "province"
      ? { scope: "PROVINCE", provinceId: zanjanProvince }
      : { scope: "COUNTY", countyId: scope === "Zanjan" ? counties.zanjan : counties.abhar };
  await h.appoint(person, grant, { by: adminId });
  return person;
}

async function person(user: TestUser) {
  return (await h.app.services.people.find(BigInt(user.id)))?.person ?? { firstName: "?", lastName: null };
}

/** The callback data of a message's button. */
function buttonData(message: FakeMessage | undefined, label: string): string {
  const buttons: { text: string; callback_data?: string }[] = (message?.replyMarkup?.inline_keyboard ?? []).flat();
  return buttons.find((b) => b.text.includes(label))?.callback_data ?? "";
}

async function pendingNgo(countyId: number) {
  const leader = h.user({ language: "en", firstName: "Leader" });
  await leader.send("/start");
  const ngo = await h.app.services.ngos.register(BigInt(leader.id), draft(countyId));
  return { leader, ngo };
}

describe("roles", () => {
  it("when a superadmin appoints a county official, then the role is stored with its scope, audited, and the official's menu grows", async () => {
    const person = await officialThroughTheBot("Zanjan");
    const stored = await h.app.services.people.find(BigInt(person.id));
    expect(stored?.roles.official).toMatchObject({ scope: "COUNTY", countyId: counties.zanjan });
    const help = await person.send("/help");
    expect(help.at(-1)?.text).toContain("/pending");
    expect(help.at(-1)?.text).not.toContain("/officials");
    await expect.poll(() => h.fake.commandsFor({ type: "chat", chat_id: person.id })?.map((c) => c.command)).toContain("pending");
  });

  it("when someone who is not a superadmin tries /officials or a forged revoke button, then they are refused and nothing changes", async () => {
    const target = await official("Abhar");
    const intruder = h.user({ language: "en" });
    expect((await intruder.send("/officials")).at(-1)?.text).toBe("You are not allowed to do this.");
    await intruder.send("/start");
    const forged = await intruder.pressData(`officials:revoke-yes:${target.id}`);
    expect(forged.answer).toBe("You are not allowed to do this.");
    expect((await h.app.services.people.find(BigInt(target.id)))?.roles.official).not.toBeNull();
  });

  it("when a superadmin revokes an official, then the role is gone and the person is told", async () => {
    const target = await official("Abhar");
    const admin = h.user({ id: adminId, language: "en" });
    await admin.send("/officials");
    await admin.pressData(`officials:revoke:${target.id}`);
    await admin.press("Yes, I am sure");
    expect((await h.app.services.people.find(BigInt(target.id)))?.roles.official).toBeNull();
    await target.waitFor((m) => m.text?.includes("role in Samanyar has ended") === true);
  });
});

describe("verification", () => {
  it("when an official of the NGO's county approves it, then it is verified and the leader gets the invite link", async () => {
    const approver = await official("Zanjan");
    const { leader, ngo } = await pendingNgo(counties.zanjan);
    const pending = await approver.send("/pending");
    const listed = pending.findIndex((m) => /^(One NGO awaits|\d+ NGOs await) review:$/.test(m.text ?? ""));
    expect(listed).toBeGreaterThanOrEqual(0);
    expect(pending.slice(listed + 1).some((m) => m.text?.includes(ngo.name))).toBe(true);
    await approver.pressData(`review:approve:${ngo.id}:${ngo.version}`);
    expect((await h.app.services.ngos.card(ngo.id))?.status).toBe("VERIFIED");
    const told = await leader.waitFor((m) => m.text?.includes("is verified") === true);
    expect(told.text).toContain(`https://t.me/${h.fake.botInfo.username}?start=${ngo.inviteToken}`);
  });

  it("when an official of another county presses Approve, then it is refused and the NGO stays pending", async () => {
    const outsider = await official("Abhar");
    const { ngo } = await pendingNgo(counties.zanjan);
    const pressed = await outsider.pressData(`review:approve:${ngo.id}:${ngo.version}`);
    expect(pressed.answer).toBe("You are not allowed to do this.");
    expect((await h.app.services.ngos.card(ngo.id))?.status).toBe("PENDING");
    expect((await outsider.send("/pending")).some((m) => m.text?.includes(ngo.name))).toBe(false);
  });

  it("when an official rejects with a reason, then the leader reads the reason and may register again", async () => {
    const provincial = await official("province");
    const { leader, ngo } = await pendingNgo(counties.abhar);
    const asked = await provincial.pressData(`review:reject:${ngo.id}:${ngo.version}`);
    expect(asked.messages.map((m) => m.text)).toContain(`Why is ${ngo.name} rejected? The leader will read your reason.`);
    await provincial.send("Registration certificate is missing.");
    const stored = await h.app.services.ngos.card(ngo.id);
    expect(stored).toMatchObject({ status: "REJECTED", rejectionReason: "Registration certificate is missing.", leaderId: null });
    const told = await leader.waitFor((m) => m.text?.includes("was not accepted") === true);
    expect(told.text).toContain("Registration certificate is missing.");
    await leader.send("/register");
    expect(leader.last().text).toContain("full name");
  });

  it("when a second official presses Approve after the first, then they are told who reviewed it and when; the first, pressing again, is told it was them", async () => {
    const first = await official("Zanjan");
    const second = await official("province");
    const { ngo } = await pendingNgo(counties.zanjan);
    await first.pressData(`review:approve:${ngo.id}:${ngo.version}`);
    const at = formatDateTime((await h.app.services.ngos.card(ngo.id))?.reviewedAt ?? new Date(0), "en");
    const late = await second.pressData(`review:approve:${ngo.id}:${ngo.version}`);
    expect(late.answer).toBe(`${displayName(await person(first))} approved this NGO on ${at}.`);
    const again = await first.pressData(`review:reject:${ngo.id}:${ngo.version}`);
    expect(again.answer).toBe(`You approved this NGO on ${at}.`);
  });

  it("when an official rejects an NGO and another then presses Reject on their copy, then they are told who rejected it; no reason is asked", async () => {
    const first = await official("province");
    const second = await official("Abhar");
    const { ngo } = await pendingNgo(counties.abhar);
    await first.pressData(`review:reject:${ngo.id}:${ngo.version}`);
    await first.send("The registration certificate is missing.");
    const at = formatDateTime((await h.app.services.ngos.card(ngo.id))?.reviewedAt ?? new Date(0), "en");
    const late = await second.pressData(`review:reject:${ngo.id}:${ngo.version}`);
    expect(late.answer).toBe(`${displayName(await person(first))} rejected this NGO on ${at}.`);
    expect(late.messages).toEqual([]);
  });

  it("when an official rejects an NGO, then every other official's card of it, sent or listed by /pending, loses its buttons", async () => {
    const first = await official("Zanjan");
    const second = await official("province");
    const { ngo } = await pendingNgo(counties.zanjan);
    const isCard = (m: FakeMessage) => Boolean(m.text?.includes(ngo.name) && buttonsOf(m).length > 0);
    const notified = await second.waitFor(isCard);
    const listed = (await second.send("/pending")).find(isCard);
    const own = await first.waitFor(isCard);
    // A card is recorded once Telegram took it, just after it shows: the workers finish with them before the review.
    await h.settled();
    await first.pressData(`review:reject:${ngo.id}:${ngo.version}`, own.messageId);
    await first.send("The registration certificate is missing.");
    await h.settled();
    const now = (user: TestUser, id: number | undefined) => user.messages().find((m) => m.messageId === id);
    expect(buttonsOf(now(second, notified.messageId))).toEqual([]);
    expect(buttonsOf(now(second, listed?.messageId))).toEqual([]);
    expect(buttonsOf(now(first, own.messageId))).toEqual([]);
    expect(now(second, notified.messageId)?.text).toBe(notified.text);
    expect(await h.app.services.ngos.card(ngo.id)).toMatchObject({ status: "REJECTED" });
  });

  it("when the leader renames the NGO after an approval, then the other official's card loses its buttons, a press from it is refused as changed, the current card is shown, and its own Approve verifies it", async () => {
    const first = await official("Zanjan");
    const second = await official("province");
    const { leader, ngo } = await pendingNgo(counties.zanjan);
    const notified = (official: TestUser, name: string) =>
      official.waitFor((m) => Boolean(m.text?.includes("A new NGO awaits review") && m.text.includes(name)));
    const [firstCard, oldCard] = [await notified(first, ngo.name), await notified(second, ngo.name)];
    const oldApprove = buttonData(oldCard, "Approve");
    // A card is recorded once Telegram took it, just after it shows: the workers finish with them before the review.
    await h.settled();
    await first.pressData(buttonData(firstCard, "Approve"), firstCard.messageId);
    // The approval takes the buttons off the second official's card; a press already on its way still arrives.
    await h.settled();
    expect(buttonsOf(second.current(oldCard))).toEqual([]);
    await leader.send("/profile");
    await leader.press("✏️ Name");
    const renamed = `${ngo.name} renamed`;
    expect((await leader.send(renamed)).at(-1)?.text).toContain("will review the NGO again");
    await notified(second, renamed);

    const stale = await second.pressData(oldApprove, oldCard.messageId);
    expect(stale.answer).toBe("The NGO's data changed after this card was sent, so nothing was done. Here is the card as it is now.");
    expect(buttonsOf(second.messages().find((m) => m.messageId === oldCard.messageId))).toEqual([]);
    const current = stale.messages.at(-1);
    expect(current?.text).toContain(renamed);
    expect(await h.app.services.ngos.card(ngo.id)).toMatchObject({ status: "PENDING", name: renamed, version: 2 });

    const approved = await second.pressData(buttonData(current, "Approve"), current?.messageId);
    expect(approved.answer).toBe("Approved.");
    expect(await h.app.services.ngos.card(ngo.id)).toMatchObject({ status: "VERIFIED", name: renamed, reviewedById: BigInt(second.id) });
  });
});

describe("membership", () => {
  async function verifiedNgo() {
    const { leader, ngo } = await pendingNgo(counties.zanjan);
    const admin = await h.app.services.people.find(BigInt(adminId));
    await h.app.services.ngos.approve({ id: BigInt(adminId), roles: admin?.roles ?? ({ superadmin: true } as never) }, ngo.id);
    return { leader, ngo };
  }

  it("when a person opens the invite link and confirms, then they are a member and the leader is told", async () => {
    await h.user({ id: adminId, language: "en" }).send("/start");
    const { leader, ngo } = await verifiedNgo();
    const member = h.user({ language: "en", firstName: "Reza" });
    const offer = await member.send(`/start ${ngo.inviteToken}`);
    expect(offer.at(-1)?.text).toContain("You have been invited to join");
    expect(offer.at(-1)?.text).not.toContain("+98912"); // members do not see the leader's phone
    await member.press("Join");
    expect(member.last().text).toContain(`member of ${ngo.name}`);
    expect((await h.app.services.memberships.ngosOf(BigInt(member.id))).map((n) => n.id)).toEqual([ngo.id]);
    await leader.waitFor((m) => m.text?.includes("Reza joined") === true);

    await member.send(`/start ${ngo.inviteToken}`);
    const again = await member.press("Join");
    expect(again.answer).toBe("You are already a member of this NGO.");
  });

  it("when the leader rotates the link, then the old link stops working", async () => {
    const { leader, ngo } = await verifiedNgo();
    await leader.send("/invite");
    await leader.press("New link");
    const stranger = h.user({ language: "en" });
    expect((await stranger.send(`/start ${ngo.inviteToken}`)).at(-1)?.text).toContain("does not work");
    const fresh = (await h.app.services.ngos.card(ngo.id))?.inviteToken ?? "";
    const invite = leader.messages().find((m) => m.text?.startsWith("Invite link of"));
    expect(invite?.text).toContain(fresh);
  });

  it("when the leader removes a member or hands over leadership, then membership and leadership change accordingly", async () => {
    const { leader, ngo } = await verifiedNgo();
    const a = h.user({ language: "en", firstName: "Ali" });
    const b = h.user({ language: "en", firstName: "Bahar" });
    for (const m of [a, b]) {
      await m.send(`/start ${ngo.inviteToken}`);
      await m.press("Join");
    }
    const list = await leader.send("/members");
    expect(buttonsOf(list.find((m) => m.text?.startsWith("Members of")))).toEqual(["Ali", "Bahar"]);
    await leader.press("Ali");
    await leader.press("Remove from the NGO");
    await leader.press("Yes, I am sure");
    expect(await h.app.services.memberships.ngosOf(BigInt(a.id))).toEqual([]);
    await a.waitFor((m) => m.text?.includes("no longer a member") === true);

    await leader.send("/members");
    await leader.press("Bahar");
    await leader.press("Make leader");
    await leader.press("Yes, I am sure");
    expect((await h.app.services.ngos.card(ngo.id))?.leaderId).toBe(BigInt(b.id));
    expect((await h.app.services.memberships.ngosOf(BigInt(leader.id))).map((n) => n.id)).toEqual([ngo.id]);
    await b.waitFor((m) => m.text?.includes("You are now the leader") === true);
  });

  it("when a member leaves, then they are no longer a member; a leader is told to hand over first", async () => {
    const { leader, ngo } = await verifiedNgo();
    const member = h.user({ language: "en" });
    await member.send(`/start ${ngo.inviteToken}`);
    await member.press("Join");
    await member.send("/leave");
    await member.press(ngo.name);
    await member.press("Yes, I am sure");
    expect(await h.app.services.memberships.ngosOf(BigInt(member.id))).toEqual([]);
    // The leader has been told of the join and the leave by now, so those do not land among the replies to /leave.
    await h.settled();
    expect((await leader.send("/leave")).at(-1)?.text).toContain("hand leadership to a member first");
  });
});
