import { Cluster, Redis } from "ioredis";
import { describe, expect, it } from "vitest";
import { connectRedis } from "../../src/redis.js";

describe("Redis connections", () => {
  // Lazy: nothing connects, the clients are only looked at.
  const options = { keyPrefix: "samanyar:", maxRetriesPerRequest: null, lazyConnect: true };

  it("when no cluster is configured, then the connection is one Redis at REDIS_URL with the options asked for", () => {
    const redis = connectRedis({ redisUrl: "redis://:secret@redis-1:6380/3", redisCluster: undefined }, options);
    expect(redis).toBeInstanceOf(Redis);
    expect((redis as Redis).options).toMatchObject({ host: "redis-1", port: 6380, db: 3, password: "secret", ...options });
    redis.disconnect();
  });

  it("when a cluster is configured, then the connection is a cluster client, each node with the options and REDIS_URL's credentials and TLS", () => {
    const redis = connectRedis(
      {
        redisUrl: "rediss://app%40samanyar:p%40ss@ignored:6379",
        redisCluster: [
          { host: "redis-1", port: 6379 },
          { host: "redis-2", port: 6379 },
        ],
      },
      options,
    );
    expect(redis).toBeInstanceOf(Cluster);
    const cluster = redis as Cluster;
    expect(cluster.options).toMatchObject({ keyPrefix: "samanyar:", lazyConnect: true });
    expect(cluster.options.redisOptions).toEqual({ maxRetriesPerRequest: null, username: "app@samanyar", password: "p@ss", tls: {} });
    redis.disconnect();
  });
});
