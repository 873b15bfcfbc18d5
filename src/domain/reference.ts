import type { County, Field, Province } from "@prisma/client";
import type { Db } from "../data/prisma.js";
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

  /** The provinces that have counties: where an NGO can be registered or an official placed. */
  provincesWithCounties(): Promise<Province[]> {
    return this.db.province.findMany({ where: { counties: { some: {} } }, orderBy: { id: "asc" } });
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
