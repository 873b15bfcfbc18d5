import { describe, expect, it } from "vitest";
import { broadcasts } from "../../src/bot/callback-data/broadcasts.js";
import { coverage } from "../../src/bot/callback-data/coverage.js";
import type { CallbackData, Field } from "../../src/bot/callback-data/define.js";
import { directory } from "../../src/bot/callback-data/directory.js";
import { duplicates } from "../../src/bot/callback-data/duplicates.js";
import { kpi } from "../../src/bot/callback-data/kpi.js";
import { language } from "../../src/bot/callback-data/language.js";
import { meetings } from "../../src/bot/callback-data/meetings.js";
import { membership } from "../../src/bot/callback-data/membership.js";
import { menu } from "../../src/bot/callback-data/menu.js";
import { needs } from "../../src/bot/callback-data/needs.js";
import { officials } from "../../src/bot/callback-data/officials.js";
import { partners } from "../../src/bot/callback-data/partners.js";
import { profile } from "../../src/bot/callback-data/profile.js";
import { review } from "../../src/bot/callback-data/review.js";
import { settings } from "../../src/bot/callback-data/settings.js";

type Definition = CallbackData<Record<string, Field<unknown>>>;
const features = {
  broadcasts,
  coverage,
  directory,
  duplicates,
  kpi,
  language,
  meetings,
  membership,
  menu,
  needs,
  officials,
  partners,
  profile,
  review,
  settings,
};
const definitions = Object.entries(features).flatMap(([feature, buttons]) =>
  Object.entries(buttons as Record<string, Definition>).map(([name, definition]) => [`${feature}.${name}`, definition] as const),
);

describe("callback data", () => {
  it("when every button's data is built with its longest values, then it fits Telegram's 64 bytes and reads back the same", () => {
    expect(definitions.length).toBeGreaterThan(80);
    for (const [name, definition] of definitions) {
      const data = definition.longest();
      expect(Buffer.byteLength(data, "utf8"), `${name}: ${data}`).toBeLessThanOrEqual(64);
      expect(definition.filter.test(data), name).toBe(true);
      const values = definition.unpack(data);
      expect(definition.build(values as never), name).toBe(data);
    }
  });

  it("when two definitions are compared, then no button's data is taken by another's handler", () => {
    for (const [name, definition] of definitions) {
      const data = definition.longest();
      const takers = definitions.filter(([, other]) => other.filter.test(data)).map(([other]) => other);
      // "join:no" has the shape of an invite token; its handler is registered first.
      const expected = name === "membership.joinDeclined" ? [name, "membership.join"] : [name];
      expect(takers.sort(), name).toEqual(expected.sort());
    }
  });

  it("when a button is built, then its data is the wire format the bot has always sent", () => {
    const cuid = "cm9x2k7a0000008l4h2f3b1q9";
    expect(meetings.show.build({ meeting: cuid })).toBe(`mt:show:${cuid}`);
    expect(meetings.markPresent.build({ meeting: cuid, person: 123456789n })).toBe(`mt:present:${cuid}:123456789`);
    expect(review.approve.build({ ngo: cuid, version: 3 })).toBe(`review:approve:${cuid}:3`);
    expect(kpi.report.build({ action: "s", quarter: "1405.3" })).toBe("kpi:s:1405.3");
    expect(needs.answer.build({ round: cuid })).toBe(`needs:answer:${cuid}`);
    expect(directory.search.build({ query: "a-b_c", page: 2 })).toBe("dir:q:a-b_c:2");
    expect(settings.mute.build({ choice: "unmute" })).toBe("settings:unmute");
    expect(menu.cancel.build()).toBe("action:cancel");
    expect(membership.pickMember.unpack(`members:pick:42`)).toEqual({ member: 42n });
    expect(duplicates.mergeConfirmed.unpack(`dup:my:${cuid}:b`)).toEqual({ older: cuid, newer: "b" });
  });

  it("when data of another shape arrives, then the definition does not match it", () => {
    expect(meetings.show.filter.test("mt:show:")).toBe(false);
    expect(meetings.show.filter.test("mt:show:a:b")).toBe(false);
    expect(review.approve.filter.test("review:approve:abc:1234567890")).toBe(false);
    expect(needs.file.filter.test("needs:f:abc:pdf")).toBe(false);
    expect(() => meetings.show.unpack("mt:list:abc")).toThrow();
  });
});
