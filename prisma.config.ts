import "dotenv/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// The Prisma 6 CLI normally downloads a native schema engine; with `engine: "js"`
// it runs migrations through the pg driver adapter instead, which works offline.
// Two upstream bugs on that path are patched here:
//  - catalog columns of type `name` (OID 19) and `"char"` (OID 18) are rejected as
//    unsupported (prisma/orm#27403): reading them as text is what the engine expects;
//  - the shadow database of `migrate dev` is dropped while its pool is still open,
//    so the drop fails: close the pool first, then drop WITH (FORCE).

// `prisma generate` reads env("DATABASE_URL") from the schema to learn the client's
// engine type; when it is unset (a fresh `npm ci`) the read fails and the CLI falls
// back to downloading a native engine. Generating never connects: any URL will do.
if (process.argv.includes("generate")) process.env.DATABASE_URL ??= "postgresql://localhost/unused-by-generate";

const PG_NAME = 19;
const PG_CHAR = 18;
const PG_TEXT = 25;

type Result = { fields?: { dataTypeID: number }[] };
// A script of several statements yields one result per statement.
type Queryable = { performIO(query: unknown): Promise<Result | Result[]> };

function readCatalogTypesAsText<T>(adapter: T): T {
  const queryable = adapter as unknown as Queryable;
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    for (const { fields = [] } of [result].flat()) {
      for (const field of fields) {
        if (field.dataTypeID === PG_NAME || field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
      }
    }
    return result;
  };
  return adapter;
}

class MigrationAdapterFactory extends PrismaPg {
  override async connect() {
    return readCatalogTypesAsText(await super.connect());
  }

  override async connectToShadowDb() {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg({ connectionString: withDatabase(database), allowExitOnIdle: true }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await main.dispose();
    };
    return readCatalogTypesAsText(shadow);
  }
}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (see .env.example)");
  return url;
}

function withDatabase(database: string): string {
  const url = new URL(databaseUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // The CLI never closes this pool: without allowExitOnIdle it kept the process alive for pg's idle timeout (10 s)
  // after the migrations were done, most of the time a deploy took.
  adapter: async () => new MigrationAdapterFactory({ connectionString: databaseUrl(), allowExitOnIdle: true }),
});
