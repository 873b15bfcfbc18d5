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
import { prompts } from "../../src/bot/callback-data/prompts.js";
import { provinces } from "../../src/bot/callback-data/provinces.js";
import { registration } from "../../src/bot/callback-data/registration.js";
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
  prompts,
  provinces,
  registration,
  review,
  settings,
};
/** Every definition, named by its path: a conversation's buttons are grouped under its name (`needs.survey.summary.confirm`). */
type Group = { [name: string]: Definition | Group };
const isDefinition = (value: Definition | Group): value is Definition => value.filter instanceof RegExp;
const flatten = (name: string, value: Definition | Group): (readonly [string, Definition])[] =>
  isDefinition(value) ? [[name, value]] : Object.entries(value).flatMap(([key, inner]) => flatten(`${name}.${key}`, inner));
const definitions = Object.entries(features).flatMap(([feature, buttons]) => flatten(feature, buttons as Group));

describe("callback data", () => {
  it("when every button's data is built with its longest values, then it fits Telegram's 64 bytes and reads back the same", () => {
    expect(definitions.length).toBeGreaterThan(150);
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
    expect(directory.search.build({ query: "a-b_c", province: 0, page: 2 })).toBe("dir:q:a-b_c:0:2");
    expect(settings.mute.build({ choice: "unmute" })).toBe("settings:unmute");
    expect(menu.cancel.build()).toBe("action:cancel");
    expect(membership.pickMember.unpack(`members:pick:42`)).toEqual({ member: 42n });
    expect(duplicates.mergeConfirmed.unpack(`dup:my:${cuid}:b`)).toEqual({ older: cuid, newer: "b" });
  });

  it("when a conversation's button is built, then its data is the wire format the bot has always sent", () => {
    expect(registration.county.build({ choice: "12" })).toBe("reg:county:12");
    expect(registration.fields.toggle.build({ choice: "3" })).toBe("reg:field:3");
    expect(registration.fields.header.build()).toBe("reg:field:~");
    expect(registration.fields.done.build()).toBe("reg:field:done");
    expect(registration.summary.edit.build({ part: "countyId" })).toBe("reg:edit:countyId");
    expect(registration.summary.confirm.build()).toBe("reg:confirm");
    expect(broadcasts.composing.summary.cancel.build()).toBe("bc:cancel");
    expect(meetings.newMeeting.location.build()).toBe("mnew:location:skip");
    expect(meetings.outcome.choice.build({ choice: "FOLLOW_UP" })).toBe("mout:outcome:FOLLOW_UP");
    expect(meetings.outcome.again.build()).toBe("mout:again");
    expect(needs.newTopic.az.build()).toBe("ntopic:az:skip");
    expect(officials.granting.scope.build({ choice: "province" })).toBe("grant:scope:province");
    expect(profile.editing.again.build()).toBe("ngoedit:again");
    expect(review.rejecting.again.build()).toBe("reject:again");
    expect(prompts.suggestion.build()).toBe("typed:suggested");
  });

  it("when a survey's priority buttons are fixed to a topic, then they carry it and match no other topic's", () => {
    const forTopic = needs.survey.priority.with({ topic: 7 });
    expect(forTopic.build({ choice: "HIGH" })).toBe("sv:prio:7:HIGH");
    expect(forTopic.unpack("sv:prio:7:HIGH")).toEqual({ choice: "HIGH" });
    expect(forTopic.filter.test("sv:prio:8:HIGH")).toBe(false);
    expect(needs.survey.priority.unpack("sv:prio:7:HIGH")).toEqual({ topic: 7, choice: "HIGH" });
  });

  it("when a question with several answers is pressed, then its Done and group headers are never read as a choice", () => {
    const { toggle, header, done } = needs.survey.topics;
    expect(toggle.filter.test(done.build())).toBe(false);
    expect(toggle.filter.test(header.build())).toBe(false);
    expect(toggle.unpack("sv:topic:donor")).toEqual({ choice: "donor" });
  });

  it("when data of another shape arrives, then the definition does not match it", () => {
    expect(meetings.show.filter.test("mt:show:")).toBe(false);
    expect(meetings.show.filter.test("mt:show:a:b")).toBe(false);
    expect(review.approve.filter.test("review:approve:abc:1234567890")).toBe(false);
    expect(needs.file.filter.test("needs:f:abc:pdf")).toBe(false);
    expect(() => meetings.show.unpack("mt:list:abc")).toThrow();
  });
});
