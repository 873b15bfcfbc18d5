import { afterAll, beforeAll, bench, describe } from "vitest";
import { type Harness, startApp } from "../support/harness.js";

/**
 * How fast one bot process turns updates into answers, end to end: Postgres
 * (person and roles), Redis (rate limit, conversation state), i18n, the fake Bot API.
 */
let h: Harness;
beforeAll(async () => {
  h = await startApp({ roles: ["bot"] });
});
afterAll(() => h?.stop());

describe("updates", () => {
  bench("/start from a known person", async () => {
    await h.user({ id: 5_000_001, language: "fa" }).send("/start");
  });

  bench("one registration step (name typed, next question asked)", async () => {
    const leader = h.user({ language: "fa" });
    await leader.send("/register");
    await leader.send("انجمن آزمایشی سرعت");
  });
});
