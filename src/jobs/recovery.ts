import type { Logger } from "../logger.js";
import type { RedisClient } from "../redis.js";

/**
 * Notices that Redis lost its data (a restart without persistence, a
 * failover, a flush) and has the workers rebuild what they keep there from
 * Postgres: a marker key is looked for at start, every `intervalMs` and
 * whenever the connection comes back. The first worker to find it missing
 * sets it (SET NX) and recovers; the others see it set and do nothing. At
 * the very first start there is nothing to rebuild, and recovering does no harm.
 */
export async function watchForLostRedis(options: {
  connection: RedisClient;
  prefix: string;
  intervalMs: number;
  recover: () => Promise<void>;
  logger: Logger;
}): Promise<{ stop(): Promise<void> }> {
  const { connection, intervalMs, recover, logger } = options;
  const marker = `${options.prefix}:workers:redis-kept`;
  let checking: Promise<void> | null = null;

  const check = () => {
    checking ??= (async () => {
      if ((await connection.set(marker, String(Date.now()), "NX")) !== "OK") return;
      logger.warn("Redis has no record of the workers (it lost its data, or this is the first start): rebuilding from Postgres");
      try {
        await recover();
      } catch (error) {
        // Try again at the next check.
        await connection.del(marker);
        throw error;
      }
    })()
      .catch((error: unknown) => logger.error({ err: error }, "recovery after Redis lost its data failed; will retry"))
      .finally(() => {
        checking = null;
      });
  };
  check();
  await checking;
  const timer = setInterval(check, intervalMs);
  connection.on("ready", check);
  return {
    async stop() {
      clearInterval(timer);
      connection.off("ready", check);
      await checking;
    },
  };
}
