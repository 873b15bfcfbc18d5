/**
 * Entry point: V8's settings, then the program (cli.ts), loaded only once they apply. Both settings are read by V8
 * while it runs, so the process sets them for itself and `node dist/main.js` needs no option. The program is imported
 * afterwards because modules are parsed, all of them, before any runs.
 */
import { setFlagsFromString } from "node:v8";

/**
 * The old generation may grow to 1.5 times what it held after its last full collection before the next one, not up
 * to four times (V8's own factor when collections are fast). Under a burst each scavenge promotes the objects of the
 * updates under way, about 20 KB a press, and with V8's factor that garbage piled up to 100 MB before a collection:
 * 250–270 MB resident at the RSVP burst, against 190 MB with 1.5, at no measurable CPU (README, Performance).
 * V8 reads it whenever it sets the next limit, so it applies from here on.
 */
setFlagsFromString("--heap-growing-percent=50");

/**
 * V8 doubles its young generation (two semi-spaces) whenever many objects survive a scavenge, up to
 * 2 × 16 MB, and parsing the server's modules and starting the app is enough to take it there: about
 * 30 MB resident that an idle process never gives back. So the young generation keeps its first size
 * (2 × 1 MB) until the program has started. Then it may grow again (V8's default factor, 2): under a
 * burst of updates a young generation of 1 MB is scavenged every few updates, copying and promoting
 * the objects of every update under way, and the garbage collector took a quarter of the bot's time
 * (README, Performance: 4.4 against 3.5 ms of CPU per press, and less memory at the burst, not more).
 * Of the young generation's settings only this one is read after V8 has started (--max-semi-space-size
 * is read when the heap is made).
 */
setFlagsFromString("--semi-space-growth-factor=1");
const { started } = await import("./cli.js");
await started;
setFlagsFromString("--semi-space-growth-factor=2");
