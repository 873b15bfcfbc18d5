/**
 * Typed callback data: a button and its handler share one definition, so a
 * renamed prefix or a reordered field cannot break one side only. The wire
 * format stays plain and short: the prefix, then each field after a ":".
 */

/** How one field is written into the data and read back. `longest` is the longest value it carries, for the 64-byte check. */
export type Field<T> = { pattern: string; read(raw: string): T; write(value: T): string; longest: T };

/** A record id: a cuid (25 characters). */
export const id: Field<string> = { pattern: "\\w+", read: String, write: String, longest: "c".repeat(25) };
/** A person's Telegram id. */
export const personId: Field<bigint> = {
  pattern: "\\d+",
  read: BigInt,
  write: String,
  longest: BigInt(Number.MAX_SAFE_INTEGER),
};
/** A small whole number: a page, a county or field id, a version. */
export const int: Field<number> = { pattern: "\\d+", read: Number, write: String, longest: 2_147_483_647 };
/** A random token (base64url), such as an invite link's. */
export const token: Field<string> = { pattern: "[\\w-]+", read: String, write: String, longest: "t".repeat(22) };
/** One of a few fixed words. */
export function oneOf<const T extends string>(...values: T[]): Field<T> {
  const longest = values.reduce((a, b) => (b.length > a.length ? b : a));
  return { pattern: `(?:${values.join("|")})`, read: (raw) => raw as T, write: String, longest };
}
/** Text of a given shape (a regular expression source without groups). */
export function shaped(pattern: string, longest: string): Field<string> {
  return { pattern, read: String, write: String, longest };
}

type Fields = Record<string, Field<unknown>>;
export type Values<F extends Fields> = { [K in keyof F]: F[K] extends Field<infer T> ? T : never };

export type CallbackData<F extends Fields> = {
  readonly prefix: string;
  /** Matches this button's data (for `callbackQuery`), each field in its own group. */
  readonly filter: RegExp;
  /** The data of a button with these values. */
  build(...values: keyof F extends never ? [] : [Values<F>]): string;
  /** The values of a matched press (`ctx.match`), or of a data string of this button. */
  unpack(match: RegExpMatchArray | string | undefined): Values<F>;
  /** The data with every field at its longest, to check the 64-byte limit. */
  longest(): string;
  /**
   * The buttons of one message: these leading fields fixed, the rest still to build and match
   * (a survey's priority buttons for one topic, so a press under another topic's question does not answer this one).
   */
  with<K extends keyof F & string>(values: Pick<Values<F>, K>): CallbackData<Omit<F, K>>;
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Defines a button's data: `callbackData("mt:show", { id })` builds and matches "mt:show:<id>". */
export function callbackData<F extends Fields = Record<never, never>>(prefix: string, fields: F = {} as F): CallbackData<F> {
  const names = Object.keys(fields) as (keyof F & string)[];
  const filter = new RegExp(`^${escapeRegExp(prefix)}${names.map((name) => `:(${fields[name]?.pattern})`).join("")}$`);
  const write = (values: Record<string, unknown>) =>
    [prefix, ...names.map((name) => (fields[name] as Field<unknown>).write(values[name]))].join(":");
  return {
    prefix,
    filter,
    build: (...values) => write((values[0] ?? {}) as Record<string, unknown>),
    unpack(match) {
      const groups = typeof match === "string" || match === undefined ? filter.exec(match ?? "") : match;
      if (!groups) throw new Error(`callback data does not match ${prefix}`);
      const values: Record<string, unknown> = {};
      names.forEach((name, i) => {
        values[name] = (fields[name] as Field<unknown>).read(groups[i + 1] ?? "");
      });
      return values as Values<F>;
    },
    longest: () => write(Object.fromEntries(names.map((name) => [name, (fields[name] as Field<unknown>).longest]))),
    with<K extends keyof F & string>(values: Pick<Values<F>, K>): CallbackData<Omit<F, K>> {
      const fixed = names.slice(0, Object.keys(values).length);
      if (fixed.some((name) => !(name in values))) throw new Error(`${prefix}: only leading fields can be fixed`);
      const rest: Fields = Object.fromEntries(names.slice(fixed.length).map((name) => [name, fields[name] as Field<unknown>]));
      const written = fixed.map((name) => (fields[name] as Field<unknown>).write((values as Record<string, unknown>)[name]));
      // The remaining fields, as the type says; TypeScript cannot follow Omit through the entries.
      return callbackData([prefix, ...written].join(":"), rest) as unknown as CallbackData<Omit<F, K>>;
    },
  };
}
