import { randomBytes } from "node:crypto";
import type { TranslateFunction } from "@grammyjs/i18n";
import { InlineKeyboard } from "grammy";
import type { DirectoryPage } from "../domain/directory.js";
import { nameIn } from "../domain/reference.js";
import type { Locale } from "../domain/shared/locale.js";
import { type Checked, checkLength } from "../domain/shared/validation.js";
import { cleanInput } from "../domain/text.js";
import type { RedisClient } from "../redis.js";
import { directory } from "./callback-data/directory.js";
import { isolate } from "./format.js";
import { stepButtons } from "./keyboards/steps.js";

/** Directory results, shared by /directory and the search-by-name conversation. */

const QUERY_TTL_SECONDS = 3600;

/** A name to search for: 2 to 60 characters, cleaned like every typed text. */
export const checkSearch = (text: string): Checked<string> => checkLength(cleanInput(text), { min: 2, max: 60 });
const queryKey = (token: string) => `directory:query:${token}`;

/** A typed name is kept in Redis under a random token: paging buttons carry the token, not the text. */
export async function rememberQuery(redis: RedisClient, name: string): Promise<string> {
  const token = randomBytes(6).toString("base64url");
  await redis.set(queryKey(token), name, "EX", QUERY_TTL_SECONDS);
  return token;
}

/** The name behind a token, or null once it has expired. */
export function recallQuery(redis: RedisClient, token: string): Promise<string | null> {
  return redis.get(queryKey(token));
}

/** A page of results: the count and one button per NGO, with « » to turn pages (stepButtons) (`pageData` builds their data). */
export function resultsMessage(t: TranslateFunction, locale: Locale, result: DirectoryPage, pageData: (page: number) => string) {
  const keyboard = new InlineKeyboard();
  for (const ngo of result.ngos)
    keyboard.text(`${isolate(ngo.name)} — ${isolate(nameIn(ngo.county, locale))}`, directory.ngo.build({ ngo: ngo.id })).row();
  stepButtons(keyboard, locale, {
    ...(result.page > 0 ? { back: { data: pageData(result.page - 1) } } : {}),
    ...(result.page < result.pages - 1 ? { forward: { data: pageData(result.page + 1) } } : {}),
  });
  const text =
    result.total === 0 ? t("directory-none") : t("directory-results", { count: result.total, page: result.page + 1, pages: result.pages });
  return { text, keyboard };
}
