import { pino } from "pino";
import type { Config } from "./config.js";

export type Logger = pino.Logger;

/**
 * Personal data stays out of logs: we never log message texts or contacts, and
 * these paths are redacted should an object carrying them be logged by mistake.
 */
export function createLogger(level: Config["logLevel"]): Logger {
  return pino({
    level,
    redact: {
      paths: ["*.text", "*.phone", "*.phone_number", "*.contactPhone", "*.caption", "*.contact"],
      censor: "[redacted]",
    },
  });
}
