import { type Messenger, type NgoStatus, type OfficialScope, type Person, Prisma } from "@prisma/client";
import { Batcher } from "../data/batch.js";
import { type Db, queryPrepared } from "../data/prisma.js";
import { audit } from "./audit.js";
import { DomainError } from "./errors.js";
import { type Delivery, refreshCommands } from "./outbox.js";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./shared/locale.js";
import type { Superadmins } from "./shared/superadmins.js";
import { clip, stripInvisible } from "./text.js";

/** Who wrote to the bot, as their messenger describes them; `id` is their user id there. */
export type MessengerProfile = {
  messenger: Messenger;
  id: number;
  firstName: string;
  lastName?: string | undefined;
  username?: string | undefined;
  languageCode?: string | undefined;
  /** The bot the update came through (its key, see BotSettings): recorded as one the person has started. */
  bot?: string | undefined;
};

/** What the workers need to choose the bot that reaches a person (src/messengers/routing.ts). */
export type PersonReach = {
  messenger: Messenger;
  externalId: bigint;
  /** The keys of the bots the person has started, the latest first. */
  startedBots: string[];
  /** The codes of the provinces the person belongs to: as an official, a leader or a member of an NGO. */
  provinces: string[];
};

/** Telegram's limits on a first or last name and on a username; longer ones (not from Telegram) are cut. */
export const PERSON_LIMITS = { name: 64, username: 32 } as const;

/** A name as Telegram gives it, without invisible characters, on one line and within Telegram's length. */
export function cleanPersonName(name: string): string {
  return clip(stripInvisible(name).replace(/\s+/g, " ").trim(), PERSON_LIMITS.name);
}

/** An official's scope: the whole country, one province, or one county (of a province). */
export type OfficialRole =
  | { scope: "NATIONAL"; provinceId: null; countyId: null }
  | { scope: "PROVINCE"; provinceId: number; countyId: null }
  | { scope: "COUNTY"; provinceId: number; countyId: number };

/** The role as stored (the migration "national_officials" keeps scope and ids consistent). */
export function officialRole(scope: OfficialScope, provinceId: number | null, countyId: number | null): OfficialRole {
  if (scope === "NATIONAL" || provinceId === null) return { scope: "NATIONAL", provinceId: null, countyId: null };
  if (scope === "PROVINCE" || countyId === null) return { scope: "PROVINCE", provinceId, countyId: null };
  return { scope: "COUNTY", provinceId, countyId };
}

/** What a person may do, read fresh from the database whenever a command or button runs. */
export type Roles = {
  superadmin: boolean;
  official: OfficialRole | null;
  leads: { ngoId: string; status: NgoStatus } | null;
  memberOf: string[];
};

export type PersonWithRoles = { person: Person; roles: Roles; locale: Locale };

/**
 * A person on Telegram has their Telegram user id as their id (see prisma/schema.prisma); the ids of people on
 * other messengers start at 2^52, above every Telegram user id.
 */
export const FIRST_NON_TELEGRAM_ID = 2n ** 52n;

/** The language the messenger reports for a person (none, as Bale may send: Persian), if we speak it; else Persian. */
export function telegramLocale(languageCode: string | undefined): Locale {
  return localeOf({ locale: null, telegramLang: languageCode ?? null });
}

export function localeOf(person: Pick<Person, "locale" | "telegramLang"> | null | undefined): Locale {
  if (isLocale(person?.locale)) return person.locale;
  const telegram = person?.telegramLang?.split("-")[0];
  return isLocale(telegram) ? telegram : DEFAULT_LOCALE;
}

/** Does this person act for every province: a superadmin or a national official? Only they choose a province. */
export function spansProvinces(roles: Roles): boolean {
  return roles.superadmin || roles.official?.scope === "NATIONAL";
}

