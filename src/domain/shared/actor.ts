import type { Roles } from "../people.js";

/** Where a person acts: the bot, unless said otherwise (the web dashboard); the audit log records it. */
export type Origin = "bot" | "dashboard";

/** Who acts: the person, the roles they hold now, and where (the bot when not given). */
export type Actor = { id: bigint; roles: Roles; origin?: Origin };
