import type { Messenger, Prisma } from "@prisma/client";

/** The superadmins named in the configuration, by their user id on each messenger. */
export class Superadmins {
  constructor(private readonly ids: ReadonlyMap<Messenger, ReadonlySet<bigint>>) {}

  has(person: { messenger: Messenger; externalId: bigint }): boolean {
    return this.ids.get(person.messenger)?.has(person.externalId) ?? false;
  }

  /** Those of them who have written to the bot (a Person row). */
  get where(): Prisma.PersonWhereInput {
    const OR = [...this.ids].map(([messenger, ids]) => ({ messenger, externalId: { in: [...ids] } }));
    return OR.length > 0 ? { OR } : { id: { in: [] } };
  }
}
