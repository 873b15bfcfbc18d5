import { createHmac, timingSafeEqual } from "node:crypto";

/** Mini App sign-ins older than this are refused (a day, as the issue asks). */
export const INIT_DATA_MAX_AGE_SECONDS = 86_400;

/**
 * Who opened the Mini App (their id on the messenger), if the messenger signed
 * the `initData` it gave the page with this bot's token and signed it
 * recently; null for anything else.
 *
 * Telegram's documented algorithm (core.telegram.org/bots/webapps, "Validating
 * data received via the Mini App"): every field but `hash`, as key=value lines
 * sorted by key, signed with HMAC-SHA-256 whose key is HMAC-SHA-256("WebAppData",
 * bot token). Written here with node:crypto because @grammyjs/validator checks
 * only the Login Widget's signature (a different key), not a Mini App's. Bale's
 * Mini Apps (window.Bale.WebApp) copy Telegram's API; the same algorithm is
 * used with the Bale bot's token (see the README on what could not be checked).
 */
export function validateInitData(botToken: string, initData: string, now: Date): { userId: bigint } | null {
  const params = new URLSearchParams(initData);
  const hash = params.get("hash");
  if (!hash || !/^[0-9a-f]{64}$/.test(hash)) return null;
  params.delete("hash");
  const secret = createHmac("sha256", "WebAppData").update(botToken).digest();
  const expected = createHmac("sha256", secret).update(checkString(params)).digest();
  if (!timingSafeEqual(expected, Buffer.from(hash, "hex"))) return null;

  const authDate = Number(params.get("auth_date"));
  const age = now.getTime() / 1000 - authDate;
  if (!Number.isInteger(authDate) || age > INIT_DATA_MAX_AGE_SECONDS || age < -60) return null;
  try {
    const user = JSON.parse(params.get("user") ?? "null") as { id?: unknown } | null;
    return typeof user?.id === "number" && Number.isSafeInteger(user.id) ? { userId: BigInt(user.id) } : null;
  } catch {
    return null;
  }
}

/** Every field but the hash, as key=value lines sorted by key. */
function checkString(params: URLSearchParams): string {
  return [...params.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join("\n");
}

/** Signs `fields` as the messenger would for this bot: for the sandbox's Mini App and the tests. */
export function signInitData(botToken: string, fields: Record<string, string>): string {
  const params = new URLSearchParams(fields);
  const secret = createHmac("sha256", "WebAppData").update(botToken).digest();
  params.set("hash", createHmac("sha256", secret).update(checkString(params)).digest("hex"));
  return params.toString();
}
