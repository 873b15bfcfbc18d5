import { Writable } from "node:stream";
import { GrammyError } from "grammy";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";

describe("privacy in the log", () => {
  it("when an error carrying a message and a phone is logged, then neither reaches the log", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk, _encoding, done) => {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger("info", sink);
    const error = new GrammyError(
      "Call to 'sendMessage' failed!",
      { ok: false, error_code: 400, description: "Bad Request" },
      "sendMessage",
      {
        chat_id: 1,
        text: "Phone: +989121234567",
      },
    );
    logger.error({ err: error, contactPhone: "+989121234567" }, "failed");
    logger.info({ update: { message: { text: "private words" } } }, "x");
    const output = lines.join("");
    expect(output).toContain("Bad Request");
    expect(output).not.toContain("+98912");
    expect(output).not.toContain("private words");
  });
});
