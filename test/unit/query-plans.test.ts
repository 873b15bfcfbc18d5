import { describe, expect, it } from "vitest";
import { cachePlans } from "../../src/data/query-plans.js";

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
