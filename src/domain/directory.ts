import type { NgoStatus, Prisma } from "@prisma/client";
import type { Db } from "../data/prisma.js";
import { DomainError } from "./errors.js";
import { cardInclude, type NgoCard } from "./ngos.js";
import { countiesInScope, type ProvinceChoice } from "./people.js";
import type { Actor } from "./shared/actor.js";
import { normaliseName } from "./text.js";

/**
 * What the directory is narrowed to. `youth` and `status` are the officials' (the dashboard's):
 * `status` other than VERIFIED, or `ownArea`, limits it to the counties the official is responsible for.
 */
export type DirectoryFilter = {
  countyId?: number;
  fieldId?: number;
  name?: string;
  youth?: boolean;
  status?: NgoStatus;
  ownArea?: boolean;
  /** Officials whose scope spans several provinces: only this province's NGOs (refused outside the scope). */
  province?: ProvinceChoice;
};
export type DirectoryPage = { ngos: NgoCard[]; total: number; page: number; pages: number };

export const DIRECTORY_PAGE_SIZE = 8;

/**
 * The House of NGOs' directory: verified NGOs, found by county, field of
 * activity and name. Open to officials and to people of verified NGOs.
 */
export class DirectoryService {
  constructor(private readonly db: Db) {}

  /** Officials, superadmins, and leaders or members of a verified NGO may browse. */
  async mayBrowse(actor: Actor): Promise<boolean> {
    if (actor.roles.superadmin || actor.roles.official) return true;
    if (actor.roles.leads?.status === "VERIFIED") return true;
    if (actor.roles.memberOf.length === 0) return false;
    return (await this.db.ngo.count({ where: { id: { in: actor.roles.memberOf }, status: "VERIFIED" } })) > 0;
  }

  /** A page of verified NGOs matching every given filter, by name; names match by any part of their words. */
  async search(actor: Actor, filter: DirectoryFilter, page: number): Promise<DirectoryPage> {
    if (!(await this.mayBrowse(actor))) throw new DomainError("directory-closed");
    const words = filter.name ? normaliseName(filter.name).split(" ").filter(Boolean) : [];
    const status = filter.status ?? "VERIFIED";
    // NGOs not (or no longer) verified are for the officials of their county alone; countiesInScope refuses anyone else.
    const scoped = status !== "VERIFIED" || filter.ownArea || filter.province !== undefined;
    const area = scoped ? { county: countiesInScope(actor.roles, filter.province) } : {};
    const where: Prisma.NgoWhereInput = {
      status,
      ...area,
      ...(filter.countyId ? { countyId: filter.countyId } : {}),
      ...(filter.youth === undefined ? {} : { isYouth: filter.youth }),
      ...(filter.fieldId ? { fields: { some: { id: filter.fieldId } } } : {}),
      AND: words.map((word) => ({ nameKey: { contains: word } })),
    };
    const total = await this.db.ngo.count({ where });
    const pages = Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE));
    const current = Math.min(Math.max(page, 0), pages - 1);
    const ngos = await this.db.ngo.findMany({
      where,
      include: cardInclude,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: current * DIRECTORY_PAGE_SIZE,
      take: DIRECTORY_PAGE_SIZE,
    });
    return { ngos, total, page: current, pages };
  }

  /** One verified NGO's card, for someone who may browse. */
  async card(actor: Actor, ngoId: string): Promise<NgoCard> {
    if (!(await this.mayBrowse(actor))) throw new DomainError("directory-closed");
    const ngo = await this.db.ngo.findUnique({ where: { id: ngoId }, include: cardInclude });
    if (ngo?.status !== "VERIFIED") throw new DomainError("not-found");
    return ngo;
  }
}
