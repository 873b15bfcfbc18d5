import { spawn } from "node:child_process";
import { describe, expect, inject, it } from "vitest";
import { databaseUrl, type Harness, startApp } from "./support/harness.js";
import { TcpProxy } from "./support/tcp-proxy.js";

/**
 * How a process starts, tells its supervisor whether it can work, and ends:
 * probes, usage, crashes and stops.
 */

async function probe(h: Harness, path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`http://127.0.0.1:${h.app.httpAddress()?.port}${path}`);
  return { status: response.status, body: await response.json() };
}

/** Runs a TypeScript entry point in a process of its own, with no settings at all, and waits for it to end. */
function runAlone(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", ...args], { env: { PATH: process.env.PATH ?? "" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const logLines = (stdout: string) =>
  stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { level: number; msg: string; err?: { message: string } });

describe("probes", () => {
  it("when Postgres and Redis answer, then /livez, /readyz and /health (readiness's old name) answer 200", async () => {
    const h = await startApp({ roles: ["bot"] });
    try {
      expect(await probe(h, "/livez")).toEqual({ status: 200, body: { status: "ok" } });
      const ready = { status: 200, body: { status: "ok", postgres: true, redis: true } };
      expect(await probe(h, "/readyz")).toEqual(ready);
      expect(await probe(h, "/health")).toEqual(ready);
    } finally {
      await h.stop();
    }
  });

  const services = [
    { service: "postgres", variable: "DATABASE_URL", url: () => databaseUrl(), defaultPort: 5432 },
    { service: "redis", variable: "REDIS_URL", url: () => inject("redisUrl"), defaultPort: 6379 },
  ];
  it.each(services)(
    "when $service is cut off, then /readyz and /health answer 503 naming it, /livez still 200, and readiness comes back with it",
    async ({ service, variable, url: serviceUrl, defaultPort }) => {
      const url = new URL(serviceUrl());
      const proxy = await TcpProxy.start({ host: url.hostname, port: Number(url.port || defaultPort) });
      url.host = `127.0.0.1:${proxy.port}`;
      const h = await startApp({ env: { [variable]: url.toString() }, roles: ["bot"] });
      try {
        await proxy.cut();
        const down = { status: 503, body: { status: "unavailable", postgres: true, redis: true, [service]: false } };
        expect(await probe(h, "/readyz")).toEqual(down);
        expect(await probe(h, "/health")).toEqual(down);
        expect((await probe(h, "/livez")).status).toBe(200);
        await proxy.restore();
        // Clients reconnect with a backoff.
        await expect.poll(async () => (await probe(h, "/readyz")).status, { timeout: 15_000, interval: 200 }).toBe(200);
      } finally {
        await h.stop();
        await proxy.stop();
      }
    },
  );

  it("when a worker process's queue worker is closed, then its /readyz answers 503 while /livez still answers 200", async () => {
    const h = await startApp({ roles: ["worker"] });
    try {
      expect(await probe(h, "/readyz")).toEqual({ status: 200, body: { status: "ok", postgres: true, redis: true, worker: true } });
      await h.app.queueWorker()?.close();
      expect(await probe(h, "/readyz")).toEqual({
        status: 503,
        body: { status: "unavailable", postgres: true, redis: true, worker: false },
      });
      expect((await probe(h, "/livez")).status).toBe(200);
    } finally {
      await h.stop();
    }
  });
});

// Each test is a process of its own that mostly loads modules: they run side by side.
describe.concurrent("the process", () => {
  it("when started with --help and no settings at all, then it prints its usage and exits 0", async ({ expect }) => {
    const { code, stdout } = await runAlone("src/main.ts", "--help");
    expect(stdout).toContain("Usage: node dist/main.js [all | bot | worker | sandbox] [--demo]");
    expect(stdout).toContain("GET /livez and GET /readyz");
    expect(code).toBe(0);
  });

  it.for<[string, string, string, string]>([
    ["a promise fails that nobody awaited", "rejection", "unhandled rejection", "nobody awaited this"],
    ["an exception escapes every handler", "exception", "uncaught exception", "escaped every handler"],
  ])("when %s, then one JSON log line says what and the process exits 1", async ([, misbehaviour, msg, message], { expect }) => {
    const { code, stdout } = await runAlone("test/support/misbehaving-process.ts", misbehaviour);
    expect(logLines(stdout)).toEqual([expect.objectContaining({ level: 60, msg, err: expect.objectContaining({ message }) })]);
    expect(code).toBe(1);
  });

  it("when a stop finishes, then the process exits 0", async ({ expect }) => {
    const { code, stdout } = await runAlone("test/support/misbehaving-process.ts", "stop", "60000");
    expect(logLines(stdout).map((line) => line.msg)).toEqual(["shutting down"]);
    expect(code).toBe(0);
  });

  it("when a stop hangs, then the process exits 1 once the shutdown timeout has passed, saying so", async ({ expect }) => {
    const { code, stdout } = await runAlone("test/support/misbehaving-process.ts", "hanging-stop", "200");
    expect(logLines(stdout)).toEqual([
      expect.objectContaining({ msg: "shutting down" }),
      expect.objectContaining({ level: 50, msg: "shutdown did not finish in time: exiting", timeoutMs: 200 }),
    ]);
    expect(code).toBe(1);
  });
});
