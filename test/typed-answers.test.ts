import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonsOf, type Harness, startApp } from "./support/harness.js";
import { lastText, unique } from "./support/journeys.js";

let h: Harness;
beforeAll(async () => {
  h = await startApp();
});
afterAll(() => h?.stop());

describe("answers people type where buttons are offered", () => {
  it("when a leader types the county, the fields, a Gregorian founding year and a phone number, then each is understood and the NGO is stored with them", async () => {
    const leader = h.user({ language: "en" });
    const name = `Typed Answers ${unique()}`;
    await leader.send("/register");
    await leader.send(name);
    await leader.send(unique());
    await leader.send("Governor's office");
    // The province typed too, in Persian with an Arabic letter, as the county below.
    const provincePrompt = leader.last();
    expect(provincePrompt.text).toBe("Which province? Press it, or type its name.");
    await leader.send("زنجان");
    expect(leader.messages().find((m) => m.messageId === provincePrompt.messageId)?.text).toMatch(/\n\n✅ Zanjan$/);
    const countyPrompt = leader.last();

    // The county in Persian, with an Arabic ي: taken as if its button had been pressed.
    const afterCounty = await leader.send("سلطانيه");
    expect(leader.messages().find((m) => m.messageId === countyPrompt.messageId)?.text).toMatch(/\n\n✅ Soltaniyeh$/);
    expect(lastText(afterCounty)).toContain("In which fields");

    // Two fields by name, one in Azerbaijani, one in Persian without its spaces: the answer is done.
    const fieldsPrompt = leader.last();
    expect(lastText(await leader.send("Gənclər، فرهنگ‌وهنر"))).toContain("In which year");
    expect(leader.messages().find((m) => m.messageId === fieldsPrompt.messageId)?.text).toMatch(/\n\n✅ Youth; Culture and art$/);

    // A Gregorian year is offered as the Solar Hijri year it begins, on a button.
    const offered = await leader.send("2019");
    expect(lastText(offered)).toBe(
      "2019 looks like a Gregorian year: did you mean 1398? Press the button to take it, or type the Solar Hijri year.",
    );
    expect(buttonsOf(offered.at(-1))).toEqual(["✅ 1398"]);
    expect(lastText((await leader.press("✅ 1398")).messages)).toBe("How many members does it have?");
    // The offer's button goes once taken.
    expect(buttonsOf(leader.messages().find((m) => m.messageId === offered.at(-1)?.messageId))).toEqual([]);

    await leader.send("25");
    const phonePrompt = lastText((await leader.press("Yes")).messages);
    expect(phonePrompt).toContain("You can also type it");
    expect(lastText(await leader.send("33456789"))).toContain("cannot read that as an Iranian phone number");
    const phone = await leader.send("۰۹۱۲ ۱۲۳-۴۵۶۷");
    expect(phone.map((m) => m.text)).toContain("Thank you, I have your number.");
    const summary = lastText(await leader.send("We teach music to young people in Soltaniyeh."));
    expect(summary).toContain("Phone: +989121234567");
    await leader.press("Confirm");

    const stored = await h.app.services.ngos.ledBy(BigInt(leader.id));
    expect(stored).toMatchObject({
      name,
      countyId: await h.countyId("Soltaniyeh"),
      foundedYear: 1398,
      contactPhone: "+989121234567",
    });
    expect(stored?.fields.map((f) => f.nameEn).sort()).toEqual(["Culture and art", "Youth"]);
  });

  it("when a typed county matches none or a typed field several, then the person is told and may type again or press", async () => {
    const leader = h.user({ language: "az" });
    await leader.send("/register");
    await leader.send(`Yazılı cavablar ${unique()}`);
    await leader.send(unique());
    await leader.send("Valilik");
    await leader.send("zencan");
    expect(lastText(await leader.send("Bakı"))).toBe(
      "Bu adı tanımıram. Yuxarıdakı düymələrdən birini basın və ya adı düymədə yazıldığı kimi yazın.",
    );
    expect(lastText(await leader.send("khorram"))).toContain("Hansı sahələrdə");
    expect(lastText(await leader.send("Mədəni"))).toContain("Bu adlardan birini tanımıram");
    await leader.press("Gənclər");
    expect(lastText(await leader.send("mədəni irs"))).toContain("Hansı ildə");
    const stored = await h.app.services.ngos.ledBy(BigInt(leader.id));
    expect(stored).toBeNull();
  });
});
