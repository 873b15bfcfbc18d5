import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";

describe("configuration", () => {
  const valid = { BOT_TOKEN: "123:abcdefghijklmnopqrstuvwxyz", DATABASE_URL: "postgresql://x/y", REDIS_URL: "redis://x" };

  it("when a required variable is missing or bad, then start-up stops with one line naming it", () => {
    expect(() => loadConfig({ ...valid, BOT_TOKEN: undefined })).toThrow(
      new ConfigError(
        "Configuration error: BOT_TOKEN is missing; set BOT_TOKEN (Telegram), BALE_BOT_TOKEN (Bale) or both (see .env.example)",
      ),
    );
    expect(() => loadConfig({ ...valid, ADMIN_IDS: "12,abc" })).toThrow(
      /^Configuration error: ADMIN_IDS needs comma-separated Telegram user ids; "abc" is not one/,
    );
    expect(() => loadConfig({ ...valid, REDIS_URL: "localhost:6379" })).toThrow(
      /^Configuration error: REDIS_URL needs a redis:\/\/ connection URL/,
    );
    expect(() => loadConfig({ ...valid, WEBHOOK_URL: "https://bot.example.org/telegram" })).toThrow(/WEBHOOK_SECRET is missing/);
  });

  it("when the configuration is valid, then defaults fill the rest", () => {
    const config = loadConfig({ ...valid, ADMIN_IDS: " 1, 22 " });
    expect(config.adminIds).toEqual(new Set([1n, 22n]));
    expect(config.messengers).toMatchObject([{ messenger: "TELEGRAM", apiRoot: "https://api.telegram.org" }]);
    expect(config.webhook).toBeUndefined();
  });
});

describe("messengers", () => {
  it("when only BALE_BOT_TOKEN is set, then the deployment runs Bale alone, on tapi.bale.ai at 20 messages a second", () => {
    const config = loadConfig({ BALE_BOT_TOKEN: "123:abcdefghijklmnopqrstuvwxyz", BALE_ADMIN_IDS: "7" });
    expect(config.messengers).toEqual([
      {
        messenger: "BALE",
        token: "123:abcdefghijklmnopqrstuvwxyz",
        apiRoot: "https://tapi.bale.ai",
        adminIds: new Set([7n]),
        sendRatePerSecond: 20,
        paidBroadcastRate: undefined,
        broadcastRatePerSecond: 20,
      },
    ]);
  });

  it("when both tokens are set, then Telegram comes first and each messenger has its own rate", () => {
    const config = loadConfig({
      BOT_TOKEN: "123:abcdefghijklmnopqrstuvwxyz",
      BALE_BOT_TOKEN: "456:abcdefghijklmnopqrstuvwxyz",
      BALE_API_ROOT: "http://127.0.0.1:9000/",
      BALE_SEND_RATE_PER_SECOND: "12",
    });
    expect(config.messengers.map((m) => [m.messenger, m.apiRoot, m.sendRatePerSecond])).toEqual([
      ["TELEGRAM", "https://api.telegram.org", 30],
      ["BALE", "http://127.0.0.1:9000", 12],
    ]);
  });
});

describe("the shutdown timeout", () => {
  it("when SHUTDOWN_TIMEOUT_SECONDS is unset, then a stop may take 10 s; when it is not 1 to 600 whole seconds, then start-up stops naming it", () => {
    const valid = { BOT_TOKEN: "123:abcdefghijklmnopqrstuvwxyz" };
    expect(loadConfig(valid).shutdownTimeoutMs).toBe(10_000);
    expect(loadConfig({ ...valid, SHUTDOWN_TIMEOUT_SECONDS: "25" }).shutdownTimeoutMs).toBe(25_000);
    for (const bad of ["0", "2.5", "601", "soon"]) {
      expect(() => loadConfig({ ...valid, SHUTDOWN_TIMEOUT_SECONDS: bad })).toThrow(/^Configuration error: SHUTDOWN_TIMEOUT_SECONDS /);
    }
  });
});

