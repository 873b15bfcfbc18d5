import { Composer } from "../composer.js";
import type { BotContext } from "../context.js";
import { ADD_COUNTY, addCountyConversation } from "../conversations/add-county.js";
import type { FeatureConversations } from "../conversations/install.js";
import type { BotDeps } from "../deps.js";
import { superadminsOnly } from "../filters.js";

/** Superadmins add a county to a province (a file of many is `npm run reference:import`); the service checks the role again. */
export function countiesFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command("county_add").filter(superadminsOnly, (ctx) => ctx.conversation.enter(ADD_COUNTY));
  return composer;
}

/** Adding a county. */
export function countiesConversations(deps: BotDeps): FeatureConversations {
  return { [ADD_COUNTY]: addCountyConversation(deps) };
}
