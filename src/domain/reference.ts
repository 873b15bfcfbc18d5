import type { County, Field, Province } from "@prisma/client";
import type { Db } from "../data/prisma.js";
import { spansProvinces } from "./people.js";
import type { Actor } from "./shared/actor.js";
import type { Locale } from "./shared/locale.js";

type Named = Pick<Province | County | Field, "nameFa" | "nameEn" | "nameAz">;

export function nameIn(entity: Named, locale: Locale): string {
  return locale === "fa" ? entity.nameFa : locale === "az" ? entity.nameAz : entity.nameEn;
}

/** Provinces, counties and fields of activity: small, seeded reference tables. */
export class ReferenceService {
  constructor(private readonly db: Db) {}

  provinces(): Promise<Province[]> {
    return this.db.province.findMany({ orderBy: { id: "asc" } });
  }

  /**
   * The provinces a person picks among for a report or list: every province for a national official or a
   * superadmin when there are several; none (nothing to pick) for anyone else.
   */
  async provincesToPick(actor: Actor): Promise<Province[]> {
    if (!spansProvinces(actor.roles)) return [];
    const provinces = await this.provinces();
    return provinces.length > 1 ? provinces : [];
  }

  counties(provinceId?: number): Promise<County[]> {
    return this.db.county.findMany({ where: provinceId ? { provinceId } : {}, orderBy: { id: "asc" } });
  }

  county(id: number): Promise<County | null> {
    return this.db.county.findUnique({ where: { id } });
  }

  fields(): Promise<Field[]> {
    return this.db.field.findMany({ orderBy: { sortOrder: "asc" } });
  }
}
