import type { BotSettings } from "../config.js";
import type { PersonReach } from "../domain/people.js";

type Bot = Pick<BotSettings, "key" | "messenger" | "province">;

/**
 * The bot that carries the workers' messages to a person. A bot can message only people who started it, so it is
 * one of theirs that this deployment runs: the bot of their province first, then the bot of the whole country; for
 * someone of no province yet, the one they started last. Someone of a province who started neither its bot nor the
 * country's is "unreachable" rather than written to by another province's bot. Someone with no bot recorded (added
 * by an import) is taken to have started their messenger's bot of the whole country. Null when this deployment runs
 * no bot on the person's messenger at all.
 */
export function chooseBot<B extends Bot>(reach: PersonReach, bots: readonly B[]): B | "unreachable" | null {
  const ofMessenger = bots.filter((bot) => bot.messenger === reach.messenger);
  if (ofMessenger.length === 0) return null;
  const countryWide = ofMessenger.find((bot) => bot.province === undefined);
  if (reach.startedBots.length === 0) return countryWide ?? "unreachable";
  const started = reach.startedBots.flatMap((key) => ofMessenger.filter((bot) => bot.key === key));
  const ofProvince = started.find((bot) => bot.province !== undefined && reach.provinces.includes(bot.province));
  const startedCountryWide = started.find((bot) => bot.province === undefined);
  const choice = ofProvince ?? startedCountryWide ?? (reach.provinces.length === 0 ? started[0] : undefined);
  return choice ?? "unreachable";
}