/** Can this person act on things of the given county, as a superadmin or an official covering it? */
export function coversCounty(roles: Roles, county: { id: number; provinceId: number }): boolean {
  if (spansProvinces(roles)) return true;
  const official = roles.official;
  if (!official || official.provinceId !== county.provinceId) return false;
  return official.scope === "PROVINCE" || official.countyId === county.id;
}

/**
 * A report's or list's province: one province, or undefined for the whole of the person's scope
 * ("all provinces" for those who span provinces).
 */
export type ProvinceChoice = number | undefined;

/**
 * The counties an official (or a superadmin: all) acts for, within the chosen province if any; anyone else
 * is refused, and so is a province outside the person's scope (a forged button).
 */
export function countiesInScope(roles: Roles, province?: ProvinceChoice): Prisma.CountyWhereInput {
  const official = roles.official;
  if (!roles.superadmin && !official) throw new DomainError("forbidden");
  const within: Prisma.CountyWhereInput = province === undefined ? {} : { provinceId: province };
  if (spansProvinces(roles) || !official || official.scope === "NATIONAL") return within;
  if (province !== undefined && province !== official.provinceId) throw new DomainError("forbidden");
  return official.scope === "COUNTY" ? { id: official.countyId } : { provinceId: official.provinceId };
}

/** The NGOs of the counties in scope (see countiesInScope). */
export function ngosInScope(roles: Roles, province?: ProvinceChoice): Prisma.NgoWhereInput {
  const counties = countiesInScope(roles, province);
  return Object.keys(counties).length === 0 ? {} : { county: counties };
}

export class PeopleService {
  constructor(
    private readonly db: Db,
    private readonly admins: Superadmins,
  ) {}

  /** touch()'s reads: those that wait at the same moment share one statement (see readCurrent()). */
  private readonly reads = new Batcher<TouchedProfile, TouchedRow | null>((profiles) => this.readCurrent(profiles), { maxSize: 100 });

  /**
   * Records the person as their messenger describes them (names change), clears a
   * stale "unreachable" mark since they are writing to us, and returns their
   * roles. Every update runs it, so for nearly all it is a read shared with the
   * updates waiting at the same moment: a person known as the messenger shows
   * them, who started this bot, is only read (no row lock, so no transaction to
   * commit: README, Performance); anyone else is written by a statement of their
   * own, and a superadmin who writes for the first time gets their menu (their
   * role comes from the config) in that statement.
   */
  async touch(profile: MessengerProfile): Promise<PersonWithRoles> {
    const touched: TouchedProfile = {
      messenger: profile.messenger,
      externalId: BigInt(profile.id),
      firstName: cleanPersonName(profile.firstName),
      lastName: profile.lastName ? cleanPersonName(profile.lastName) || null : null,
      username: profile.username?.slice(0, PERSON_LIMITS.username) ?? null,
      telegramLang: profile.languageCode ?? null,
      bot: profile.bot ?? null,
    };
    return this.withRoles((await this.reads.call(touched)) ?? (await this.write(touched)));
  }

  /**
   * The people of these profiles who are known just as the profiles show them, with their roles, in one
   * statement; null for each of the others (not known, changed, marked unreachable, or new to this bot).
   */
  private async readCurrent(profiles: TouchedProfile[]): Promise<(TouchedRow | null)[]> {
    const column = <K extends keyof TouchedProfile>(key: K) => profiles.map((p) => p[key]);
    const rows = await queryPrepared<TouchedRow & { nth: bigint }>(
      this.db,
      Prisma.sql`
      SELECT p.*, FALSE AS created, ${ROLE_COLUMNS}, q.nth
      FROM unnest(${column("messenger")}::"Messenger"[], ${column("externalId")}::int8[], ${column("firstName")}::text[],
          ${column("lastName")}::text[], ${column("username")}::text[], ${column("telegramLang")}::text[], ${column("bot")}::text[])
          WITH ORDINALITY AS q(messenger, "externalId", "firstName", "lastName", username, "telegramLang", bot, nth)
        -- Looked up by key for each profile (LIMIT 1 keeps it so): joined, Postgres read all the people for a few dozen.
        JOIN LATERAL (SELECT * FROM "Person" WHERE messenger = q.messenger AND "externalId" = q."externalId" LIMIT 1) p ON TRUE
        ${ROLE_JOINS}
      WHERE (p."firstName", p."lastName", p.username, p."telegramLang")
          IS NOT DISTINCT FROM (q."firstName", q."lastName", q.username, q."telegramLang")
        AND p."unreachableSince" IS NULL
        AND (q.bot IS NULL OR EXISTS (SELECT 1 FROM "PersonBot" WHERE "personId" = p.id AND bot = q.bot))`,
    );
    const current = profiles.map((): TouchedRow | null => null);
    for (const { nth, ...row } of rows) current[Number(nth) - 1] = row;
    return current;
  }

