import { setFlagsFromString } from "node:v8";

/**
 * Entry point: V8's settings, then the program (cli.ts), loaded only once they apply.
 *
 * V8 doubles its young generation (two semi-spaces) whenever many objects survive a scavenge, up to
 * 2 × 16 MB, and parsing the server's modules is enough to take it there: about 30 MB resident that an
 * idle process never gives back. Kept at its first size (2 × 1 MB), the idle process holds that much less
 * and an RSVP burst costs no more CPU per press (README, Performance). Of the young generation's settings
 * only this one is read after V8 has started (--max-semi-space-size is read when the heap is made), so
 * the process sets it for itself and `node dist/main.js` needs no option. The program is imported
 * afterwards because modules are parsed, all of them, before any of them runs.
 */
setFlagsFromString("--semi-space-growth-factor=1");
await import("./cli.js");
