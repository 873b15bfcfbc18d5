import { config as loadDotenv } from "dotenv";
import { type App, createApp, type Role } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";
import { prepareDatabase } from "./data/setup.js";
import { createLogger } from "./logger.js";

/**
 * Entry point. `tsx src/main.ts` runs the bot and the workers in one process;
 * `... main.ts bot` or `... main.ts worker` runs one of them, to scale them apart.
 */
const ROLES: Record<string, Role[]> = { all: ["bot", "worker"], bot: ["bot"], worker: ["worker"] };

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const roles = ROLES[process.argv[2] ?? "all"];
  if (!roles) throw new ConfigError(`Unknown role "${process.argv[2]}": use all, bot or worker`);
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

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
