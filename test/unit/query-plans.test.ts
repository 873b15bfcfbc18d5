import { describe, expect, it } from "vitest";
import { cachePlans, parameterize } from "../../src/data/query-plans.js";

/** A compiler as Prisma's: a plan per query text, new objects each time; it counts what it compiled. */
function fakeCompiler() {
  const compiled: string[] = [];
  class Compiler {
    compile(query: string) {
      compiled.push(query);
      return { type: "query", args: { sql: `plan of ${query}`, values: [query] } };
    }
  }
  return { Compiler, compiled };
}

describe("the kept query plans", () => {
  it("when a text comes again, then its plan is not compiled again and is the same plan, frozen", () => {
    const { Compiler, compiled } = fakeCompiler();
    const stats = cachePlans(Compiler, 10);
    const compiler = new Compiler();
    const first = compiler.compile("a");
    const again = compiler.compile("a");
    expect(compiled).toEqual(["a"]);
    expect(again).toBe(first);
    expect(Object.isFrozen(first.args.values)).toBe(true);
    expect(stats).toMatchObject({ hits: 1, misses: 1, size: 1 });
  });

  it("when texts differ in a value, then each has its own plan", () => {
    const { Compiler, compiled } = fakeCompiler();
    cachePlans(Compiler, 10);
    const compiler = new Compiler();
    expect(compiler.compile('{"id":1}').args.sql).toBe('plan of {"id":1}');
    expect(compiler.compile('{"id":2}').args.sql).toBe('plan of {"id":2}');
    expect(compiled).toEqual(['{"id":1}', '{"id":2}']);
  });

  it("when more texts come than it keeps, then the least recently used is dropped", () => {
    const { Compiler, compiled } = fakeCompiler();
    const stats = cachePlans(Compiler, 2);
    const compiler = new Compiler();
    for (const text of ["a", "b", "a", "c", "a", "b"]) compiler.compile(text);
    // "b" was the least recently used when "c" came; "a" stayed.
    expect(compiled).toEqual(["a", "b", "c", "b"]);
    expect(stats.size).toBe(2);
  });

  it("when a text is very long, then its plan is not kept", () => {
    const { Compiler, compiled } = fakeCompiler();
    const stats = cachePlans(Compiler, 10);
    const compiler = new Compiler();
    const long = "x".repeat(5_000);
    compiler.compile(long);
    compiler.compile(long);
    expect(compiled).toHaveLength(2);
    expect(stats.size).toBe(0);
  });
});

/**
 * A compiler as Prisma's, for queries in its JSON form: the plan lists the query's values in order, each as Prisma puts
 * it in a plan (a BigInt or a whole number as text), or a placeholder where the query had one; a `contains` value
 * becomes a LIKE pattern, around a placeholder too, as Prisma's compiler does such things.
 */
function prismaLikeCompiler() {
  const compiled: string[] = [];
  type Node = null | string | number | boolean | Node[] | { [key: string]: Node };
  const walk = (node: Node, key: string, args: unknown[]): void => {
    if (node === null || typeof node !== "object") {
      if (node !== null) args.push(key === "contains" ? `%${node}%` : typeof node === "number" ? String(node) : node);
      return;
    }
    if (Array.isArray(node)) {
      for (const each of node) walk(each, key, args);
      return;
    }
    if (node.$type === "Param") {
      const placeholder = { prisma__type: "param", prisma__value: { name: node.value, type: "Any" } };
      args.push(key === "contains" ? { concat: ["%", placeholder, "%"] } : placeholder);
      return;
    }
    if (node.$type === "BigInt") {
      args.push(node.value);
      return;
    }
    for (const [k, v] of Object.entries(node)) walk(v, k, args);
  };
  class Compiler {
    compile(query: string) {
      compiled.push(query);
      const args: unknown[] = [];
      walk(JSON.parse(query).query.arguments, "", args);
      return { type: "query", args: { sql: "SELECT …", args, own: { prisma__type: "param", prisma__value: { name: "0$id" } } } };
    }
  }
  return { Compiler, compiled };
}
const findPerson = (where: object) =>
  JSON.stringify({ modelName: "Person", action: "findMany", query: { arguments: { where }, selection: { $scalars: true } } });

describe("plans kept for a query's shape", () => {
  it("when queries differ only in their values, then the second is not compiled and its plan holds its own values", () => {
    const { Compiler, compiled } = prismaLikeCompiler();
    const stats = cachePlans(Compiler, 10);
    const compiler = new Compiler();
    const first = compiler.compile(findPerson({ id: { $type: "BigInt", value: "1" }, firstName: "Sara", age: 30 }));
    const before = compiled.length;
    const second = compiler.compile(findPerson({ id: { $type: "BigInt", value: "2" }, firstName: "Kaveh", age: 41 }));
    expect(compiled).toHaveLength(before);
    expect(first.args.args).toEqual(["1", "Sara", "30"]);
    // A whole number as a placeholder's value goes as a number, which Postgres reads as the text Prisma would send.
    expect(second.args.args).toEqual(["2", "Kaveh", 41]);
    // Prisma's own placeholders are left for Prisma to fill.
    expect(second.args.own).toEqual({ prisma__type: "param", prisma__value: { name: "0$id" } });
    expect(stats).toMatchObject({ hits: 1, misses: 1 });
  });

  it("when the compiler turns a value into something else, then each query of that shape is compiled with its values", () => {
    const { Compiler, compiled } = prismaLikeCompiler();
    cachePlans(Compiler, 10);
    const compiler = new Compiler();
    expect(compiler.compile(findPerson({ firstName: { contains: "Sa" } })).args.args).toEqual(["%Sa%"]);
    const before = compiled.length;
    expect(compiler.compile(findPerson({ firstName: { contains: "Ka" } })).args.args).toEqual(["%Ka%"]);
    expect(compiled.slice(before)).toEqual([findPerson({ firstName: { contains: "Ka" } })]);
  });

  it("when a value decides what the plan does (null, take, an enum, a filter's mode), then it stays in the query's shape", () => {
    const shape = parameterize(
      JSON.stringify({
        modelName: "Meeting",
        action: "findMany",
        query: {
          arguments: { where: { status: "SCHEDULED", note: null, title: { contains: "x", mode: "insensitive" } }, take: 5 },
          selection: { $scalars: true },
        },
      }),
    );
    expect(shape?.values).toEqual(["x"]);
    expect(JSON.parse(shape?.text ?? "{}").query.arguments).toEqual({
      where: { status: "SCHEDULED", note: null, title: { contains: { $type: "Param", value: "samanyar$0" }, mode: "insensitive" } },
      take: 5,
    });
  });
});
