import type { Roles } from "../people.js";

/** Who acts: the person, and the roles they hold now. */
export type Actor = { id: bigint; roles: Roles };
