import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";

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

/** Prisma runs on the pg driver adapter (no native query engine to download). */
export function createDb(databaseUrl: string): Db {
  return new PrismaClient({ adapter: new SerialTransactionsPg({ connectionString: databaseUrl, max: 10 }) });
}
