import type { County, Field, Province } from "@prisma/client";
import type { Db } from "../data/prisma.js";
import { audit } from "./audit.js";
import { COUNTY_NAME_MAX, type CountyNames, sameName } from "./county-file.js";
import { DomainError } from "./errors.js";
import { spansProvinces } from "./people.js";
import type { Actor } from "./shared/actor.js";
import type { Locale } from "./shared/locale.js";
import { type Checked, checkLength } from "./shared/validation.js";
import { cleanInput } from "./text.js";

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

  /**
   * The provinces a person picks among for a report or list: every province with counties for a national official
   * or a superadmin when there are several; none (nothing to pick) for anyone else.
   */
  async provincesToPick(actor: Actor): Promise<Province[]> {
    if (!spansProvinces(actor.roles)) return [];
    const provinces = await this.provincesWithCounties();
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

  /**
   * A superadmin adds a county to a province, with its names in every language and the
   * neighbours it borders (both ways). Refused when the province has a county of that name in
   * any language, spelled any way people type it. Its code comes from its English name.
   */
  async addCounty(actor: Actor, county: { provinceId: number; name: CountyNames; neighbourIds: number[] }): Promise<County> {
    if (!actor.roles.superadmin) throw new DomainError("forbidden");
    const name = { fa: cleanInput(county.name.fa), az: cleanInput(county.name.az), en: cleanInput(county.name.en) };
    if (Object.values(name).some((n) => !checkCountyName(n).ok)) throw new DomainError("invalid-county");
    return this.db.$transaction(async (tx) => {
      const province = await tx.province.findUnique({ where: { id: county.provinceId }, include: { counties: true } });
      if (!province) throw new DomainError("not-found");
      const clash = sameName(
        name,
        province.counties.map((c) => ({ fa: c.nameFa, az: c.nameAz, en: c.nameEn })),
      );
      if (clash) throw new DomainError("county-name-taken", { name: clash.name });
      const neighbours = await tx.county.findMany({ where: { id: { in: county.neighbourIds } }, select: { id: true, code: true } });
      if (neighbours.length !== new Set(county.neighbourIds).size) throw new DomainError("not-found");
      const slug =
        name.en
          .toLowerCase()
          .normalize("NFD")
          .replace(/\p{M}/gu, "")
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-|-$/g, "") || "county";
      const taken = new Set((await tx.county.findMany({ where: { code: { startsWith: `${province.code}.${slug}` } } })).map((c) => c.code));
      let code = `${province.code}.${slug}`;
      for (let n = 2; taken.has(code); n++) code = `${province.code}.${slug}-${n}`;
      const links = neighbours.map((n) => ({ id: n.id }));
      const created = await tx.county.create({
        data: {
          code,
          provinceId: province.id,
          nameFa: name.fa,
          nameAz: name.az,
          nameEn: name.en,
          neighbours: { connect: links },
          neighbourOf: { connect: links },
        },
      });
      await audit(tx, {
        actorId: actor.id,
        action: "county.add",
        entityType: "county",
        entityId: created.code,
        after: { code, provinceId: province.id, name, neighbours: neighbours.map((n) => n.code) },
        origin: actor.origin,
      });
      return created;
    });
  }
}

/** A county's name as typed in one language: cleaned, one to COUNTY_NAME_MAX characters. */
export function checkCountyName(text: string): Checked<string> {
  return checkLength(cleanInput(text), { min: 1, max: COUNTY_NAME_MAX });
}