  /** touch()'s write: the person created or brought up to date, their start of this bot recorded, with their roles. */
  private async write(profile: TouchedProfile): Promise<TouchedRow> {
    const { messenger, externalId, firstName, lastName, username, telegramLang, bot } = profile;
    // Telegram's people keep their Telegram id as their id; others take the next from the sequence (an update of
    // someone known uses one up too, as any INSERT ... ON CONFLICT does: there are 2^63 - 2^52 of them).
    const id = messenger === "TELEGRAM" ? Prisma.sql`${externalId}` : Prisma.sql`nextval('"Person_id_seq"')`;
    const superadmin = this.admins.has({ messenger, externalId });
    const menu = { kind: "commands" } satisfies Delivery;
    // The CTE's writes are not visible to the statement's own reads: "changed" has the new row, "Person" the old one.
    const [row] = await queryPrepared<TouchedRow>(
      this.db,
      Prisma.sql`
      WITH changed AS (
        INSERT INTO "Person" (id, messenger, "externalId", "firstName", "lastName", username, "telegramLang", "updatedAt")
        VALUES (${id}, ${messenger}::"Messenger", ${externalId}, ${firstName}, ${lastName}, ${username}, ${telegramLang}, now())
        ON CONFLICT (messenger, "externalId") DO UPDATE SET "firstName" = EXCLUDED."firstName", "lastName" = EXCLUDED."lastName",
          username = EXCLUDED.username, "telegramLang" = EXCLUDED."telegramLang", "unreachableSince" = NULL, "updatedAt" = now()
        WHERE ("Person"."firstName", "Person"."lastName", "Person".username, "Person"."telegramLang")
            IS DISTINCT FROM (EXCLUDED."firstName", EXCLUDED."lastName", EXCLUDED.username, EXCLUDED."telegramLang")
          OR "Person"."unreachableSince" IS NOT NULL
        RETURNING *, (xmax = 0) AS created
      ),
      menu AS (
        INSERT INTO "Outbox" ("personId", payload)
        SELECT id, ${JSON.stringify(menu)}::jsonb FROM changed WHERE created AND ${superadmin}
      ),
      p AS (
        SELECT * FROM changed
        UNION ALL SELECT *, FALSE FROM "Person"
          WHERE messenger = ${messenger}::"Messenger" AND "externalId" = ${externalId} AND NOT EXISTS (SELECT 1 FROM changed)
      ),
      started AS (
        INSERT INTO "PersonBot" ("personId", bot) SELECT id, ${bot}::text FROM p WHERE ${bot}::text IS NOT NULL
        ON CONFLICT DO NOTHING
      )
      SELECT p.*, ${ROLE_COLUMNS} FROM p ${ROLE_JOINS}`,
    );
    if (!row) throw new Error(`person ${messenger}:${externalId} was neither found nor written`);
    return row;
  }

