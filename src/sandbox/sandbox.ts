import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type App, createApp } from "../app.js";
import { type Config, loadConfig } from "../config.js";
import { createDb } from "../data/prisma.js";
import { prepareDatabase } from "../data/setup.js";
import type { Logger } from "../logger.js";
import { FakeBotApi } from "./bot-api.js";
import { loadDemoData } from "./demo.js";
import { Personas } from "./personas.js";
import { createSandboxServer } from "./web.js";

/** The superadmin of a sandbox started without ADMIN_IDS. */
export const SANDBOX_ADMIN_ID = 100_000_001;
const SANDBOX_TOKEN = "1:sandbox-token-for-the-local-emulator";
const SANDBOX_BALE_TOKEN = "2:sandbox-token-for-the-local-bale-emulator";

export type Sandbox = {
  url: string;
  app: App;
  /** The Telegram emulator. */
  api: FakeBotApi;
  /** The Bale emulator (Bale mode of the same fake). */
  bale: FakeBotApi;
  stop(): Promise<void>;
};

/**
 * The real bot and workers, unchanged, on Telegram and on Bale at once, each
 * against its own Bot API emulator (the ones the tests use), over one database,
 * with a web page of messenger-like chats at 127.0.0.1 (never on other
 * interfaces: anyone reaching it could act as any persona).
 */
export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const asked = Number(options.env.HTTP_PORT ?? 3000);
  if (asked) return startOn(asked, options);
  // The dashboard's links need the port before the app listens: a free one when HTTP_PORT asks for any. Something
  // else on the machine may take it in the seconds before the app listens (once in 20 runs of the sandbox's tests,
  // three test files at a time), so the start is tried again on another.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      return await startOn(port, options);
    } catch (error) {
      const { code, port: taken } = error as { code?: unknown; port?: unknown };
      if (code !== "EADDRINUSE" || taken !== port || attempt === 5) throw error;
      options.logger.warn({ port }, "the port chosen for HTTP_PORT was taken meanwhile: starting again on another");
    }
  }
}

type SandboxOptions = {
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** Loads demo NGOs, people, a past meeting and a training-needs round. */
  demo: boolean;
  /** Overrides SANDBOX_PORT (0: any free port). */
  port?: number;
};

async function startOn(httpPort: number, options: SandboxOptions): Promise<Sandbox> {
  const { logger } = options;
  const api = await FakeBotApi.start({ botUsername: "samanyar_sandbox_bot" });
  const bale = await FakeBotApi.start({ messenger: "bale", botUsername: "samanyar_sandbox_bale_bot" });
  const config: Config = loadConfig({
    ...options.env,
    HTTP_PORT: String(httpPort),
    // "localhost" as the page's address: the page and the dashboard beside it are one site, so its cookie reaches the frame.
    DASHBOARD_URL: options.env.DASHBOARD_URL || `http://localhost:${httpPort}/dashboard`,
    BOT_TOKEN: SANDBOX_TOKEN,
    BOT_API_ROOT: api.apiRoot,
    BALE_BOT_TOKEN: SANDBOX_BALE_TOKEN,
    BALE_API_ROOT: bale.apiRoot,
    ADMIN_IDS: options.env.ADMIN_IDS || String(SANDBOX_ADMIN_ID),
    WEBHOOK_URL: "",
  });
  await prepareDatabase(config.databaseUrl);
  // /livez and /readyz on HTTP_PORT, like every process, but on this machine only, as the page is.
  let pageOrigin = "";
  const app = createApp(config, {
    roles: ["bot", "worker"],
    logger,
    httpHost: "127.0.0.1",
    // The sandbox page shows the dashboard in a frame beside the chats.
    dashboardFrameAncestors: () => (pageOrigin ? [pageOrigin] : []),
  });
  const db = createDb(config.databaseUrl, { poolSize: config.databasePoolSize });
  const server = createSandboxServer({
    apis: { telegram: api, bale },
    personas: new Personas(db, { telegram: api, bale }, app.services, config.adminIds),
    botName: api.botInfo.first_name,
    dashboardUrl: config.dashboardUrl,
  });
  const stopAll = async () => {
    server.closeAllConnections();
    if (server.listening) await new Promise((resolve) => server.close(resolve));
    await app.stop();
    await api.stop();
    await bale.stop();
    await db.$disconnect();
  };
  try {
    await app.start();
    if (options.demo) {
      const loaded = await loadDemoData(app.services, db, {
        adminId: [...config.adminIds][0] ?? BigInt(SANDBOX_ADMIN_ID),
        now: new Date(),
      });
      logger.info(loaded, loaded.ngos ? "demo data loaded" : "demo data already there");
    }
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port ?? config.sandboxPort, "127.0.0.1", resolve);
    });
  } catch (error) {
    await stopAll();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  pageOrigin = url;
  return { url, app, api, bale, stop: stopAll };
}

/** A port free on this machine now, for a server about to listen on it. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", resolve);
  });
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
