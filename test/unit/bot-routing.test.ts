import { describe, expect, it } from "vitest";
import type { PersonReach } from "../../src/domain/people.js";
import { chooseBot } from "../../src/messengers/routing.js";

const country = { key: "telegram", messenger: "TELEGRAM", province: undefined } as const;
const zanjan = { key: "telegram:zanjan", messenger: "TELEGRAM", province: "zanjan" } as const;
const tehran = { key: "telegram:tehran", messenger: "TELEGRAM", province: "tehran" } as const;
const bale = { key: "bale", messenger: "BALE", province: undefined } as const;

const reach = (startedBots: string[], provinces: string[] = [], messenger: "TELEGRAM" | "BALE" = "TELEGRAM"): PersonReach => ({
  messenger,
  externalId: 1n,
  startedBots,
  provinces,
});

describe("the bot that reaches a person", () => {
  it("when someone of Zanjan started Zanjan's bot and the country's, then Zanjan's carries their messages", () => {
    expect(chooseBot(reach(["telegram", "telegram:zanjan"], ["zanjan"]), [country, zanjan, tehran])).toBe(zanjan);
  });

  it("when someone of Zanjan started only the country's bot, then the country's carries them", () => {
    expect(chooseBot(reach(["telegram"], ["zanjan"]), [country, zanjan])).toBe(country);
  });

  it("when someone of Zanjan started only Tehran's bot, then they are unreachable rather than written to by Tehran's", () => {
    expect(chooseBot(reach(["telegram:tehran"], ["zanjan"]), [country, zanjan, tehran])).toBe("unreachable");
  });

  it("when someone belongs to no province yet, then the bot they started last carries them", () => {
    expect(chooseBot(reach(["telegram:tehran", "telegram:zanjan"]), [zanjan, tehran])).toBe(tehran);
  });

  it("when a started bot is no longer run, then it is passed over", () => {
    expect(chooseBot(reach(["telegram:zanjan"], ["zanjan"]), [country, tehran])).toBe("unreachable");
    expect(chooseBot(reach(["telegram:zanjan", "telegram"], ["zanjan"]), [country, tehran])).toBe(country);
  });

  it("when no bot is recorded for someone, then their messenger's bot of the whole country carries them, if there is one", () => {
    expect(chooseBot(reach([], ["zanjan"]), [country, zanjan])).toBe(country);
    expect(chooseBot(reach([], ["zanjan"]), [zanjan])).toBe("unreachable");
  });

  it("when the deployment runs no bot on the person's messenger, then there is nowhere to send", () => {
    expect(chooseBot(reach(["bale"], [], "BALE"), [country, zanjan])).toBeNull();
    expect(chooseBot(reach(["bale"], [], "BALE"), [country, bale])).toBe(bale);
  });
});
