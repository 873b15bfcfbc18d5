import type { Logger } from "./logger.js";

/**
 * A promise nobody awaited failed, or an exception escaped every handler: the
 * process is in a state no code planned for. It is logged (one JSON line, like
 * every log line) and the process exits non-zero for its supervisor to start a
 * clean one.
 */
export function exitOnCrash(logger: Logger): void {
  process.on("unhandledRejection", (reason) => {
    logger.fatal({ err: reason }, "unhandled rejection");
    process.exit(1);
  });
  process.on("uncaughtException", (error) => {
    logger.fatal({ err: error }, "uncaught exception");
    process.exit(1);
  });
}

/**
 * SIGINT and SIGTERM run `stop` once and exit 0. A stop that fails, or that has
 * not finished after timeoutMs (a connection that never closes), exits 1, so
 * the process ends before its supervisor runs out of patience and kills it.
 */
export function exitOnSignal(options: { logger: Logger; timeoutMs: number; stop: () => Promise<unknown> }): { readonly stopping: boolean } {
  const { logger, timeoutMs, stop } = options;
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    setTimeout(() => {
      logger.error({ timeoutMs }, "shutdown did not finish in time: exiting");
      process.exit(1);
    }, timeoutMs);
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    get stopping() {
      return stopping;
    },
  };
}
