import { Composer } from "grammy";
import type { BotContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import { attendanceFeature } from "./attendance.js";
import { invitationsFeature } from "./invitations.js";
import { schedulingFeature } from "./scheduling.js";

/** Meetings, one part per audience: scheduling (officials), invitations (invitees), attendance (both). */
export function meetingsFeature(deps: BotDeps): Composer<BotContext> {
  // Scheduling first: it takes /meetings of officials, invitations everyone else's.
  return new Composer<BotContext>(schedulingFeature(deps), invitationsFeature(deps), attendanceFeature(deps));
}
