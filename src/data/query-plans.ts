import { createRequire } from "node:module";

/**
 * Prisma 6.19's client engine compiles every query anew, in WebAssembly, from its JSON text to a query plan: measured
 * on 4 journey files, 0.85 ms of CPU per query and 16% of the test workers' CPU time (2026-12-02), and as much per query
 * in the bot and the workers. The plan depends only on that text and on the schema and driver adapter, the same for
 * every client of this process (createDb makes them all), so plans are kept.
 *
 * Most texts differ from one another only in their values (a person's id, a date), so a plan is kept for the text with
 * its values taken out (`parameterize`): Prisma's compiler takes `{"$type":"Param"}` in place of a value and leaves a
 * placeholder in the plan, where the values of each query are put back (`instantiate`). A shape is trusted only once
 * its plan, with the values of the query that brought it put back, is exactly the plan of that query as Prisma compiles
 * it; a shape whose plan is not (the compiler turned a value into something else, such as a LIKE pattern) is compiled
 * with its values, each text kept as it is. Values that decide a plan's shape rather than fill it (null, how many
 * items a list has, take, skip, orderBy, a filter's mode) stay in the text.
 *
 * Plans are frozen before they are shared: Prisma only reads them, and a version that wrote to one would throw (its
 * runtime is strict code) instead of changing another query's plan. Prisma 7 caches plans itself, of queries with their
 * values taken out; drop this with the upgrade.
 */
type Compiler = { compile(query: string): unknown };

/** Texts longer than this (a createMany of many rows) are rarely sent twice; their plans are not kept. */
const LONGEST_TEXT = 4_000;

export type PlanCache = {
  /** Queries whose plan was kept: their shape's, or their own text's. */
  hits: number;
  /** Queries Prisma compiled. */
  misses: number;
  /** Plans kept, of shapes and of texts. */
  readonly size: number;
};

/** The arguments whose values are put in a plan's placeholders; the rest of a query (its selection) has none. */
const FILLED = new Set(["where", "data", "create", "update"]);
/** Keys whose values decide what the plan does, not what it is done with. */
const SHAPING = new Set(["mode", "take", "skip", "orderBy", "cursor", "distinct", "select", "include", "path", "selection"]);
/** Values given as `{ $type, value }` that the compiler types from the schema alone. */
const TYPED = new Set(["BigInt", "DateTime"]);
/**
 * The form of this schema's enum values. A placeholder for one loses its cast to the enum's type, so its shape would
 * never be trusted: they stay in the text (and so does any other value that happens to look like one).
 */
const ENUM_LIKE = /^[A-Z][A-Z0-9_]*$/;

/** The start of the name of each placeholder this puts in a query; Prisma names its own otherwise ("0$id"). */
const PLACEHOLDER = "samanyar$";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Shape = { text: string; values: Json[] };

/** The query with each value it may take out replaced by a numbered placeholder, and the values in their order. */
export function parameterize(query: string): Shape | undefined {
  if (!query.startsWith("{")) return undefined;
  const parsed = JSON.parse(query) as { query?: { arguments?: Record<string, Json> } };
  const args = parsed.query?.arguments;
  if (!args) return undefined;
  const values: Json[] = [];
  const take = (node: Json): Json => {
    if (node === null) return node;
    if (Array.isArray(node)) return node.map(take);
    if (typeof node === "object") {
      if (typeof node.$type === "string") {
        if (!TYPED.has(node.$type)) return node;
        values.push(node);
        return { $type: "Param", value: `${PLACEHOLDER}${values.length - 1}` };
      }
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, SHAPING.has(key) ? value : take(value)]));
    }
    if (typeof node === "string" && ENUM_LIKE.test(node)) return node;
    values.push(node);
    return { $type: "Param", value: `${PLACEHOLDER}${values.length - 1}` };
  };
  for (const key of Object.keys(args)) if (FILLED.has(key)) args[key] = take(args[key] as Json);
  return values.length === 0 ? undefined : { text: JSON.stringify(parsed), values };
}

