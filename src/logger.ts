import { pino } from "pino";
import type { Config } from "./config.js";

export type Logger = pino.Logger;

/**
 * Personal data stays out of logs: we never log message texts or contacts, and
 * these paths are redacted should an object carrying them be logged by mistake.
 */
const PRIVATE_FIELDS = ["text", "caption", "phone", "phone_number", "contactPhone", "contact"];

export function createLogger(level: Config["logLevel"], destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      // A Bot API error carries the request it failed on (message text, contacts): log only what went wrong.
      serializers: {
        err: (error: unknown) => {
          if (!(error instanceof Error)) return error;
          const { type, message, stack } = pino.stdSerializers.err(error);
          return { type, message, stack };
        },
      },
      redact: {
        paths: PRIVATE_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
        censor: "[redacted]",
      },
    },
    destination,
  );
}
