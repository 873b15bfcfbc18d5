import { Cluster, Redis, type RedisOptions } from "ioredis";
import type { Config } from "./config.js";

/** A connection to the deployment's Redis: one server, or Redis Cluster (REDIS_CLUSTER_NODES). */
export type RedisClient = Redis | Cluster;

/** What a connection is for: the app's state (key prefix, fail fast), the queues, or a worker that blocks. */
export type RedisConnectionOptions = Pick<RedisOptions, "keyPrefix" | "maxRetriesPerRequest" | "lazyConnect" | "enableAutoPipelining">;

/**
 * Every Redis connection of the app is made here, with the same options on one server and on a cluster: a single
 * `new Redis(REDIS_URL)`, or `new Cluster(seeds)` whose node connections take the options and REDIS_URL's user,
 * password and TLS. On a cluster, every command that uses several keys must have them in one slot: BullMQ's queues
 * share QUEUE_PREFIX's hash tag (config.ts refuses a cluster without one), and the app's own scripts tag their keys.
 */
export function connectRedis(config: Pick<Config, "redisUrl" | "redisCluster">, options: RedisConnectionOptions = {}): RedisClient {
  if (!config.redisCluster) return new Redis(config.redisUrl, options);
  const { keyPrefix, lazyConnect, enableAutoPipelining, ...perNode } = options;
  const url = new URL(config.redisUrl);
  return new Cluster(
    config.redisCluster.map((node) => ({ ...node })),
    {
      ...(keyPrefix === undefined ? {} : { keyPrefix }),
      ...(lazyConnect === undefined ? {} : { lazyConnect }),
      ...(enableAutoPipelining === undefined ? {} : { enableAutoPipelining }),
      redisOptions: {
        ...perNode,
        ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
        ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
        ...(url.protocol === "rediss:" ? { tls: {} } : {}),
      },
    },
  );
}
