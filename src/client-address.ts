import { BlockList, isIP } from "node:net";

/**
 * The reverse proxies whose X-Forwarded-For is believed (TRUST_PROXY): single
 * addresses or subnets such as 10.0.0.0/8, IPv4 or IPv6.
 */
export type TrustedProxies = BlockList;

/** A list of addresses and subnets as TRUST_PROXY writes them; the entries it cannot read, to report. */
export function parseTrustedProxies(entries: readonly string[]): { proxies: TrustedProxies; invalid: string[] } {
  const proxies = new BlockList();
  const invalid: string[] = [];
  for (const entry of entries) {
    const [address = "", prefix, ...rest] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (!family || rest.length || (bits !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= maxBits && prefix !== ""))) {
      invalid.push(entry);
      continue;
    }
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) proxies.addAddress(address, type);
    else proxies.addSubnet(address, bits, type);
  }
  return { proxies, invalid };
}

/** An IPv4 address as Node reports it on a dual-stack socket (::ffff:1.2.3.4) is the IPv4 address. */
function plain(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

function isTrusted(address: string, proxies: TrustedProxies): boolean {
  const family = isIP(address);
  return family !== 0 && proxies.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The address a request comes from, for counting sign-in attempts. The
 * connecting address, unless it is a trusted proxy: then the nearest address
 * in X-Forwarded-For that is not itself a trusted proxy (read from the right,
 * since anything left of the proxies' own entries is whatever the client wrote).
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  proxies: TrustedProxies,
): string {
  let address = plain(socketAddress ?? "unknown");
  if (!isTrusted(address, proxies)) return address;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((hop) => plain(hop.trim()))
    .filter(Boolean);
  while (hops.length) {
    const hop = hops.pop() as string;
    if (!isIP(hop)) return address;
    address = hop;
    if (!isTrusted(hop, proxies)) return hop;
  }
  return address;
}
