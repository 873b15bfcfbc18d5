import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { RedisClient } from "../redis.js";

/** A sign-in link works once, within ten minutes of being given. */
export const SIGN_IN_LINK_SECONDS = 600;
/** A dashboard session lasts a working day. */
export const SESSION_SECONDS = 8 * 3600;
/** Sign-in attempts (links, Mini App) one address may make in SIGN_IN_WINDOW_SECONDS. */
export const SIGN_IN_ATTEMPTS = 20;
export const SIGN_IN_WINDOW_SECONDS = 600;

/**
 * How a session began: by a sign-in link in a browser (its cookie SameSite=Strict), or in a Mini App
 * (its own cookie, which Telegram Web's cross-site frame must be able to send).
 */
export type SessionOrigin = "link" | "mini-app";

export type Session = { id: string; personId: bigint; csrf: string; via: SessionOrigin };

const token = () => randomBytes(32).toString("base64url");
/** Redis holds digests of links and sessions, so a copy of its data signs nobody in. */
const digest = (secret: string) => createHash("sha256").update(secret).digest("base64url");

/**
 * One-time sign-in links and server-side sessions of the dashboard, in Redis
 * (the app's connection, whose key prefix keeps them apart from other
 * installations): ending a session deletes it, so it cannot be used again.
 * Who the person is comes from here; what they may see is read afresh from
 * Postgres on every request.
 */
export class DashboardSessions {
  constructor(private readonly redis: RedisClient) {}

  /** A sign-in token for this person, valid once for ten minutes. */
  async issueLink(personId: bigint): Promise<string> {
    const secret = token();
    await this.redis.set(`dashboard:link:${digest(secret)}`, personId.toString(), "EX", SIGN_IN_LINK_SECONDS);
    return secret;
  }

  /** The person a sign-in token was given to, once; null if it was used, expired or never given. */
  async redeemLink(secret: string): Promise<bigint | null> {
    const personId = await this.redis.getdel(`dashboard:link:${digest(secret)}`);
    return personId ? BigInt(personId) : null;
  }

  async start(personId: bigint, via: SessionOrigin): Promise<Session> {
    const session = { id: token(), personId, csrf: token(), via };
    await this.redis.set(
      `dashboard:session:${digest(session.id)}`,
      JSON.stringify({ personId: personId.toString(), csrf: session.csrf, via }),
      "EX",
      SESSION_SECONDS,
    );
    await this.redis.sadd(`dashboard:sessions-of:${personId}`, digest(session.id));
    await this.redis.expire(`dashboard:sessions-of:${personId}`, SESSION_SECONDS);
    return session;
  }

  async find(id: string): Promise<Session | null> {
    const stored = await this.redis.get(`dashboard:session:${digest(id)}`);
    if (!stored) return null;
    const { personId, csrf, via } = JSON.parse(stored) as { personId: string; csrf: string; via?: SessionOrigin };
    return { id, personId: BigInt(personId), csrf, via: via ?? "link" };
  }

  async end(id: string): Promise<void> {
    await this.redis.del(`dashboard:session:${digest(id)}`);
  }

  /** Ends every dashboard session of the person (/dashboard_logout in the bot); how many there were. */
  async endAllOf(personId: bigint): Promise<number> {
    const key = `dashboard:sessions-of:${personId}`;
    const ids = await this.redis.smembers(key);
    // One key at a time: the sessions lie in different slots of Redis Cluster.
    const deleted = await Promise.all(ids.map((id) => this.redis.del(`dashboard:session:${id}`)));
    const ended = deleted.reduce((sum, count) => sum + count, 0);
    await this.redis.del(key);
    return ended;
  }

  /** Counts a sign-in attempt from this address; false once it has made too many in the window. */
  async mayTrySignIn(address: string): Promise<boolean> {
    const key = `dashboard:sign-in-attempts:${address}`;
    const attempts = await this.redis.incr(key);
    if (attempts === 1) await this.redis.expire(key, SIGN_IN_WINDOW_SECONDS);
    return attempts <= SIGN_IN_ATTEMPTS;
  }
}

/** Whether a form's CSRF token is the session's, compared in constant time. */
export function csrfMatches(session: Session, given: string | undefined): boolean {
  const expected = Buffer.from(session.csrf);
  const actual = Buffer.from(given ?? "");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
