import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { runDoctor } from "../src/doctor/checks.js";
import { createI18n } from "../src/i18n.js";
import { createLogger } from "../src/logger.js";
import { FakeBotApi } from "../src/sandbox/bot-api.js";

let telegram: FakeBotApi;
let bale: FakeBotApi;
const ADMIN = 5550001;

beforeAll(async () => {
  telegram = await FakeBotApi.start();
  bale = await FakeBotApi.start({ messenger: "bale", botUsername: "samanyar_bale_bot" });
});
afterAll(async () => {
  await telegram?.stop();
  await bale?.stop();
});

const doctor = () =>
  runDoctor(
    loadConfig({
      BOT_TOKEN: "123456789:TEST-token-for-the-fake-bot-api",
      BOT_API_ROOT: telegram.apiRoot,
      ADMIN_IDS: String(ADMIN),
      BALE_BOT_TOKEN: "987654321:TEST-token-for-the-fake-bale-api",
      BALE_API_ROOT: bale.apiRoot,
      BALE_ADMIN_IDS: String(ADMIN),
    }),
    createI18n(),
    createLogger("silent"),
  );

describe("npm run doctor", () => {
  it("when both messengers are configured, then it reports getMe, polling, whether menus are accepted, and sends each superadmin a formatted test", async () => {
    const findings = await doctor();
    const line = (messenger: string, check: string) => findings.find((f) => f.messenger === messenger && f.check.startsWith(check));
    expect(line("telegram", "getMe")).toMatchObject({ ok: true, detail: "@samanyar_test_bot (Samanyar)" });
    expect(line("bale", "getMe")).toMatchObject({ ok: true, detail: "@samanyar_bale_bot (Samanyar)" });
    expect(line("bale", "updates")).toMatchObject({ ok: true, detail: "no webhook: long polling works" });
    expect(line("telegram", "setMyCommands")).toMatchObject({ ok: true });
    expect(line("bale", "setMyCommands")).toMatchObject({ ok: false, detail: expect.stringContaining("404") });

    // Telegram renders the HTML; Bale (in the emulator) shows its tags, and gets the plain form as well.
    const [onTelegram] = telegram.messagesTo(ADMIN);
    expect(onTelegram?.html).toContain("<b>");
    expect(onTelegram?.text).toContain("پیام آزمایشی سامانیار");
    const onBale = bale.messagesTo(ADMIN).map((m) => m.text ?? "");
    expect(onBale).toHaveLength(2);
    expect(onBale[0]).toContain("<b>");
    // The address in the link is the address alone, without the marks that isolate values in text.
    expect(onBale[0]).toContain('<a href="https://ble.ir/samanyar_bale_bot?start=doctor">');
    expect(onBale[1]).not.toContain("<b>");
    expect(onBale[1]).toContain("(https://ble.ir/samanyar_bale_bot?start=doctor)");
    expect(findings.filter((f) => !f.ok).map((f) => `${f.messenger} ${f.check}`)).toEqual(["bale setMyCommands"]);
  });
});
