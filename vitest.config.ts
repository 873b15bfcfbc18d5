import { defineConfig } from "vitest/config";
import { LongestFirst } from "./test/support/longest-first.js";

/**
 * Three tiers, all run by `npm test`; `vitest run --project <name>` runs one.
 * unit: pure logic, no Postgres or Redis.
 * integration: journeys through the bot on real Postgres and Redis.
 * e2e: the browser, a killed worker, Telegram's flood limits and timing, a Redis Cluster of the test's own.
 */
const E2E = [
  "test/sandbox.test.ts",
  "test/dashboard-browser.test.ts",
  "test/broadcast-flood.test.ts",
  "test/broadcast-recovery.test.ts",
  "test/redis-cluster.test.ts",
];

/**
 * The run's template database and Redis prefix (global-setup.ts); each test file a copy of the
 * template of its own (database.ts), so files run in parallel.
 */
const withServices = {
  globalSetup: ["test/support/global-setup.ts"],
  setupFiles: ["test/support/database.ts"],
  // Ceilings, not waits: a machine shared with other runs can be many times slower than a quiet one.
  testTimeout: 60_000,
  hookTimeout: 120_000,
};

export default defineConfig({
  test: {
    // Benchmarks (`npm run bench`) need the services: they run in the integration tier only.
    benchmark: { include: [] },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The tiers run together, longest first, three files at a time on this 2-core machine: e2e files mostly wait (on
    // Telegram's rate, on a process), journeys wait on Postgres, and a third file keeps both cores busy meanwhile.
    // Measured, the whole suite one setting after the other, on a machine whose speed varies: 3 files faster in 5 of
    // 6 pairs, 119–140 s against 136–165 s for 2 files; 4 files 139 s against 120 s for 3 (projects share one value).
    sequence: { sequencer: LongestFirst },
    projects: [
      // Pure functions, no mocks or globals: a worker's files share their imports (measured: half the CPU time of
      // the tier, which otherwise imports the same modules afresh for each of its small files).
      { extends: true, test: { name: "unit", include: ["test/unit/**/*.test.ts"], maxWorkers: 3, isolate: false } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/*.test.ts"],
          exclude: E2E,
          benchmark: { include: ["test/bench/**/*.bench.ts"] },
          ...withServices,
          // A worker's files share their imports (each has its own database and app all the same).
          maxWorkers: 3,
          isolate: false,
        },
      },
      // Broadcasts at Telegram's rate (flood control, interrupted broadcasts) take their time, more so on a busy machine.
      {
        extends: true,
        test: { name: "e2e", include: E2E, ...withServices, maxWorkers: 3, testTimeout: 120_000 },
      },
    ],
  },
});
