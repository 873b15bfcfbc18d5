import { setFlagsFromString } from "node:v8";

/**
 * Entry point: V8's settings, then the program (cli.ts), loaded only once they apply.
 *
 * V8 doubles its young generation (two semi-spaces) whenever many objects survive a scavenge, up to
 * 2 × 16 MB, and parsing the server's modules and starting the app is enough to take it there: about
 * 30 MB resident that an idle process never gives back. So the young generation keeps its first size
 * (2 × 1 MB) until the program has started. Then it may grow again (V8's default factor, 2): under a
 * burst of updates a young generation of 1 MB is scavenged every few updates, copying and promoting
 * the objects of every update under way, and the garbage collector took a quarter of the bot's time
 * (README, Performance: 4.4 against 3.5 ms of CPU per press, and less memory at the burst, not more).
 * Of the young generation's settings only this one is read after V8 has started (--max-semi-space-size
 * is read when the heap is made), so the process sets it for itself and `node dist/main.js` needs no
 * option. The program is imported afterwards because modules are parsed, all of them, before any runs.
 */
setFlagsFromString("--semi-space-growth-factor=1");
const { started } = await import("./cli.js");
await started;
setFlagsFromString("--semi-space-growth-factor=2");
