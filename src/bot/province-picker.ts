import type { Province } from "@prisma/client";
import { type Composer, InlineKeyboard } from "grammy";
import { countiesInScope, type ProvinceChoice } from "../domain/people.js";
import { nameIn } from "../domain/reference.js";
import { actorOf } from "./actor.js";
import { ALL_PROVINCES, provinces as buttons } from "./callback-data/provinces.js";
import type { BotContext } from "./context.js";
import type { BotDeps } from "./deps.js";
import { type isOfficial, officialsOnly } from "./filters.js";

export type ScopedReport = ReturnType<typeof buttons.pick.unpack>["report"];

/** A province choice as buttons carry it (0: all provinces) and back. */
export const provinceData = (province: ProvinceChoice): number => province ?? ALL_PROVINCES;
export const provinceFrom = (data: number): ProvinceChoice => (data === ALL_PROVINCES ? undefined : data);

/** "Which province? Or all provinces?" with a button for all and one for each province, for `report`. */
export async function askProvinceOrAll(ctx: BotContext, report: ScopedReport, provinces: Province[]): Promise<void> {
  const pick = buttons.pick.with({ report });
  const keyboard = new InlineKeyboard().text(ctx.t("button-all-provinces"), pick.build({ province: ALL_PROVINCES })).row();
  provinces.forEach((province, i) => {
    keyboard.text(nameIn(province, ctx.actor.locale), pick.build({ province: province.id }));
    if (i % 3 === 2) keyboard.row();
  });
  await ctx.reply(ctx.t("pick-province"), { reply_markup: keyboard });
}

/**
 * A report or list with a scope (officials and superadmins): the command runs it at once for those whose
 * scope is one province or less; those whose scope spans several (national officials, superadmins) first
 * pick a province or "all provinces". The service checks the chosen province against the presser's scope,
 * so a forged button for another province is refused. Returns the same opening for a menu button.
 * `commandFilter`: who the command is for; isOfficial lets anyone else through to another handler of it
 * (/meetings of invitees), the default refuses them.
 */
export function scopedCommand(
  composer: Composer<BotContext>,
  { services }: Pick<BotDeps, "services">,
  command: string,
  report: ScopedReport,
  run: (ctx: BotContext, province: ProvinceChoice) => Promise<unknown>,
  commandFilter: typeof isOfficial = officialsOnly,
): (ctx: BotContext) => Promise<unknown> {
  const open = async (ctx: BotContext) => {
    const provinces = await services.reference.provincesToPick(actorOf(ctx));
    if (provinces.length === 0) return run(ctx, undefined);
    await askProvinceOrAll(ctx, report, provinces);
  };
  composer.command(command).filter(commandFilter, open);
  composer.callbackQuery(buttons.pick.with({ report }).filter).filter(officialsOnly, async (ctx) => {
    const province = provinceFrom(buttons.pick.with({ report }).unpack(ctx.match).province);
    // Refused before the press is answered, so the refusal is its answer; answered before a report that may take a while.
    countiesInScope(ctx.actor.roles, province);
    await ctx.answerCallbackQuery();
    await run(ctx, province);
  });
  return open;
}
