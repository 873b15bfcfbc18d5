import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { type Prisma, PrismaClient } from "@prisma/client";
import pg from "pg";
import { keepQueryPlans } from "./query-plans.js";

export type Db = PrismaClient;

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/**
 * A transaction runs on one pg connection, yet Prisma's query interpreter loads
 * sibling relations (an `include` of two or more) with concurrent queries on it.
 * pg queues them, warning "Calling client.query() when the client is already
 * executing a query" (pg@9 will refuse them instead). Upstream: prisma/orm#29407,
 * fix pending in prisma/orm#29979, which serialises queries on single-connection
 * clients as this does; drop this once @prisma/adapter-pg ships it.
 */
function oneQueryAtATime(tx: Transaction): Transaction {
  let last: Promise<unknown> = Promise.resolve();
  const serialised = <T>(run: () => Promise<T>): Promise<T> => {
    const result = last.then(run);
    last = result.catch(() => undefined);
    return result;
  };
  const queryRaw = tx.queryRaw.bind(tx);
  const executeRaw = tx.executeRaw.bind(tx);
  tx.queryRaw = (query) => serialised(() => queryRaw(query));
  tx.executeRaw = (query) => serialised(() => executeRaw(query));
  return tx;
}

class SerialTransactionsPg extends PrismaPg {
  override async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => oneQueryAtATime(await startTransaction(isolationLevel));
    return adapter;
  }
}

/** The pg pool under each client createDb made, for queryPrepared. */
const pools = new WeakMap<Db, pg.Pool>();

/**
 * The connection string with JIT compilation turned off for each session (besides any `options` it has).
 * Postgres compiles a query to machine code when its estimated cost is high, as that of /kpi's per-meeting
 * figures over all provinces is: at national size compiling took about 1 s, running the query 0.25 s. No
 * query here runs long enough to gain from it.
 */
function withoutJit(databaseUrl: string): string {
  // Edited as text: pg reads forms that URL refuses (such as an empty host, `postgresql://user@/db?host=/run/...`).
  const jitOff = "-c%20jit%3Doff";
  const options = /([?&]options=)([^&]*)/;
  if (options.test(databaseUrl)) return databaseUrl.replace(options, `$1$2%20${jitOff}`);
  return `${databaseUrl}${databaseUrl.includes("?") ? "&" : "?"}options=${jitOff}`;
}

/**
 * Prisma runs on the pg driver adapter (no native query engine to download), on a pool of at most `poolSize`
 * connections (DATABASE_POOL_SIZE).
 */
export function createDb(databaseUrl: string, { poolSize = 10 }: { poolSize?: number } = {}): Db {
  keepQueryPlans();
  const pool = new pg.Pool({ connectionString: withoutJit(databaseUrl), max: poolSize });
  // A connection that breaks while idle is dropped by the pool and the next query opens another; nothing to report.
  pool.on("error", () => undefined);
  const db = new PrismaClient({ adapter: new SerialTransactionsPg(pool, { disposeExternalPool: true }) });
  pools.set(db, pool);
  return db;
}

/**
 * Columns read back as Prisma's $queryRaw reads them: BigInt for int8, Date
 * for timestamps (Prisma stores UTC in "timestamp without time zone"); the
 * rest (text, int4, float8, bool, enums, arrays of those, jsonb) as pg does.
 */
const PRISMA_TYPES = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === pg.types.builtins.INT8) return (value: string) => BigInt(value);
    if (oid === pg.types.builtins.TIMESTAMP) return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    if (oid === pg.types.builtins.TIMESTAMPTZ) return (value: string) => new Date(value);
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

/** Parameters as Prisma sends them: Dates (in arrays too) as UTC timestamps without a zone (pg would send local time with an offset). */
function parameter(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(parameter);
  return value instanceof Date ? value.toISOString().replace("T", " ").replace("Z", "") : value;
}

const statementNames = new Map<string, string>();
/** Bumped when Postgres refuses the statements it kept (a migration changed a table they read): all are prepared anew. */
let generation = 0;
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `s${generation}_${createHash("sha1").update(text).digest("hex").slice(0, 24)}`;
    statementNames.set(text, name);
  }
  return name;
}
/** "cached plan must not change result type": a prepared statement's table changed under it since it was prepared. */
const STALE_PLAN = "0A000";

/**
 * Runs a statement that every update runs (the person, an RSVP), as
 * `db.$queryRaw` would, but prepared once per connection and straight on pg.
 * Measured in the 5,000-press burst (README, Performance): Prisma sends each
 * statement unnamed, so Postgres parsed and planned it anew each time (2.5 of
 * its 3.3 ms per press), and Prisma's query compiler and result mapping cost the
 * bot about as much again. Only for statements whose text is fixed (no lists
 * spliced in): each distinct text stays prepared on each connection while it
 * is open. A list goes in as one array parameter (`unnest(${ids}::int8[])`), as
 * in the statements that batched calls share (src/data/batch.ts). Inside a
 * transaction, or on a client createDb did not make, it is plain $queryRaw.
 */
export async function queryPrepared<T>(db: Db | Prisma.TransactionClient, sql: Prisma.Sql): Promise<T[]> {
  const pool = pools.get(db as Db);
  if (!pool) return (db as Db).$queryRaw<T[]>(sql);
  const text = sql.text;
  const run = () => pool.query({ name: statementName(text), text, values: sql.values.map(parameter), types: PRISMA_TYPES });
  try {
    return (await run()).rows as T[];
  } catch (error) {
    // A migration applied while this process runs (another process started with it) changed a table the
    // statement reads: new names make every connection prepare it again, against the table as it is now.
    if ((error as { code?: unknown }).code !== STALE_PLAN) throw error;
    generation++;
    statementNames.clear();
    return (await run()).rows as T[];
  }
}

/**
 * Calls `notified` for each NOTIFY on `channel` (a constant name), on a connection of its own: a pooled one would go
 * back to the pool and stop listening. Notifications sent while the connection is down are lost, so `listening` is
 * called each time it (re)starts listening, for the caller to catch up; a dropped connection is opened again after
 * `retryMs`, `failed` hearing why.
 */
export function listen(
  databaseUrl: string,
  channel: string,
  handlers: { notified(): void; listening(): void; failed(error: unknown): void },
  retryMs = 1000,
): { close(): Promise<void> } {
  let client: pg.Client | undefined;
  let timer: NodeJS.Timeout | undefined;
  const open = async () => {
    const connection = new pg.Client({ connectionString: withoutJit(databaseUrl) });
    client = connection;
    const retry = (error: unknown) => {
      if (client !== connection) return; // already handled, or closed
      client = undefined;
      connection.end().catch(() => undefined);
      handlers.failed(error);
      timer = setTimeout(open, retryMs);
    };
    connection.on("error", retry);
    connection.on("end", () => retry(new Error("the listening connection ended")));
    connection.on("notification", (message) => {
      if (message.channel === channel) handlers.notified();
    });
    try {
      await connection.connect();
      await connection.query(`LISTEN "${channel}"`);
      if (client === connection) handlers.listening();
    } catch (error) {
      retry(error);
    }
  };
  void open();
  return {
    async close() {
      clearTimeout(timer);
      const connection = client;
      client = undefined;
      await connection?.end().catch(() => undefined);
    },
  };
}