  private withRoles(row: TouchedRow): PersonWithRoles {
    const { created, officialScope, officialProvinceId, officialCountyId, leadsId, leadsStatus, memberOf, ...person } = row;
    const relations: RolesRelations = {
      official: officialScope ? { scope: officialScope, provinceId: officialProvinceId, countyId: officialCountyId } : null,
      leads: leadsId && leadsStatus ? { id: leadsId, status: leadsStatus } : null,
      memberships: memberOf.map((ngoId) => ({ ngoId })),
    };
    return { person, roles: this.rolesFrom({ ...person, ...relations }), locale: localeOf(person) };
  }

  /** The person's chat, the bots they started and their provinces, in one statement (run for every message the workers send). */
  async reachOf(id: bigint): Promise<PersonReach | null> {
    const [row] = await queryPrepared<PersonReach>(
      this.db,
      Prisma.sql`
      SELECT p.messenger, p."externalId",
        ARRAY(SELECT bot FROM "PersonBot" WHERE "personId" = p.id ORDER BY "startedAt" DESC, bot) AS "startedBots",
        ARRAY(
          SELECT pr.code FROM "Province" pr WHERE pr.id IN (
            SELECT "provinceId" FROM "Official" WHERE "personId" = p.id
            UNION SELECT c."provinceId" FROM "Ngo" n JOIN "County" c ON c.id = n."countyId" WHERE n."leaderId" = p.id
            UNION SELECT c."provinceId" FROM "Membership" m JOIN "Ngo" n ON n.id = m."ngoId" JOIN "County" c ON c.id = n."countyId"
              WHERE m."personId" = p.id)
          ORDER BY pr.code) AS provinces
      FROM "Person" p WHERE p.id = ${id}`,
    );
    return row ?? null;
  }

  /** The person with their roles, in one statement (conversations read it at each step, the workers for each message). */
  async find(id: bigint): Promise<PersonWithRoles | null> {
    return this.findWhere(Prisma.sql`p.id = ${id}`);
  }

  /** The person with this user id on this messenger (e.g. the signed user of a Mini App), if they have used the bot there. */
  async findOn(messenger: Messenger, externalId: bigint): Promise<PersonWithRoles | null> {
    return this.findWhere(Prisma.sql`p.messenger = ${messenger}::"Messenger" AND p."externalId" = ${externalId}`);
  }

  private async findWhere(condition: Prisma.Sql): Promise<PersonWithRoles | null> {
    const [row] = await queryPrepared<TouchedRow>(
      this.db,
      Prisma.sql`SELECT p.*, FALSE AS created, ${ROLE_COLUMNS} FROM "Person" p ${ROLE_JOINS} WHERE ${condition}`,
    );
    return row ? this.withRoles(row) : null;
  }

  /**
   * Finds someone who has used the bot, by their user id on their messenger or @username. An id two messengers
   * share (unlikely) finds whoever wrote last.
   */
  async findByHandle(handle: string): Promise<Person | null> {
    const trimmed = handle.trim();
    if (/^\d{1,15}$/.test(trimmed)) {
      return this.db.person.findFirst({ where: { externalId: BigInt(trimmed) }, orderBy: { updatedAt: "desc" } });
    }
    const username = trimmed.replace(/^@/, "");
    if (!/^\w{3,32}$/.test(username)) return null;
    // Usernames move between people; the holder is whoever Telegram showed with it last.
    return this.db.person.findFirst({ where: { username: { equals: username, mode: "insensitive" } }, orderBy: { updatedAt: "desc" } });
  }

  async setLocale(id: bigint, locale: Locale): Promise<void> {
    await this.db.$transaction(async (tx) => {
      await tx.person.update({ where: { id }, data: { locale } });
      await refreshCommands(tx, [id]);
    });
  }

