/**
 * Runs the given test files again and again, each time from scratch (a vitest run of its own: fresh
 * processes, databases and apps), and reports every test that failed in any run, with how often:
 *
 *   npm run test:repeat -- test/meetings.test.ts test/faults.test.ts --times 20
 *
 * Any other arguments go to vitest as they are (e.g. `-t "when …"`). Exits non-zero if any run failed.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

type JsonReport = {
  numTotalTests: number;
  testResults: {
    name: string;
    message?: string;
    assertionResults: { fullName: string; status: string; failureMessages: string[]; duration?: number }[];
  }[];
};

const args = process.argv.slice(2);
const timesAt = args.indexOf("--times");
const times = timesAt === -1 ? 20 : Number(args[timesAt + 1]);
if (!Number.isInteger(times) || times < 1) throw new Error("--times takes a whole number of runs");
const vitestArgs = timesAt === -1 ? args : [...args.slice(0, timesAt), ...args.slice(timesAt + 2)];
if (vitestArgs.length === 0) throw new Error("name the test files to repeat, e.g. npm run test:repeat -- test/meetings.test.ts --times 20");

const dir = mkdtempSync(join(tmpdir(), "samanyar-repeat-"));
/** Failed tests (file › name) and the runs they failed in, with the first message of each. */
const failures = new Map<string, { runs: number[]; message: string }>();
const failedRuns: number[] = [];

for (let run = 1; run <= times; run++) {
  const report = join(dir, `run-${run}.json`);
  const started = Date.now();
  const child = spawnSync("npx", ["vitest", "run", "--reporter=json", `--outputFile=${report}`, ...vitestArgs], {
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let parsed: JsonReport | undefined;
  try {
    parsed = JSON.parse(readFileSync(report, "utf8")) as JsonReport;
  } catch {
    // No report: vitest did not get as far as running tests (its error output says why).
  }
  /** This run's failed tests: "file › test" and the first line of what went wrong. */
  const failed: { test: string; message: string }[] = [];
  const firstLine = (text = "") => text.split("\n")[0] ?? "";
  for (const file of parsed?.testResults ?? []) {
    const name = file.name.replace(`${process.cwd()}/`, "");
    const broken = file.assertionResults.filter((test) => test.status === "failed");
    // A file that failed outside its tests (a hook, an import) has no failed test to show for it.
    if (broken.length === 0 && file.message) failed.push({ test: `${name} › (the file)`, message: firstLine(file.message) });
    for (const test of broken) failed.push({ test: `${name} › ${test.fullName}`, message: firstLine(test.failureMessages[0]) });
  }
  if (child.status !== 0 && failed.length === 0) {
    failed.push({ test: "(the run)", message: `exit ${child.status}: ${child.stderr.trim().split("\n").slice(-3).join(" / ")}` });
  }
  for (const { test, message } of failed) {
    const entry = failures.get(test) ?? { runs: [], message };
    entry.runs.push(run);
    failures.set(test, entry);
  }
  if (failed.length > 0) failedRuns.push(run);
  console.log(
    `run ${run}/${times}: ${failed.length === 0 ? "passed" : `${failed.length} failed`} (${parsed?.numTotalTests ?? "?"} tests, ${seconds} s)`,
  );
  for (const { test, message } of failed) console.log(`  ✗ ${test}: ${message}`);
}

rmSync(dir, { recursive: true, force: true });
console.log(`\n${times - failedRuns.length} of ${times} runs passed.`);
for (const [test, { runs, message }] of failures) {
  console.log(`${test}\n  failed in ${runs.length} of ${times} runs (${runs.join(", ")}); first: ${message}`);
}
process.exitCode = failedRuns.length === 0 ? 0 : 1;
