import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 30_000,
    // Test files share one database; run them one at a time so they cannot see each other.
    fileParallelism: false,
    hookTimeout: 60_000,
  },
});
