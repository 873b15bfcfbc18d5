import type { NgoStatus, Prisma, Province } from "@prisma/client";
import type { Db } from "../data/prisma.js";
import { DomainError } from "./errors.js";
import { cardInclude, type NgoCard } from "./ngos.js";
import { countiesInScope, type ProvinceChoice, spansProvinces } from "./people.js";
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
  /** Only this province's NGOs (refused outside the provinces the person browses); undefined: all of them. */
  province?: ProvinceChoice;
};
/**
 * Where a person browses: every province (superadmins and national officials), or the provinces of their office
 * and of the verified NGOs they lead or belong to.
 */
type Browsing = { everywhere: true } | { everywhere: false; provinceIds: number[] };
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
    return (await this.browsing(actor)) !== null;
  }

  /**
   * The provinces someone picks among before browsing: every province with counties for a superadmin or a national
   * official, the provinces of their office and NGOs for anyone else; none (nothing to ask) when there is only one.
   */
  async provincesToPick(actor: Actor): Promise<Province[]> {
    const provinces = await this.provinces(actor, undefined);
    return provinces.length > 1 ? provinces : [];
  }

  /**
   * The provinces (with counties) a choice stands for: the one chosen, or every province the person browses. A
   * province they do not browse (a forged button) is refused.
   */
  async provinces(actor: Actor, province: ProvinceChoice): Promise<Province[]> {
    return this.db.province.findMany({
      where: { counties: { some: await this.area(actor, province) } },
      orderBy: { id: "asc" },
    });
  }

  /** null: the directory is not open to this person. */
  private async browsing(actor: Actor): Promise<Browsing | null> {
    const { roles } = actor;
    if (spansProvinces(roles)) return { everywhere: true };
    const ngoIds = [...(roles.leads ? [roles.leads.ngoId] : []), ...roles.memberOf];
    const ngos =
      ngoIds.length === 0
        ? []
        : await this.db.ngo.findMany({
            where: { id: { in: ngoIds }, status: "VERIFIED" },
            select: { county: { select: { provinceId: true } } },
          });
    const provinceIds = new Set(ngos.map((ngo) => ngo.county.provinceId));
    if (roles.official?.provinceId) provinceIds.add(roles.official.provinceId);
    return provinceIds.size === 0 ? null : { everywhere: false, provinceIds: [...provinceIds] };
  }

  /** The counties of the chosen province, or of every province the person browses; refused outside them. */
  private async area(actor: Actor, province: ProvinceChoice): Promise<Prisma.CountyWhereInput> {
    const browsing = await this.browsing(actor);
    if (!browsing) throw new DomainError("directory-closed");
    if (browsing.everywhere) return province === undefined ? {} : { provinceId: province };
    if (province !== undefined && !browsing.provinceIds.includes(province)) throw new DomainError("forbidden");
    return { provinceId: { in: province === undefined ? browsing.provinceIds : [province] } };
  }

  /** A page of verified NGOs matching every given filter, by name; names match by any part of their words. */
  async search(actor: Actor, filter: DirectoryFilter, page: number): Promise<DirectoryPage> {
    const words = filter.name ? normaliseName(filter.name).split(" ").filter(Boolean) : [];
    const status = filter.status ?? "VERIFIED";
    const browsed = await this.area(actor, filter.province);
    // NGOs not (or no longer) verified are for the officials of their county alone; countiesInScope refuses anyone else.
    const area = status !== "VERIFIED" || filter.ownArea ? countiesInScope(actor.roles, filter.province) : browsed;
    // A county outside the provinces browsed (a forged button) is refused rather than shown empty.
    if (filter.countyId && (await this.db.county.count({ where: { AND: [{ id: filter.countyId }, area] } })) === 0) {
      throw new DomainError("forbidden");
    }
    const where: Prisma.NgoWhereInput = {
      status,
      ...(Object.keys(area).length === 0 ? {} : { county: area }),
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

  /** One verified NGO's card, for someone who browses its province. */
  async card(actor: Actor, ngoId: string): Promise<NgoCard> {
    const area = await this.area(actor, undefined);
    const ngo = await this.db.ngo.findFirst({ where: { id: ngoId, status: "VERIFIED", county: area }, include: cardInclude });
    if (!ngo) throw new DomainError("not-found");
    return ngo;
  }
}
