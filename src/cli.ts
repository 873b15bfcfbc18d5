import { config as loadDotenv } from "dotenv";
import type { App, Role } from "./app.js";
import { ConfigError, DEFAULT_SHUTDOWN_TIMEOUT_SECONDS, loadConfig } from "./config.js";
import { exitOnCrash, exitOnSignal } from "./lifecycle.js";
import { createLogger } from "./logger.js";
import type { Sandbox } from "./sandbox/sandbox.js";

/**
 * What the entry point (main.ts) runs. `tsx src/main.ts` runs the bot and the workers in one process;
 * `... main.ts bot` or `... main.ts worker` runs one of them, to scale them apart.
 * `... main.ts sandbox`, or neither BOT_TOKEN nor BALE_BOT_TOKEN outside production, runs the local
 * sandbox instead (`--demo` loads demo data into it).
 */
const ROLES: Record<string, Role[]> = { all: ["bot", "worker"], bot: ["bot"], worker: ["worker"] };

const USAGE = `Samanyar: a Telegram and Bale bot through which a provincial government works with its NGOs.

Usage: node dist/main.js [all | bot | worker | sandbox] [--demo]
       (in a checkout: npm start, npm run start:bot, npm run start:worker, npm run sandbox)

  all       the bot and the delivery workers in one process (the default)
  bot       the bot alone: long polling, or webhook mode when WEBHOOK_URL is set
  worker    the delivery workers alone: messages, broadcasts, reminders, scheduled checks
  sandbox   the bot on Telegram and on Bale against local emulators with a web page, no token
            needed (also what "all" runs with neither BOT_TOKEN nor BALE_BOT_TOKEN, unless
            NODE_ENV=production);
            --demo loads demo data into it

Settings come from the environment or a .env file: see .env.example (BOT_TOKEN and/or
BALE_BOT_TOKEN, DATABASE_URL, REDIS_URL, ADMIN_IDS, ...). Each process applies pending database
migrations when it starts, then answers GET /livez and GET /readyz on HTTP_PORT.`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return;
  }
  loadDotenv({ quiet: true });
  const mode = args.find((arg) => !arg.startsWith("--")) ?? "all";
  // Never in production: a server with a missing token must fail, and a sandbox there would take
  // real people's notifications into its emulator (and --demo would write demo NGOs).
  const production = process.env.NODE_ENV === "production";
  if (mode === "sandbox" && production) throw new ConfigError("The sandbox does not run with NODE_ENV=production");
  const noToken = !process.env.BOT_TOKEN && !process.env.BALE_BOT_TOKEN && !process.env.BOTS && !process.env.BOTS_FILE;
  if (mode === "sandbox" || (mode === "all" && noToken && !production)) return runSandbox(args.includes("--demo"));
  const roles = ROLES[mode];
  if (!roles) throw new ConfigError(`Unknown role "${mode}": use all, bot, worker or sandbox`);
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  exitOnCrash(logger);

  // A stop while the migrations run lets them finish (a half-applied one would hold up the next start).
  let preparing: Promise<void> = Promise.resolve();
  let app: App | undefined;
  const signals = exitOnSignal({
    logger,
    timeoutMs: config.shutdownTimeoutMs,
    stop: async () => {
      await preparing.catch(() => undefined);
      await app?.stop();
    },
  });

  // Loaded once the settings are read: the usage and a settings error come at once, not after the whole app has loaded.
  const [{ prepareDatabase }, { createApp }] = await Promise.all([import("./data/setup.js"), import("./app.js")]);
  logger.info("preparing the database (migrations, reference data)");
  preparing = prepareDatabase(config.databaseUrl);
  await preparing;
  if (signals.stopping) return;

  app = createApp(config, { roles, logger });
  await app.start();
  logger.info({ roles }, "Samanyar is running");
}

async function runSandbox(demo: boolean): Promise<void> {
  const logger = createLogger(process.env.LOG_LEVEL === "debug" ? "debug" : "warn");
  console.log(
    `Samanyar sandbox: no token is needed; starting the bot on Telegram and on Bale against local emulators${demo ? " with demo data" : ""}…`,
  );
  exitOnCrash(logger);
  let starting: Promise<Sandbox> | undefined;
  exitOnSignal({
    logger,
    timeoutMs: DEFAULT_SHUTDOWN_TIMEOUT_SECONDS * 1000,
    stop: async () => (await starting?.catch(() => undefined))?.stop(),
  });
  // Loaded only here: a server (all, bot, worker) never holds the emulator, its web page or the demo data.
  const { startSandbox } = await import("./sandbox/sandbox.js");
  starting = startSandbox({ env: process.env, logger, demo });
  const sandbox = await starting;
  console.log(`Samanyar sandbox is running: open ${sandbox.url} (Ctrl+C stops it)`);
}

/** Settles once the program runs (the app started, the sandbox up, the usage printed); a failure ends the process. */
export const started: Promise<void> = main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
