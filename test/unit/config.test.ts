import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, hashTagOf, loadConfig } from "../../src/config.js";

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

describe("the database pool", () => {
  it("when DATABASE_POOL_SIZE is unset, then each process keeps up to 10 connections; when it is not 1 to 100 whole connections, then start-up stops naming it", () => {
    const valid = { BOT_TOKEN: "123:abcdefghijklmnopqrstuvwxyz" };
    expect(loadConfig(valid).databasePoolSize).toBe(10);
    expect(loadConfig({ ...valid, DATABASE_POOL_SIZE: "3" }).databasePoolSize).toBe(3);
    for (const bad of ["0", "2.5", "101", "many"]) {
      expect(() => loadConfig({ ...valid, DATABASE_POOL_SIZE: bad })).toThrow(/^Configuration error: DATABASE_POOL_SIZE /);
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

  it("when TRUST_PROXY lists addresses and subnets, then they are kept; unset nothing is trusted, and an entry that is no address stops start-up naming it", () => {
    expect(loadConfig(valid).trustProxy).toEqual([]);
    expect(loadConfig({ ...valid, TRUST_PROXY: " 127.0.0.1, ::1 ,10.0.0.0/8,fd00::/8" }).trustProxy).toEqual([
      "127.0.0.1",
      "::1",
      "10.0.0.0/8",
      "fd00::/8",
    ]);
    for (const bad of ["localhost", "10.0.0.0/33", "10.0.0.1/", "true", "1.2.3.4/8/1"]) {
      expect(() => loadConfig({ ...valid, TRUST_PROXY: bad }), bad).toThrow(
        new RegExp(`^Configuration error: TRUST_PROXY .*"${bad}" is not one`),
      );
    }
  });
});

describe("bots per province", () => {
  const telegram = "123:abcdefghijklmnopqrstuvwxyz";
  const zanjan = "201:zanjan-token-abcdefghijklmnop";
  const tehran = "202:tehran-token-abcdefghijklmnop";

  it("when BOTS lists provinces' bots, then each is a bot of its own after the country's, with its messenger's settings", () => {
    const config = loadConfig({
      BOT_TOKEN: telegram,
      ADMIN_IDS: "5",
      BALE_ADMIN_IDS: "7",
      BOTS: JSON.stringify([
        { province: "zanjan", token: zanjan },
        { province: "tehran", messenger: "bale", token: tehran, apiRoot: "http://127.0.0.1:9000/" },
      ]),
    });
    expect(config.bots.map((b) => [b.key, b.messenger, b.province, b.token, b.apiRoot, b.sendRatePerSecond, [...b.adminIds]])).toEqual([
      ["telegram", "TELEGRAM", undefined, telegram, "https://api.telegram.org", 30, [5n]],
      ["telegram:zanjan", "TELEGRAM", "zanjan", zanjan, "https://api.telegram.org", 30, [5n]],
      ["bale:tehran", "BALE", "tehran", tehran, "http://127.0.0.1:9000", 20, [7n]],
    ]);
    expect(config.messengers.map((m) => m.token)).toEqual([telegram]);
  });

  it("when only BOT_TOKEN is set, then the one bot serves the whole country, as before BOTS existed", () => {
    const config = loadConfig({ BOT_TOKEN: telegram });
    expect(config.bots).toEqual([{ ...config.messengers[0], key: "telegram", province: undefined }]);
  });

  it("when every bot is a province's, then no country-wide token is needed", () => {
    const config = loadConfig({ BOTS: JSON.stringify([{ province: "zanjan", token: zanjan }]) });
    expect(config.messengers).toEqual([]);
    expect(config.bots.map((b) => b.key)).toEqual(["telegram:zanjan"]);
  });

  it("when BOTS_FILE names a file, then the bots come from it; BOTS and BOTS_FILE together are refused", () => {
    const file = join(mkdtempSync(join(tmpdir(), "bots-")), "bots.json");
    writeFileSync(file, JSON.stringify([{ province: "zanjan", token: zanjan }]));
    expect(loadConfig({ BOTS_FILE: file }).bots.map((b) => b.key)).toEqual(["telegram:zanjan"]);
    expect(() => loadConfig({ BOTS_FILE: file, BOTS: "[]" })).toThrow("Configuration error: set BOTS or BOTS_FILE, not both");
    expect(() => loadConfig({ BOTS_FILE: `${file}.missing` })).toThrow(/^Configuration error: BOTS_FILE cannot be read/);
  });

  it("when an entry of BOTS is wrong, then start-up stops with one line naming the entry and what is wrong", () => {
    const bots = (...entries: unknown[]) => ({ BOT_TOKEN: telegram, BOTS: JSON.stringify(entries) });
    expect(() => loadConfig({ BOT_TOKEN: telegram, BOTS: "zanjan=201:abc" })).toThrow(/^Configuration error: BOTS needs a JSON list/);
    expect(() => loadConfig(bots({ province: "zanjan" }))).toThrow(/^Configuration error: BOTS entry 1 token is missing/);
    expect(() => loadConfig(bots({ province: "zanjan", token: zanjan }, { province: "tehran", token: "nope" }))).toThrow(
      /^Configuration error: BOTS entry 2 token needs the token BotFather gave you/,
    );
    expect(() => loadConfig(bots({ province: "Zanjan!", token: zanjan }))).toThrow(/BOTS entry 1 province needs the province's code/);
    expect(() => loadConfig(bots({ province: "zanjan", messenger: "eitaa", token: zanjan }))).toThrow(
      /BOTS entry 1 messenger needs telegram or bale/,
    );
    expect(() => loadConfig(bots({ province: "zanjan", token: zanjan }, { province: "zanjan", token: tehran }))).toThrow(
      "Configuration error: BOTS has two bots for telegram:zanjan: a province has one bot per messenger",
    );
    expect(() => loadConfig(bots({ province: "zanjan", token: telegram }))).toThrow(
      "Configuration error: BOTS gives the token of telegram to telegram:zanjan too: one token is one bot",
    );
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

  it("when REDIS_CLUSTER_NODES is unset, then the app uses the single Redis at REDIS_URL", () => {
    expect(loadConfig(valid).redisCluster).toBeUndefined();
  });

  it("when REDIS_CLUSTER_NODES lists seeds and QUEUE_PREFIX is a hash tag, then the seeds are taken and REDIS_URL is kept for the credentials", () => {
    const config = loadConfig({
      ...valid,
      REDIS_URL: "rediss://:secret@ignored:6379",
      REDIS_CLUSTER_NODES: " redis-1:6379, 10.0.0.5:7000 ,[fd00::5]:6380",
      QUEUE_PREFIX: "{samanyar}",
    });
    expect(config.redisCluster).toEqual([
      { host: "redis-1", port: 6379 },
      { host: "10.0.0.5", port: 7000 },
      { host: "fd00::5", port: 6380 },
    ]);
    expect(config.redisUrl).toBe("rediss://:secret@ignored:6379");
    expect(config.queuePrefix).toBe("{samanyar}");
    expect(loadConfig({ ...valid, REDIS_CLUSTER_NODES: "redis-1:6379", QUEUE_PREFIX: "bull:{samanyar}" }).queuePrefix).toBe(
      "bull:{samanyar}",
    );
  });

  it("when a seed of REDIS_CLUSTER_NODES is no host:port, then start-up stops naming it", () => {
    for (const seed of ["redis-1", "redis://redis-1:6379", "redis-1:0", "redis-1:70000", "fd00::5:6379"]) {
      expect(() => loadConfig({ ...valid, REDIS_CLUSTER_NODES: `redis-2:6379,${seed}`, QUEUE_PREFIX: "{samanyar}" })).toThrow(
        `Configuration error: REDIS_CLUSTER_NODES needs comma-separated host:port seeds such as redis-1:6379,redis-2:6379; "${seed}" is not one`,
      );
    }
  });

  it("when a cluster is configured without a hash-tagged QUEUE_PREFIX, then start-up stops and says which prefix it needs", () => {
    const cluster = { ...valid, REDIS_CLUSTER_NODES: "redis-1:6379" };
    expect(() => loadConfig(cluster)).toThrow(
      /^Configuration error: QUEUE_PREFIX is missing; on Redis Cluster \(REDIS_CLUSTER_NODES\) the queues need a prefix with a hash tag such as \{samanyar\}/,
    );
    for (const prefix of ["samanyar", "{}samanyar", "samanyar{", "sam}{anyar"]) {
      expect(() => loadConfig({ ...cluster, QUEUE_PREFIX: prefix })).toThrow(
        `Configuration error: QUEUE_PREFIX "${prefix}" has no hash tag; on Redis Cluster (REDIS_CLUSTER_NODES) the queues need one, such as {samanyar}`,
      );
    }
    // REDIS_PREFIX never stands in for the queues' prefix on a cluster, even with the same name.
    expect(() => loadConfig({ ...cluster, REDIS_PREFIX: "samanyar" })).toThrow(/QUEUE_PREFIX is missing/);
  });

  it("when REDIS_URL selects a database other than 0 beside a cluster, then start-up stops: a cluster has only database 0", () => {
    const cluster = { ...valid, REDIS_CLUSTER_NODES: "redis-1:6379", QUEUE_PREFIX: "{samanyar}" };
    expect(() => loadConfig({ ...cluster, REDIS_URL: "redis://redis-1:6379/2" })).toThrow(
      /^Configuration error: REDIS_URL selects database 2, and Redis Cluster has only database 0/,
    );
    expect(loadConfig({ ...cluster, REDIS_URL: "redis://redis-1:6379/0" }).redisCluster).toHaveLength(1);
  });

  it("when a key has braces, then its hash tag is what Redis Cluster hashes: the first non-empty {…}", () => {
    expect(hashTagOf("{samanyar}:delivery:wait")).toBe("samanyar");
    expect(hashTagOf("samanyar:send:{bale:limits}:window")).toBe("bale:limits");
    expect(hashTagOf("{a}{b}")).toBe("a");
    expect(hashTagOf("{}{b}")).toBeUndefined();
    expect(hashTagOf("samanyar:delivery")).toBeUndefined();
  });
});
