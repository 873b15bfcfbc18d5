import { describe, expect, it } from "vitest";
import { Batcher } from "../../src/data/batch.js";

/** A batch's run that records its inputs and answers only when the test releases it (explicit signals, no clock). */
class Runs<I, O> {
  readonly inputs: I[][] = [];
  private readonly held: (() => void)[] = [];
  private readonly onStart: (() => void)[] = [];

  constructor(private readonly answer: (inputs: I[]) => (O | Error)[]) {}

  run = (inputs: I[]): Promise<(O | Error)[]> => {
    this.inputs.push(inputs);
    for (const started of this.onStart.splice(0)) started();
    return new Promise((resolve, reject) => {
      this.held.push(() => {
        try {
          resolve(this.answer(inputs));
        } catch (error) {
          reject(error);
        }
      });
    });
  };

  /** Resolves once `count` runs have started. */
  async started(count: number): Promise<void> {
    while (this.inputs.length < count) await new Promise<void>((resolve) => this.onStart.push(resolve));
  }

  /** Lets the runs started so far answer. */
  release(): void {
    for (const answer of this.held.splice(0)) answer();
  }

  /** Releases every run until `count` have run. */
  async releaseUntil(count: number): Promise<void> {
    for (let n = 1; n <= count; n++) {
      await this.started(n);
      this.release();
    }
  }
}

/** One turn of the event loop: whatever the batcher would start now has started. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

const doubled = (inputs: number[]) => inputs.map((n) => n * 2);

describe("a batcher of calls that wait at the same moment", () => {
  it("when calls are made in one turn, then they share one run and each gets its own output, in call order", async () => {
    const runs = new Runs(doubled);
    const batcher = new Batcher(runs.run, { maxSize: 10 });
    const outputs = Promise.all([batcher.call(1), batcher.call(2), batcher.call(3)]);
    await runs.releaseUntil(1);
    expect(await outputs).toEqual([2, 4, 6]);
    expect(runs.inputs).toEqual([[1, 2, 3]]);
  });

  it("when calls are made while a run is in flight, then no second run starts until it ends, and they share the next", async () => {
    const runs = new Runs(doubled);
    const batcher = new Batcher(runs.run, { maxSize: 10 });
    const first = batcher.call(1);
    await runs.started(1);
    const later = Promise.all([batcher.call(2), batcher.call(3)]);
    await turn();
    expect(runs.inputs).toEqual([[1]]);
    runs.release();
    expect(await first).toBe(2);
    await runs.releaseUntil(2);
    expect(await later).toEqual([4, 6]);
    expect(runs.inputs).toEqual([[1], [2, 3]]);
  });

  it("when more calls wait than a run takes, then each run takes at most maxSize, in call order", async () => {
    const runs = new Runs(doubled);
    const batcher = new Batcher(runs.run, { maxSize: 2 });
    const outputs = Promise.all([1, 2, 3, 4, 5].map((n) => batcher.call(n)));
    await runs.releaseUntil(3);
    expect(await outputs).toEqual([2, 4, 6, 8, 10]);
    expect(runs.inputs).toEqual([[1, 2], [3, 4], [5]]);
  });

  it("when the run answers one call with an error, then that call alone fails", async () => {
    const runs = new Runs((inputs: number[]) => inputs.map((n) => (n === 2 ? new Error("not two") : n * 2)));
    const batcher = new Batcher(runs.run, { maxSize: 10 });
    const outputs = [1, 2, 3].map((n) => batcher.call(n).catch((error: Error) => error.message));
    await runs.releaseUntil(1);
    expect(await Promise.all(outputs)).toEqual([2, "not two", 6]);
    expect(runs.inputs).toEqual([[1, 2, 3]]);
  });

  it("when the run throws, then each of its calls is run alone and only the one that throws alone fails", async () => {
    const runs = new Runs((inputs: number[]) => {
      if (inputs.includes(2)) throw new Error("two breaks the statement");
      return doubled(inputs);
    });
    const batcher = new Batcher(runs.run, { maxSize: 10 });
    const outputs = [1, 2, 3].map((n) => batcher.call(n).catch((error: Error) => error.message));
    await runs.releaseUntil(4);
    expect(await Promise.all(outputs)).toEqual([2, "two breaks the statement", 6]);
    expect(runs.inputs).toEqual([[1, 2, 3], [1], [2], [3]]);
  });

  it("when the run answers fewer outputs than inputs, then the calls left without one fail", async () => {
    const runs = new Runs((inputs: number[]) => doubled(inputs).slice(0, 1));
    const batcher = new Batcher(runs.run, { maxSize: 10 });
    const outputs = [1, 2].map((n) => batcher.call(n).catch(() => "failed"));
    await runs.releaseUntil(1);
    expect(await Promise.all(outputs)).toEqual([2, "failed"]);
  });

  it("when two calls have the same key, then they go to different runs, in call order, and the others are not held back", async () => {
    type Press = { person: number; answer: string };
    const runs = new Runs((inputs: Press[]) => inputs.map((p) => `${p.person}:${p.answer}`));
    const batcher = new Batcher(runs.run, { maxSize: 10, key: (p: Press) => p.person });
    const presses: Press[] = [
      { person: 1, answer: "YES" },
      { person: 2, answer: "YES" },
      { person: 1, answer: "NO" },
      { person: 3, answer: "NO" },
      { person: 1, answer: "YES" },
    ];
    const outputs = Promise.all(presses.map((p) => batcher.call(p)));
    await runs.releaseUntil(3);
    expect(await outputs).toEqual(["1:YES", "2:YES", "1:NO", "3:NO", "1:YES"]);
    expect(runs.inputs.map((run) => run.map((p) => `${p.person}:${p.answer}`))).toEqual([["1:YES", "2:YES", "3:NO"], ["1:NO"], ["1:YES"]]);
  });
});