  /** Brings the superadmins' command menus up to date (at start: their role is in the config). */
  async refreshSuperadminCommands(): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const admins = await tx.person.findMany({ where: this.admins.where, select: { id: true } });
      await refreshCommands(
        tx,
        admins.map((a) => a.id),
      );
    });
  }

  async markUnreachable(id: bigint, at: Date): Promise<void> {
    await this.db.person.updateMany({ where: { id, unreachableSince: null }, data: { unreachableSince: at } });
  }

  /** The person blocked the bot on their messenger. */
  async blockedBot(messenger: Messenger, externalId: bigint, at: Date): Promise<void> {
    await this.db.person.updateMany({ where: { messenger, externalId, unreachableSince: null }, data: { unreachableSince: at } });
  }

  /** Mutes (or unmutes) broadcasts that are not essential; meeting invitations and reminders are not broadcasts. */
  async muteBroadcasts(id: bigint, muted: boolean): Promise<Person> {
    return this.db.$transaction(async (tx) => {
      const person = await tx.person.update({ where: { id }, data: { mutedBroadcasts: muted } });
      await audit(tx, {
        actorId: id,
        action: muted ? "person.mute-broadcasts" : "person.unmute-broadcasts",
        entityType: "person",
        entityId: id,
      });
      return person;
    });
  }

  /**
   * Erases the person: their record, memberships and any official role. A leader
   * must first hand the NGO to someone else, or the NGO would be left without one.
   */
  async deleteOwnData(id: bigint): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const person = await tx.person.findUnique({ where: { id }, include: rolesInclude });
      if (!person) return;
      if (person.leads) throw new DomainError("is-leader");
      // The phone of an NGO they once submitted (since rejected) is theirs too.
      await tx.ngo.updateMany({ where: { submittedById: id }, data: { contactPhone: "" } });
      await audit(tx, {
        actorId: id,
        action: "person.delete",
        entityType: "person",
        entityId: id,
        before: { memberships: person.memberships.map((m) => m.ngoId), official: person.official },
      });
      await tx.person.delete({ where: { id } });
      await refreshCommands(tx, [id]); // back to the default menu
    });
  }

  private rolesFrom(person: Person & RolesRelations): Roles {
    // A rejected NGO lets go of its leader, so `leads` is always a live NGO.
    const leads = person.leads && { ngoId: person.leads.id, status: person.leads.status };
    return {
      superadmin: this.admins.has(person),
      official: person.official ? officialRole(person.official.scope, person.official.provinceId, person.official.countyId) : null,
      leads,
      memberOf: person.memberships.map((m) => m.ngoId),
    };
  }
}

/**
 * A person's roles as columns beside their row `p` (see TouchedRow): an include of the three relations is four
 * statements in a transaction of Prisma's, six round trips.
 */
const ROLE_COLUMNS = Prisma.sql`o.scope AS "officialScope", o."provinceId" AS "officialProvinceId", o."countyId" AS "officialCountyId",
  l.id AS "leadsId", l.status AS "leadsStatus", ARRAY(SELECT "ngoId" FROM "Membership" WHERE "personId" = p.id) AS "memberOf"`;
const ROLE_JOINS = Prisma.sql`LEFT JOIN "Official" o ON o."personId" = p.id LEFT JOIN "Ngo" l ON l."leaderId" = p.id`;

const rolesInclude = {
  official: true,
  leads: { select: { id: true, status: true } },
  memberships: { select: { ngoId: true } },
} as const;

/** A person's profile as touch() stores it: names cleaned and cut to Telegram's limits. */
type TouchedProfile = {
  messenger: Messenger;
  externalId: bigint;
  firstName: string;
  lastName: string | null;
  username: string | null;
  telegramLang: string | null;
  bot: string | null;
};

/** A person as touch() reads them: the row, whether it was just created, and the columns of their roles. */
type TouchedRow = Person & {
  created: boolean;
  officialScope: OfficialScope | null;
  officialProvinceId: number | null;
  officialCountyId: number | null;
  leadsId: string | null;
  leadsStatus: NgoStatus | null;
  memberOf: string[];
};

type RolesRelations = {
  official: { scope: OfficialScope; provinceId: number | null; countyId: number | null } | null;
  leads: { id: string; status: NgoStatus } | null;
  memberships: { ngoId: string }[];
};
