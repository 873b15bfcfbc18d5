import { exitOnCrash, exitOnSignal } from "../../src/lifecycle.js";
import { createLogger } from "../../src/logger.js";

/**
 * A process for test/lifecycle.test.ts: it installs the handlers main.ts
 * installs, then goes wrong as its first argument says.
 */
const logger = createLogger("info");
exitOnCrash(logger);

switch (process.argv[2]) {
  case "rejection":
    void Promise.reject(new Error("nobody awaited this"));
    break;
  case "exception":
    setImmediate(() => {
      throw new Error("escaped every handler");
    });
    break;
  case "stop":
  case "hanging-stop": {
    // The work a real process keeps running until it is stopped.
    const work = setInterval(() => undefined, 60_000);
    exitOnSignal({
      logger,
      timeoutMs: Number(process.argv[3]),
      stop: async () => {
        if (process.argv[2] === "hanging-stop") await new Promise(() => undefined);
        clearInterval(work);
      },
    });
    process.kill(process.pid, "SIGTERM");
    break;
  }
  default:
    throw new Error(`unknown misbehaviour ${process.argv[2]}`);
}