describe("the send rates", () => {
  const valid = { BOT_TOKEN: "123:abcdefghijklmnopqrstuvwxyz" };

  it("when nothing is set, then everything goes at Telegram's free 30 a second and broadcasts are not paid for", () => {
    const config = loadConfig(valid);
    expect(config.sendRatePerSecond).toBe(30);
    expect(config.paidBroadcastRate).toBeUndefined();
    expect(config.broadcastRatePerSecond).toBe(30);
  });

  it("when PAID_BROADCAST_RATE is set, then broadcasts go at it while notifications keep the free rate; past 1000 start-up stops", () => {
    const config = loadConfig({ ...valid, SEND_RATE_PER_SECOND: "25", PAID_BROADCAST_RATE: "1000" });
    expect(config.sendRatePerSecond).toBe(25);
    expect(config.broadcastRatePerSecond).toBe(1000);
    expect(() => loadConfig({ ...valid, PAID_BROADCAST_RATE: "1001" })).toThrow(/^Configuration error: PAID_BROADCAST_RATE /);
  });
});

describe("the dashboard's address", () => {
  const valid = { BOT_TOKEN: "123:abcdefghijklmnopqrstuvwxyz" };

  it("when DASHBOARD_URL is an http(s) address ending in /dashboard, then it is kept without a trailing slash; otherwise start-up stops naming it", () => {
    expect(loadConfig(valid).dashboardUrl).toBeUndefined();
    expect(loadConfig({ ...valid, DASHBOARD_URL: "https://bot.example.org/dashboard/" }).dashboardUrl).toBe(
      "https://bot.example.org/dashboard",
    );
    for (const bad of ["https://bot.example.org/", "ftp://bot.example.org/dashboard", "bot.example.org/dashboard"]) {
      expect(() => loadConfig({ ...valid, DASHBOARD_URL: bad })).toThrow(/^Configuration error: DASHBOARD_URL /);
    }
  });

  it("when PUBLIC_DASHBOARD is true, then the public page is on; unset it is off, and anything but true or false stops start-up", () => {
    expect(loadConfig(valid).publicDashboard).toBe(false);
    expect(loadConfig({ ...valid, PUBLIC_DASHBOARD: "true" }).publicDashboard).toBe(true);
    expect(loadConfig({ ...valid, PUBLIC_DASHBOARD: "false" }).publicDashboard).toBe(false);
    expect(() => loadConfig({ ...valid, PUBLIC_DASHBOARD: "yes" })).toThrow(/^Configuration error: PUBLIC_DASHBOARD needs true or false/);
  });
});

describe("scale-out settings", () => {
  const valid = { BOT_TOKEN: "123:abcdefghijklmnopqrstuvwxyz" };

  it("when QUEUE_PREFIX and DATABASE_REPLICA_URL are unset, then the queues keep REDIS_PREFIX and reports read the primary", () => {
    const config = loadConfig({ ...valid, REDIS_PREFIX: "zanjan" });
    expect(config.queuePrefix).toBe("zanjan");
    expect(config.databaseReplicaUrl).toBeUndefined();
  });

  it("when QUEUE_PREFIX is a hash tag and a replica is given, then both are taken; a prefix with spaces or a replica that is no postgres URL is refused", () => {
    const config = loadConfig({ ...valid, QUEUE_PREFIX: "{samanyar}", DATABASE_REPLICA_URL: "postgresql://replica/samanyar" });
    expect(config.queuePrefix).toBe("{samanyar}");
    expect(config.databaseReplicaUrl).toBe("postgresql://replica/samanyar");
    expect(() => loadConfig({ ...valid, QUEUE_PREFIX: "sam anyar" })).toThrow(/^Configuration error: QUEUE_PREFIX needs/);
    expect(() => loadConfig({ ...valid, DATABASE_REPLICA_URL: "mysql://replica" })).toThrow(
      /^Configuration error: DATABASE_REPLICA_URL needs a postgresql:\/\/ connection URL/,
    );
  });
});
