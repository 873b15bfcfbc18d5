import { createRequire } from "node:module";

/**
 * Prisma 6.19's client engine compiles every query anew, in WebAssembly, from its JSON text to a query plan: measured
 * on 4 journey files, 0.85 ms of CPU per query and 16% of the test workers' CPU time (2026-12-02), and as much per query
 * in the bot and the workers. The plan depends only on that text (the values are in it) and on the schema and driver
 * adapter, the same for every client of this process (createDb makes them all). So the plans of recent texts are kept
 * and a text seen again is not compiled again: 40–50% of the journeys' queries, a third of that compile time (the
 * repeats are mostly small queries; measured: 7.7 → 5.4 s of CPU on those files).
 *
 * Plans are frozen before they are shared: Prisma only reads them, and a version that wrote to one would throw (its
 * runtime is strict code) instead of changing another query's plan. Prisma 7 caches plans itself, of queries with their
 * values taken out, so that queries differing only in values share one; drop this with the upgrade.
 */
type Compiler = { compile(query: string): unknown };

/** Texts longer than this (a createMany of many rows) are rarely sent twice; their plans are not kept. */
const LONGEST_TEXT = 4_000;

export type PlanCache = { hits: number; misses: number; readonly size: number };

export function cachePlans(compiler: { prototype: Compiler }, capacity: number): PlanCache {
  const plans = new Map<string, unknown>();
  const stats = {
    hits: 0,
    misses: 0,
    get size() {
      return plans.size;
    },
  };
  const compile = compiler.prototype.compile;
  compiler.prototype.compile = function (this: Compiler, query: string) {
    if (query.length > LONGEST_TEXT) return compile.call(this, query);
    const known = plans.get(query);
    if (known !== undefined) {
      stats.hits++;
      // Least recently used first: a hit moves to the end.
      plans.delete(query);
      plans.set(query, known);
      return known;
    }
    stats.misses++;
    const plan = deepFreeze(compile.call(this, query));
    plans.set(query, plan);
    if (plans.size > capacity) plans.delete(plans.keys().next().value as string);
    return plan;
  };
  return stats;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const each of Object.values(value)) deepFreeze(each);
  }
  return value;
}

let installed: PlanCache | undefined;

/**
 * Installs the cache on the compiler of the client `prisma generate` made (engineType "client"), loaded as Prisma's
 * runtime loads it, once per process; createDb calls it. A thousand plans (about 4 MB of heap, measured on the journeys'
 * queries) keep the hits of five thousand (replayed: 5,982 against 6,782 of 13,993 queries).
 */
export function keepQueryPlans(): PlanCache {
  if (!installed) {
    const generated = createRequire(import.meta.url)(".prisma/client/query_compiler_bg.js") as { QueryCompiler: { prototype: Compiler } };
    installed = cachePlans(generated.QueryCompiler, 1_000);
  }
  return installed;
}
