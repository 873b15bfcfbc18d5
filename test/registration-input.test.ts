import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, newTelegramId, startApp } from "./support/harness.js";
import { lastText, registerUpToSummary, unique } from "./support/journeys.js";

let h: Harness;
beforeAll(async () => {
  h = await startApp();
});
afterAll(() => h?.stop());

describe("registration: every step validates and re-asks", () => {
  it("when answers are wrong, then each step explains in the person's language and asks again", async () => {
    const leader = h.user({ language: "en" });
    await leader.send("/register");
    expect(lastText(await leader.send("ab"))).toBe("That is too short: at least 3 characters, please.");
    expect(lastText(await leader.send("x".repeat(5000)))).toContain("That is too long (5,000 characters)");
    expect(
      lastText(
        await leader.message({
          sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false },
        }),
      ),
    ).toBe("Please type your answer as text.");
    expect(
      lastText(await leader.send("Forwarded name", { forward_origin: { type: "hidden_user", sender_user_name: "X", date: 0 } })),
    ).toContain("type the answer yourself");
    expect(lastText(await leader.send("/help"))).toContain("send /cancel to stop");
    expect(lastText(await leader.send("Kind Hands"))).toContain("registration number");
    expect(lastText(await leader.send("no digits"))).toContain("3 to 20 letters and digits");
    await leader.send(`۱۲-${unique()}`);
    await leader.send("Governor's office");
    await leader.press("Zanjan");
    expect(lastText(await leader.send("Zanjanabad"))).toContain("I do not know that name.");
    await leader.press("Tarom");
    expect((await leader.press("Done")).answer).toBe("Choose at least 1.");
    for (const field of ["Youth", "Children", "Health", "Education", "Elderly", "Charity"]) await leader.press(field);
    expect((await leader.press("Sports")).answer).toBe("You can choose at most 6.");
    await leader.press("Done");
    expect(lastText(await leader.send("1500"))).toContain("between 1300 and");
    expect(lastText(await leader.send("۱۳۹۰"))).toContain("How many members");
    expect(lastText(await leader.send("-3"))).toContain("whole number between 1 and 100,000");
    await leader.send("٤٠");
    await leader.press("No");
    expect(lastText(await leader.shareContact("+989121234567", leader.id + 1))).toContain("someone else's contact");
    expect(lastText(await leader.send("my number is 0912"))).toContain("cannot read that as an Iranian phone number");
    await leader.shareContact("+98 912 123 4567");
    const summary = lastText(await leader.send("We care for children in Tarom villages."));
    expect(summary).toContain("Registration no.: ۱۲-".replace("۱۲", "12"));
    expect(summary).toContain("Founded: 1390");
    expect(summary).toContain("Members: 40");
    expect(summary).toContain("Phone: +989121234567");
  });

  it("when the leader presses Edit on the summary, then only that field is asked again and the summary shows the change", async () => {
    const leader = h.user({ language: "en" });
    await registerUpToSummary(leader, { name: `Edit Me ${unique()}`, number: unique(), county: "Ijrud" });
    await leader.press("Members");
    const replies = await leader.send("99");
    expect(lastText(replies)).toContain("Members: 99");
    await leader.press("Confirm");
    expect((await h.app.services.ngos.ledBy(BigInt(leader.id)))?.memberCount).toBe(99);
  });

  it("when the person sends /cancel in the middle, then nothing is stored and the next message is not taken as an answer", async () => {
    const leader = h.user({ language: "en" });
    await leader.send("/register");
    await leader.send("Half Done NGO");
    expect(lastText(await leader.send("/cancel"))).toBe("Stopped. Nothing was saved. Send /start for the menu.");
    expect(lastText(await leader.send("12345"))).toContain("I did not understand that");
    expect(await h.app.services.ngos.ledBy(BigInt(leader.id))).toBeNull();
  });

  it("when the registration number or the name in the same county is taken, then the person is told and asked again", async () => {
    const number = unique();
    const name = `Sun Rise ${unique()}`;
    const first = h.user({ language: "en" });
    await registerUpToSummary(first, { name, number, county: "Mahneshan" });
    await first.press("Confirm");

    const second = h.user({ language: "en" });
    await second.send("/register");
    await second.send(name.replace("Sun Rise", "sun  rise"));
    const clash = await second.send(`${number.slice(0, 3)}-${number.slice(3)}`);
    expect(clash.map((m) => m.text)).toContain(
      "An NGO with this registration number is already registered. If it is yours, contact the officials of your county.",
    );
    expect(lastText(clash)).toContain("registration number?");
    await second.send(unique());
    await second.send("Governor's office");
    await second.press("Zanjan");
    const nameClash = await second.press("Mahneshan");
    expect(nameClash.messages.map((m) => m.text)).toContain(
      "An NGO with this name is already registered in this county. If it is yours, contact the officials of your county.",
    );
    expect(lastText(nameClash.messages)).toContain("full name");
  });

  it("when the same name is registered in another county, then it is accepted", async () => {
    const name = `Twin Name ${unique()}`;
    const a = h.user({ language: "en" });
    await registerUpToSummary(a, { name, number: unique(), county: "Abhar" });
    await a.press("Confirm");
    const b = h.user({ language: "en" });
    await registerUpToSummary(b, { name, number: unique(), county: "Soltaniyeh" });
    await b.press("Confirm");
    expect((await h.app.services.ngos.ledBy(BigInt(b.id)))?.name).toBe(name);
  });

  it("when the bot restarts in the middle of a registration, then the person carries on where they were", async () => {
    const prefix = h.config.redisPrefix;
    const leader = h.user({ language: "en" });
    await leader.send("/register");
    await leader.send(`Restart Proof ${unique()}`);
    await leader.send(unique());
    await h.app.stop();

    const restarted = await startApp({ env: { REDIS_PREFIX: prefix } });
    try {
      const same = restarted.user({ id: leader.id, language: "en" });
      const replies = await same.send("Welfare Organisation");
      expect(lastText(replies)).toContain("Which province");
    } finally {
      await restarted.stop();
      h = await startApp();
    }
  });

  it("when someone who already leads an NGO sends /register, then they are told and no conversation starts", async () => {
    const leader = h.user({ language: "en" });
    await registerUpToSummary(leader, { name: `Only One ${unique()}`, number: unique(), county: "Tarom" });
    await leader.press("Confirm");
    expect(lastText(await leader.send("/register"))).toBe("You already lead an NGO; see /profile.");
  });
});

describe("registration in Persian", () => {
  it("when a Persian speaker registers with Persian digits and Arabic letters, then it is stored normalised", async () => {
    const leader = h.user({ language: "fa", id: newTelegramId() });
    await leader.send("/register");
    await leader.send("انجمن ياري كودكان");
    await leader.send(`۹۸۷${unique()}`.slice(0, 12));
    await leader.send("استانداری زنجان");
    await leader.press("زنجان");
    await leader.press("خدابنده");
    await leader.press("کودکان");
    await leader.press("پایان");
    await leader.send("۱۳۹۵");
    await leader.send("۱۵");
    await leader.press("بله");
    await leader.shareContact("+989121234567");
    const summary = lastText(await leader.send("حمایت از کودکان کار در خدابنده و روستاهای آن."));
    expect(summary).toContain("انجمن یاری کودکان");
    expect(summary).toContain("۱۳۹۵");
    await leader.press("تأیید");
    const ngo = await h.app.services.ngos.ledBy(BigInt(leader.id));
    expect(ngo).toMatchObject({ name: "انجمن یاری کودکان", foundedYear: 1395, memberCount: 15, nameKey: "انجمن یاری کودکان" });
    expect(ngo?.registrationNumber).toMatch(/^987\d+$/);
  });
});
