import type { Redis } from "ioredis";
import type { Logger } from "../logger.js";

/**
 * Notices that Redis lost its data (a restart without persistence, a
 * failover, a flush) and has the workers rebuild what they keep there from
 * Postgres: a marker key set at start is looked for every `intervalMs` and
 * whenever the connection comes back. The first worker to find it gone sets
 * it again (SET NX) and recovers; the others see it set and do nothing.
 */
export async function watchForLostRedis(options: {
  connection: Redis;
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
      logger.warn("Redis lost its data: restoring schedules and queueing pending work again from Postgres");
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
  await connection.set(marker, String(Date.now()));
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