type Placeholder = { prisma__type: "param"; prisma__value: { name: string } };
/** Ours only: Prisma's plans have placeholders of their own, filled as the plan runs (the ids a step returned). */
const isPlaceholder = (node: unknown): node is Placeholder => {
  const { prisma__type, prisma__value } = (node ?? {}) as { prisma__type?: unknown; prisma__value?: { name?: unknown } };
  return prisma__type === "param" && typeof prisma__value?.name === "string" && prisma__value.name.startsWith(PLACEHOLDER);
};

/** The plan with each placeholder replaced by its value as Prisma puts a value in a plan (typed ones by their text). */
export function instantiate(plan: unknown, values: Json[]): unknown {
  if (isPlaceholder(plan)) {
    const value = values[Number(plan.prisma__value.name.slice(PLACEHOLDER.length))] as Json;
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value.value : value;
  }
  if (Array.isArray(plan)) return hasPlaceholder(plan) ? plan.map((each) => instantiate(each, values)) : plan;
  if (typeof plan === "object" && plan !== null) {
    if (!hasPlaceholder(plan)) return plan;
    return Object.fromEntries(Object.entries(plan).map(([key, value]) => [key, instantiate(value, values)]));
  }
  return plan;
}

/** Whether a (frozen) part of a plan holds a placeholder: remembered, so that instantiating copies only what it must. */
const holding = new WeakMap<object, boolean>();
function hasPlaceholder(node: object): boolean {
  const known = holding.get(node);
  if (known !== undefined) return known;
  const found =
    isPlaceholder(node) || Object.values(node).some((value) => typeof value === "object" && value !== null && hasPlaceholder(value));
  holding.set(node, found);
  return found;
}

export function cachePlans(compiler: { prototype: Compiler }, capacity: number): PlanCache {
  /** By shape: the shape's plan once trusted, or false when its plan is not the query's. By text: the text's plan. */
  const plans = new Map<string, unknown>();
  const stats = {
    hits: 0,
    misses: 0,
    get size() {
      return plans.size;
    },
  };
  const keep = (key: string, plan: unknown) => {
    plans.set(key, plan);
    if (plans.size > capacity) plans.delete(plans.keys().next().value as string);
  };
  const recall = (key: string) => {
    const known = plans.get(key);
    if (known !== undefined) {
      // Least recently used first: a hit moves to the end.
      plans.delete(key);
      plans.set(key, known);
    }
    return known;
  };
  const compile = compiler.prototype.compile;
  /** The plan of a shape, or none where the compiler takes no placeholder (it refuses, and the text is compiled). */
  const generalPlan = (self: Compiler, text: string) => {
    try {
      return deepFreeze(compile.call(self, text));
    } catch {
      return undefined;
    }
  };
  compiler.prototype.compile = function (this: Compiler, query: string) {
    if (query.length > LONGEST_TEXT) return compile.call(this, query);
    const shape = parameterize(query);
    const byShape = shape && recall(`shape:${shape.text}`);
    if (shape && byShape) {
      stats.hits++;
      return instantiate(byShape, shape.values);
    }
    const byText = recall(`text:${query}`);
    if (byText !== undefined) {
      stats.hits++;
      return byText;
    }
    stats.misses++;
    const plan = deepFreeze(compile.call(this, query));
    if (shape && byShape === undefined) {
      const general = generalPlan(this, shape.text);
      const trusted = general !== undefined && samePlan(instantiate(general, shape.values.map(asPrismaWrites)), plan);
      keep(`shape:${shape.text}`, trusted ? general : false);
      if (trusted) return plan;
    }
    keep(`text:${query}`, plan);
    return plan;
  };
  return stats;
}

/**
 * Prisma writes an Int it was given as text typed bigint ("21"), and one in a placeholder as a number typed int (21):
 * the same to Postgres, and the only difference two plans of one query may have.
 */
const asPrismaWrites = (value: Json): Json => (typeof value === "number" && Number.isInteger(value) ? String(value) : value);
const samePlan = (a: unknown, b: unknown) => {
  const text = (plan: unknown) => JSON.stringify(plan).replaceAll('"scalarType":"int"', '"scalarType":"bigint"');
  return text(a) === text(b);
};

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
