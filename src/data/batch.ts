/** How a Batcher groups calls. */
export type BatchOptions<I> = {
  /** The most calls one run takes; the rest wait for the next. */
  maxSize: number;
  /**
   * Calls whose keys are equal never share a run (one statement may not write the same row twice): a later one
   * waits for the next run, and calls of one key run in the order they were made.
   */
  key?: (input: I) => unknown;
};

type Call<I, O> = { input: I; resolve: (output: O) => void; reject: (error: unknown) => void };

/**
 * Runs calls that wait at the same moment together, DataLoader-style: the calls made in one turn of the event
 * loop, or while a run is in flight, go to the next run, one at a time. Thousands of presses at once then
 * share a statement, its round trip and its commit instead of each having their own (README, Performance).
 *
 * `run` gets the inputs and answers each in order, an output or an Error that fails that call alone. If it
 * throws, each of its inputs is run again alone, so a failure caused by one fails only that one call: `run`
 * must therefore change nothing when it throws (as one statement, which commits all or nothing).
 */
export class Batcher<I, O> {
  private readonly waiting: Call<I, O>[] = [];
  private running = false;
  private scheduled = false;

  constructor(
    private readonly run: (inputs: I[]) => Promise<(O | Error)[]>,
    private readonly options: BatchOptions<I>,
  ) {}

  call(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      this.schedule();
    });
  }

  /** The next run starts once the calls of this turn are in, and never while another is in flight. */
  private schedule(): void {
    if (this.running || this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.running = true;
    const calls = this.take();
    try {
      await this.settle(calls);
    } finally {
      this.running = false;
      this.schedule();
    }
  }

  /** Takes up to maxSize waiting calls, in order, skipping those whose key is already taken. */
  private take(): Call<I, O>[] {
    const { maxSize, key } = this.options;
    const taken: Call<I, O>[] = [];
    const keys = new Set<unknown>();
    let kept = 0;
    for (const call of this.waiting) {
      const k = key?.(call.input);
      if (taken.length < maxSize && !(key && keys.has(k))) {
        taken.push(call);
        keys.add(k);
      } else {
        this.waiting[kept++] = call;
      }
    }
    this.waiting.length = kept;
    return taken;
  }

  private async settle(calls: Call<I, O>[]): Promise<void> {
    let outputs: (O | Error)[];
    try {
      outputs = await this.run(calls.map((c) => c.input));
    } catch (error) {
      if (calls.length === 1) calls[0]?.reject(error);
      else await Promise.all(calls.map((call) => this.settle([call])));
      return;
    }
    calls.forEach((call, i) => {
      const output = i < outputs.length ? outputs[i] : new Error(`a batch of ${calls.length} answered ${outputs.length}`);
      if (output instanceof Error) call.reject(output);
      else call.resolve(output as O);
    });
  }
}
