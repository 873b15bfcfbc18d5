import { config as loadDotenv } from "dotenv";
import { type App, createApp, type Role } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";
import { prepareDatabase } from "./data/setup.js";
import { createLogger } from "./logger.js";
import { startSandbox } from "./sandbox/sandbox.js";

/**
 * Entry point. `tsx src/main.ts` runs the bot and the workers in one process;
 * `... main.ts bot` or `... main.ts worker` runs one of them, to scale them apart.
 * `... main.ts sandbox`, or no BOT_TOKEN outside production, runs the local
 * sandbox instead (`--demo` loads demo data into it).
 */
const ROLES: Record<string, Role[]> = { all: ["bot", "worker"], bot: ["bot"], worker: ["worker"] };

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const args = process.argv.slice(2);
  const mode = args.find((arg) => !arg.startsWith("--")) ?? "all";
  // Never in production: a server with a missing token must fail, and a sandbox there would take
  // real people's notifications into its emulator (and --demo would write demo NGOs).
  const production = process.env.NODE_ENV === "production";
  if (mode === "sandbox" && production) throw new ConfigError("The sandbox does not run with NODE_ENV=production");
  if (mode === "sandbox" || (mode === "all" && !process.env.BOT_TOKEN && !production)) return runSandbox(args.includes("--demo"));
  const roles = ROLES[mode];
  if (!roles) throw new ConfigError(`Unknown role "${mode}": use all, bot, worker or sandbox`);
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  logger.info("preparing the database (migrations, reference data)");
  await prepareDatabase(config.databaseUrl);

  const app: App = createApp(config, { roles, logger });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    await app.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));

  await app.start();
  logger.info({ roles }, "Samanyar is running");
}

async function runSandbox(demo: boolean): Promise<void> {
  const logger = createLogger(process.env.LOG_LEVEL === "debug" ? "debug" : "warn");
  console.log(
    `Samanyar sandbox: no BOT_TOKEN is needed; starting the bot against a local Telegram emulator${demo ? " with demo data" : ""}…`,
  );
  const sandbox = await startSandbox({ env: process.env, logger, demo });
  const shutdown = async () => {
    await sandbox.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown());
  process.once("SIGTERM", () => void shutdown());
  console.log(`Samanyar sandbox is running: open ${sandbox.url} (Ctrl+C stops it)`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
