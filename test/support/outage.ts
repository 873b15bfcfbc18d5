import { inject } from "vitest";
import type { FakeBotApi } from "../../src/sandbox/bot-api.js";
import { databaseUrl, type Harness, startApp } from "./harness.js";
import { TcpProxy } from "./tcp-proxy.js";

export type Service = "Postgres" | "Redis";

const SERVICES = {
  Postgres: { url: () => databaseUrl(), defaultPort: 5432, variable: "DATABASE_URL" },
  Redis: { url: () => inject("redisUrl"), defaultPort: 6379, variable: "REDIS_URL" },
} as const;

/** The app, reaching `service` through a proxy the test cuts and restores to play an outage. */
export async function startAppBehindProxy(
  service: Service,
  options: Parameters<typeof startApp>[0] = {},
): Promise<{ h: Harness; proxy: TcpProxy; stop(): Promise<void> }> {
  const { url: serviceUrl, defaultPort, variable } = SERVICES[service];
  const url = new URL(serviceUrl());
  const proxy = await TcpProxy.start({ host: url.hostname, port: Number(url.port || defaultPort) });
  url.host = `127.0.0.1:${proxy.port}`;
  const h = await startApp({ ...options, env: { ...options.env, [variable]: url.toString() } });
  return {
    h,
    proxy,
    async stop() {
      await h.stop();
      await proxy.stop();
    },
  };
}

/**
 * Cuts the proxy the moment the bot answers the next button press: the update
 * got past the middleware, and the conversation's save is still to come.
 */
export function cutAtNextPressAnswer(fake: FakeBotApi, proxy: TcpProxy): void {
  const stop = fake.subscribe((event) => {
    if (event.type !== "callback-answer") return;
    stop();
    void proxy.cut();
  });
}
