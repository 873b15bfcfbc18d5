import type { County, Official, Person, Province } from "@prisma/client";
import type { Db } from "../data/prisma.js";
import { audit } from "./audit.js";
import { DomainError } from "./errors.js";
import { refreshCommands, tell } from "./outbox.js";
import type { Actor } from "./shared/actor.js";

export type OfficialGrant = { scope: "NATIONAL" } | { scope: "PROVINCE"; provinceId: number } | { scope: "COUNTY"; countyId: number };
/** A national official has neither a province nor a county. */
export type OfficialView = Official & { person: Person; province: Province | null; county: County | null };

const include = { person: true, province: true, county: true } as const;

/** Superadmins (from ADMIN_IDS) grant and revoke the official role: national, provincial or for one county. */
export class OfficialService {
  constructor(private readonly db: Db) {}

  list(actor: Actor): Promise<OfficialView[]> {
    requireSuperadmin(actor);
    // National officials first (no province), then by province and county.
    return this.db.official.findMany({
      include,
      orderBy: [{ provinceId: { sort: "asc", nulls: "first" } }, { countyId: { sort: "asc", nulls: "first" } }, { grantedAt: "asc" }],
    });
  }

  /** Grants the role or changes its scope; returns the official and the scope they had before, if any. */
  async grant(actor: Actor, personId: bigint, grant: OfficialGrant): Promise<OfficialView> {
    requireSuperadmin(actor);
    return this.db.$transaction(async (tx) => {
      const person = await tx.person.findUnique({ where: { id: personId }, include: { official: true } });
      if (!person) throw new DomainError("person-unknown");
      const scope =
        grant.scope === "NATIONAL"
          ? { scope: grant.scope, provinceId: null, countyId: null }
          : grant.scope === "PROVINCE"
            ? { scope: grant.scope, provinceId: grant.provinceId, countyId: null }
            : {
                scope: grant.scope,
                provinceId: (await tx.county.findUniqueOrThrow({ where: { id: grant.countyId } })).provinceId,
                countyId: grant.countyId,
              };
      const official = await tx.official.upsert({
        where: { personId },
        create: { personId, grantedById: actor.id, ...scope },
        update: { grantedById: actor.id, grantedAt: new Date(), ...scope },
        include,
      });
      await audit(tx, {
        actorId: actor.id,
        action: "official.grant",
        entityType: "official",
        entityId: personId,
        before: person.official && {
          scope: person.official.scope,
          provinceId: person.official.provinceId,
          countyId: person.official.countyId,
        },
        after: scope,
      });
      await tell(tx, [personId], { kind: "official-granted" });
      await refreshCommands(tx, [personId]);
      return official;
    });
  }

  async revoke(actor: Actor, personId: bigint): Promise<OfficialView> {
    requireSuperadmin(actor);
    return this.db.$transaction(async (tx) => {
      const official = await tx.official.findUnique({ where: { personId }, include });
      if (!official) throw new DomainError("not-found");
      await tx.official.delete({ where: { personId } });
      await audit(tx, {
        actorId: actor.id,
        action: "official.revoke",
        entityType: "official",
        entityId: personId,
        before: { scope: official.scope, provinceId: official.provinceId, countyId: official.countyId },
      });
      await tell(tx, [personId], { kind: "official-revoked" });
      await refreshCommands(tx, [personId]);
      return official;
    });
  }
}

function requireSuperadmin(actor: Actor): void {
  if (!actor.roles.superadmin) throw new DomainError("forbidden");
}
