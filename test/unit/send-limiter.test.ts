import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { SendLimiter, SendsPaused, type SendWindow, type SlotAnswer } from "../../src/jobs/send-limiter.js";
import { createLogger } from "../../src/logger.js";

/**
 * The process's side of the send limiter: its queue of waiting sends in front
 * of the shared window. The window here is scripted; the Redis one is tested
 * on Redis (test/send-limiter.test.ts).
 */

function scriptedWindow(answers: SlotAnswer[]) {
  const taken: string[] = [];
  const released: string[] = [];
  let failRelease = false;
  const window: SendWindow = {
    take: async (member) => {
      const answer = answers.shift() ?? { kind: "granted" };
      if (answer.kind === "granted") taken.push(member);
      return answer;
    },
    release: async (member) => {
      if (failRelease) throw new Error("Redis is away");
      released.push(member);
    },
  };
  return { window, taken, released, failReleases: () => (failRelease = true) };
}

function logLines() {
  const lines: string[] = [];
  const sink = new Writable({
    write: (chunk, _encoding, done) => {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger("info", sink), lines };
}

/** A sleep the test ends itself, recording how long was asked. */
function manualSleep() {
  const asked: number[] = [];
  const pending: (() => void)[] = [];
  return {
    asked,
    sleep: (ms: number) =>
      new Promise<void>((resolve) => {
        asked.push(ms);
        pending.push(resolve);
      }),
    wake: () => pending.shift()?.(),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("send limiter", () => {
  it("when the window is full, then the send waits as long as the window says, goes once granted, and frees its slot after", async () => {
    const { window, taken, released } = scriptedWindow([{ kind: "wait", ms: 40 }, { kind: "wait", ms: 7 }, { kind: "granted" }]);
    const clock = manualSleep();
    const limiter = new SendLimiter(window, logLines().logger, clock.sleep);
    let sent = 0;

    const run = limiter.run("broadcast", async () => ++sent);
    await settle();
    expect(clock.asked).toEqual([40]);
    expect(sent).toBe(0);
    clock.wake();
    await settle();
    expect(clock.asked).toEqual([40, 7]);
    clock.wake();

    await expect(run).resolves.toBe(1);
    expect(taken).toHaveLength(1);
    expect(released).toEqual(taken);
  });

  it("when a notification comes in while broadcasts wait for a slot, then it takes the next one, and the broadcasts keep their order", async () => {
    const { window } = scriptedWindow([{ kind: "wait", ms: 30 }]);
    const clock = manualSleep();
    const limiter = new SendLimiter(window, logLines().logger, clock.sleep);
    const order: string[] = [];
    const send = (name: string) => async () => {
      order.push(name);
    };

    const runs = [limiter.run("broadcast", send("broadcast 1")), limiter.run("broadcast", send("broadcast 2"))];
    await settle();
    runs.push(limiter.run("notification", send("notification")));
    clock.wake();
    await Promise.all(runs);

    expect(order).toEqual(["notification", "broadcast 1", "broadcast 2"]);
  });

  it("when Telegram has paused the bot, then every waiting send is refused with the pause and none goes out", async () => {
    const { window, released } = scriptedWindow([{ kind: "paused", ms: 3000 }]);
    const limiter = new SendLimiter(window, logLines().logger, manualSleep().sleep);
    let sent = 0;

    const runs = [limiter.run("broadcast", async () => sent++), limiter.run("notification", async () => sent++)];

    for (const run of runs) await expect(run).rejects.toEqual(new SendsPaused(3000));
    expect(sent).toBe(0);
    expect(released).toEqual([]);
  });

  it("when a send fails, then its slot is freed all the same and the error reaches the job", async () => {
    const { window, taken, released } = scriptedWindow([]);
    const limiter = new SendLimiter(window, logLines().logger, manualSleep().sleep);

    await expect(
      limiter.run("notification", async () => {
        throw new Error("Telegram said no");
      }),
    ).rejects.toThrow("Telegram said no");
    expect(released).toEqual(taken);
  });

  it("when freeing the slot fails after Telegram took the message, then the send still counts as done (a retry would send it twice)", async () => {
    const { window, failReleases } = scriptedWindow([]);
    const { logger, lines } = logLines();
    const limiter = new SendLimiter(window, logger, manualSleep().sleep);
    failReleases();

    await expect(limiter.run("broadcast", async () => "sent")).resolves.toBe("sent");
    expect(lines.join("")).toContain("send slot not released");
  });
});
