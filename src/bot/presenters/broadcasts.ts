import type { BroadcastDeliveryStatus, County, Person } from "@prisma/client";
import { nameIn } from "../../domain/reference.js";
import type { Cell, Columns } from "../../reports/workbook.js";
import { displayName, type Translator } from "../format.js";

/** A recipient a broadcast did not reach; the person is null when they deleted their data since. */
export type NotDeliveredRow = {
  personId: bigint;
  person: Pick<Person, "firstName" | "lastName" | "username" | "messenger" | "externalId"> | null;
  county: County;
  status: BroadcastDeliveryStatus;
  error: string | null;
};

/**
 * Who did not get a broadcast, and why, for the CSV export: each on their messenger, by their id there (someone who
 * deleted their data since, by the id they had in Samanyar).
 */
export function notDeliveredTable({ t, locale }: Translator, rows: NotDeliveredRow[]): Columns {
  return {
    header: ["name", "username", "messenger", "user-id", "county", "status", "error"].map((c) => t(`broadcast-col-${c}`)),
    rows: rows.map((r): Cell[] => [
      r.person ? displayName(r.person) : "",
      r.person?.username ? `@${r.person.username}` : "",
      r.person ? t(`messenger-${r.person.messenger}`) : "",
      String(r.person?.externalId ?? r.personId),
      nameIn(r.county, locale),
      t(`delivery-${r.status}`),
      r.error,
    ]),
  };
}
