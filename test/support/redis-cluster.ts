import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Redis } from "ioredis";
import { freePort } from "./free-port.js";
import { waitUntil } from "./journeys.js";

const run = promisify(execFile);

/** Whether the server at `port` answers; false while it is still starting. */
async function answers(port: number): Promise<boolean> {
  const probe = new Redis(port, "127.0.0.1", { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on("error", () => undefined);
  try {
    await probe.connect();
    return (await probe.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

export type LocalRedisCluster = {
  /** The masters' ports on 127.0.0.1, as REDIS_CLUSTER_NODES takes them. */
  nodes: { host: string; port: number }[];
  /** REDIS_CLUSTER_NODES for these nodes. */
  seeds: string;
  stop(): Promise<void>;
};

/**
 * A Redis Cluster of `masters` masters (no replicas) on free ports, its files in a temporary folder: redis-server
 * processes of this test, joined by `redis-cli --cluster create`; resolves once every node reports cluster_state:ok.
 * `stop` ends the processes and removes the folder.
 */
export async function startRedisCluster(masters = 3): Promise<LocalRedisCluster> {
  const dir = mkdtempSync(join(tmpdir(), "samanyar-redis-cluster-"));
  const processes: ChildProcess[] = [];
  const nodes: { host: string; port: number }[] = [];
  const stop = async () => {
    await Promise.all(
      processes.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
          }),
      ),
    );
    rmSync(dir, { recursive: true, force: true });
  };
  /**
   * Starts one node on ports that were free a moment ago. Another process may take one meanwhile (a connection's
   * local port comes from the same range), and then the server exits at once: it is started again on others.
   */
  const startNode = async () => {
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      // The cluster bus on a port of its own: the default (port + 10000) may be taken or beyond 65535.
      let busPort = await freePort();
      while (busPort === port) busPort = await freePort();
      const child = spawn(
        "redis-server",
        [
          "--port",
          String(port),
          "--cluster-port",
          String(busPort),
          "--bind",
          "127.0.0.1",
          "--cluster-enabled",
          "yes",
          "--cluster-config-file",
          join(dir, `nodes-${port}.conf`),
          "--dir",
          dir,
          "--save",
          "",
          "--appendonly",
          "no",
          "--daemonize",
          "no",
          "--loglevel",
          "warning",
        ],
        { stdio: "ignore" },
      );
      processes.push(child);
      const exited = () => child.exitCode !== null || child.signalCode !== null;
      await waitUntil(async () => exited() || (await answers(port)));
      if (!exited()) return { host: "127.0.0.1", port };
      if (attempt === 5) throw new Error(`redis-server did not start on ports ${port} and ${busPort}, five times`);
    }
  };
  try {
    for (let i = 0; i < masters; i++) nodes.push(await startNode());
    await run("redis-cli", [
      "--cluster",
      "create",
      ...nodes.map(({ host, port }) => `${host}:${port}`),
      "--cluster-replicas",
      "0",
      "--cluster-yes",
    ]);
    for (const { port } of nodes) {
      await waitUntil(async () => {
        const { stdout } = await run("redis-cli", ["-p", String(port), "cluster", "info"]);
        return stdout.includes("cluster_state:ok");
      });
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { nodes, seeds: nodes.map(({ host, port }) => `${host}:${port}`).join(","), stop };
}
