import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies } from "../../src/client-address.js";

const trusting = (...entries: string[]) => parseTrustedProxies(entries).proxies;

describe("the client's address behind a reverse proxy", () => {
  it("when no proxy is trusted, then X-Forwarded-For is ignored and the connecting address counts", () => {
    expect(clientAddress("127.0.0.1", "203.0.113.7", trusting())).toBe("127.0.0.1");
    expect(clientAddress("::ffff:198.51.100.2", "203.0.113.7", trusting())).toBe("198.51.100.2");
  });

  it("when the request comes from a trusted proxy, then the address it forwarded for counts", () => {
    expect(clientAddress("::ffff:127.0.0.1", "203.0.113.7", trusting("127.0.0.1"))).toBe("203.0.113.7");
    expect(clientAddress("10.1.2.3", "203.0.113.7, 10.9.9.9", trusting("10.0.0.0/8"))).toBe("203.0.113.7");
    expect(clientAddress("::1", ["2001:db8::5"], trusting("::1"))).toBe("2001:db8::5");
  });

  it("when a client writes its own X-Forwarded-For through a trusted proxy, then what it wrote does not count", () => {
    // The proxy appends the address it saw: the client's invention is left of it and never read.
    expect(clientAddress("127.0.0.1", "1.1.1.1, 203.0.113.7", trusting("127.0.0.1"))).toBe("203.0.113.7");
    expect(clientAddress("127.0.0.1", "203.0.113.7, not-an-address", trusting("127.0.0.1"))).toBe("127.0.0.1");
  });

  it("when a request comes from an address that is not a trusted proxy, then its X-Forwarded-For is not believed", () => {
    expect(clientAddress("198.51.100.2", "203.0.113.7", trusting("127.0.0.1", "10.0.0.0/8"))).toBe("198.51.100.2");
  });

  it("when a trusted proxy sends no X-Forwarded-For, then the proxy's address counts", () => {
    expect(clientAddress("127.0.0.1", undefined, trusting("127.0.0.1"))).toBe("127.0.0.1");
  });

  it("when TRUST_PROXY has entries that are no address or subnet, then they are named", () => {
    expect(parseTrustedProxies(["127.0.0.1", "localhost", "10.0.0.0/40", "::1/128"]).invalid).toEqual(["localhost", "10.0.0.0/40"]);
  });
});
