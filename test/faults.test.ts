import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { databaseUrl, type Harness, newTelegramId, startApp } from "./support/harness.js";
import { unique, waitUntil } from "./support/journeys.js";
import { startAppBehindProxy } from "./support/outage.js";
import { TcpProxy } from "./support/tcp-proxy.js";

let h: Harness;
beforeAll(async () => {
  // No worker here: the outage tests run their own app, whose worker must be the only one draining the shared outbox.
  h = await startApp({ env: { RATE_LIMIT_MAX: "8", RATE_LIMIT_WINDOW_SECONDS: "60" }, roles: ["bot"] });
});
afterAll(() => h?.stop());

describe("unexpected input", () => {
  it("when a person sends text, an unknown command, a sticker, a photo or a forward outside any conversation, then each gets a short useful answer", async () => {
    const person = h.user({ language: "en" });
    expect((await person.send("hello?")).at(-1)?.text).toContain("I did not understand that");
    expect((await person.send("/frobnicate")).at(-1)?.text).toBe("I do not know that command. Send /help for the list.");
    const sticker = { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false };
    expect((await person.message({ sticker } as never)).at(-1)?.text).toContain("sticker");
    expect((await person.message({ photo: [{ file_id: "p", file_unique_id: "p", width: 1, height: 1 }] })).at(-1)?.text).toBe(
      "I cannot use that here. Send /start for the menu.",
    );
    expect((await person.send("look", { forward_origin: { type: "hidden_user", sender_user_name: "X", date: 0 } })).at(-1)?.text).toContain(
      "forwarded messages",
    );
  });

  it("when a person presses a button of an old message, then the button answers that it is no longer active", async () => {
    const person = h.user({ language: "en" });
    await person.send("/start");
    const pressed = await person.pressData("reg:county:1");
    expect(pressed.answer).toBe("This button is no longer active.");
  });

  it("when the bot is added to a group or spoken to there, then it says it works in private chats", async () => {
    const person = h.user({ language: "en" });
    const groupId = -1_000_000 - person.id;
    await h.app.bot.handleUpdate({
      update_id: 9_000_000 + person.id,
      message: {
        message_id: 1,
        date: 0,
        chat: { id: groupId, type: "group", title: "NGO chat" },
        from: { id: person.id, is_bot: false, first_name: "G", language_code: "en" },
        text: "/start",
        entities: [{ type: "bot_command", offset: 0, length: 6 }],
      },
    });
    expect(h.fake.lastMessageTo(groupId)?.text).toBe("I work only in private chats. Please write to me directly.");
  });

  it("when a person floods the bot, then they are slowed down while someone else is still answered", async () => {
    const flooder = h.user({ language: "en" });
    const replies = [];
    for (let i = 0; i < 12; i++) replies.push(...(await flooder.send(`spam ${i}`)));
    expect(replies.filter((m) => m.text?.includes("I did not understand")).length).toBe(8);
    expect(replies.at(-1)?.text).toBe("You are sending messages too fast. Please wait a few seconds.");
    const other = h.user({ language: "en" });
    expect((await other.send("hi")).at(-1)?.text).toContain("I did not understand");
  });
});

describe("outages", () => {
  const services = [
    { service: "Postgres", url: () => databaseUrl(), defaultPort: 5432, variable: "DATABASE_URL" },
    { service: "Redis", url: () => inject("redisUrl"), defaultPort: 6379, variable: "REDIS_URL" },
  ];
  it.each(services)(
    "when $service is unreachable, then the person is asked to try again shortly, and the bot answers normally once it is back",
    async ({ url: serviceUrl, defaultPort, variable }) => {
      const url = new URL(serviceUrl());
      const proxy = await TcpProxy.start({ host: url.hostname, port: Number(url.port || defaultPort) });
      url.host = `127.0.0.1:${proxy.port}`;
      const app = await startApp({ env: { [variable]: url.toString() }, roles: ["bot"] });
      try {
        const person = app.user({ language: "en" });
        expect((await person.send("/start")).at(-1)?.text).toContain("Hello");
        await proxy.cut();
        expect((await person.send("/help")).at(-1)?.text).toBe("Something went wrong on our side. Please try again shortly.");
        await proxy.restore();
        // Redis clients reconnect with a backoff: the bot answers again within seconds.
        await expect
          .poll(async () => (await person.send("/help")).at(-1)?.text, { timeout: 15_000, interval: 500 })
          .toContain("What you can do here");
      } finally {
        await app.stop();
        await proxy.stop();
      }
    },
  );
});

describe("notifications across an outage", () => {
  it("when Redis is away as an official approves, then the leader's news waits in the outbox and arrives once Redis is back", async () => {
    const url = new URL(inject("redisUrl"));
    const proxy = await TcpProxy.start({ host: url.hostname, port: Number(url.port || 6379) });
    const adminId = newTelegramId();
    const logs: string[] = [];
    const app = await startApp({ env: { REDIS_URL: `redis://127.0.0.1:${proxy.port}` }, admins: [adminId], logs });
    try {
      const { leader, ngo } = await pendingNgoForOutage(app, adminId);
      await proxy.cut();
      await app.app.services.ngos.approve(await app.actor(adminId), ngo.id);
      await waitUntil(() => logs.some((line) => line.includes("outbox dispatch failed")));
      expect(leader.messages().some((m) => m.text?.includes("is verified"))).toBe(false);
      await proxy.restore();
      await leader.waitFor((m) => m.text?.includes("is verified") === true, 20_000);
      await app.settled();
      expect(leader.messages().filter((m) => m.text?.includes("is verified"))).toHaveLength(1);
    } finally {
      await app.stop();
      await proxy.stop();
    }
  });

  it("when Postgres was away, then the workers listen for new notifications again: the next one arrives without waiting for the fallback poll", async () => {
    const adminId = newTelegramId();
    const logs: string[] = [];
    const { h: app, proxy, stop } = await startAppBehindProxy("Postgres", { admins: [adminId], logs });
    try {
      const { leader, ngo } = await pendingNgoForOutage(app, adminId);
      await proxy.cut();
      await waitUntil(() => logs.some((line) => line.includes("lost the outbox's notifications")));
      await proxy.restore();
      await app.app.services.ngos.approve(await app.actor(adminId), ngo.id);
      // The fallback poll is a minute away (testConfig): only the listener, connected again, brings it this soon.
      await leader.waitFor((m) => m.text?.includes("is verified") === true);
      await app.settled();
      expect(leader.messages().filter((m) => m.text?.includes("is verified"))).toHaveLength(1);
    } finally {
      await stop();
    }
  });
});

/**
 * The superadmin and a new leader have started the bot, and the leader's NGO waits for review; its card has reached
 * the superadmin, so no job is caught mid-send by an outage that follows (it would wait out its lock).
 */
async function pendingNgoForOutage(app: Harness, adminId: number) {
  await app.user({ id: adminId, language: "en" }).send("/start");
  const leader = app.user({ language: "en" });
  await leader.send("/start");
  const ngo = await app.app.services.ngos.register(BigInt(leader.id), {
    name: `Outage NGO ${unique()}`,
    registrationNumber: unique(),
    registeringAuthority: "Governor's office",
    countyId: await app.countyId("Abhar"),
    fieldIds: [],
    foundedYear: 1400,
    memberCount: 5,
    isYouth: false,
    contactPhone: "+989120000001",
    description: "Registered just before the outage.",
  });
  await app.settled();
  return { leader, ngo };
}

describe("webhook mode and health", () => {
  it("when running with a webhook, then it registers the webhook with its secret, refuses calls without it, and /health reports the services", async () => {
    const app = await startApp({
      env: { WEBHOOK_URL: "https://bot.example.org/telegram", WEBHOOK_SECRET: "a-long-enough-secret-123" },
      roles: ["bot"],
    });
    try {
      const set = app.fake.calls.find((c) => c.method === "setWebhook");
      expect(set?.payload).toMatchObject({ url: "https://bot.example.org/telegram", secret_token: "a-long-enough-secret-123" });
      const base = `http://127.0.0.1:${app.app.httpAddress()?.port}`;
      const person = 4_200_000_000;
      const update = {
        update_id: 1,
        message: {
          message_id: 1,
          date: 0,
          chat: { id: person, type: "private" },
          from: { id: person, is_bot: false, first_name: "W", language_code: "en" },
          text: "/help",
          entities: [{ type: "bot_command", offset: 0, length: 5 }],
        },
      };
      const refused = await fetch(`${base}/telegram`, {
        method: "POST",
        body: JSON.stringify(update),
        headers: { "content-type": "application/json" },
      });
      expect(refused.status).toBe(401);
      const accepted = await fetch(`${base}/telegram`, {
        method: "POST",
        body: JSON.stringify(update),
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "a-long-enough-secret-123" },
      });
      expect(accepted.status).toBe(200);
      // Answered once queued: the reply follows.
      await waitUntil(() => app.fake.lastMessageTo(person) !== undefined);
      expect(app.fake.lastMessageTo(person)?.text).toContain("What you can do here");
      const health = await fetch(`${base}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: "ok", postgres: true, redis: true });
    } finally {
      await app.stop();
    }
  });

  it("when Bale runs with a webhook too, then its webhook carries the secret in its path (Bale sends no secret header), and only that path takes its updates", async () => {
    const secret = "a-long-enough-secret-123";
    const app = await startApp({
      env: { WEBHOOK_URL: "https://bot.example.org/telegram", WEBHOOK_SECRET: secret },
      roles: ["bot"],
      bale: true,
    });
    try {
      const set = app.bale?.calls.find((c) => c.method === "setWebhook");
      expect(set?.payload.url).toBe(`https://bot.example.org/bale/${secret}`);
      expect(set?.payload.secret_token).toBeUndefined();
      const base = `http://127.0.0.1:${app.app.httpAddress()?.port}`;
      const person = 4_200_000_001;
      // As Bale sends it: no bot_command entity, no language_code, no secret header.
      const update = {
        update_id: 1,
        message: {
          message_id: 1,
          date: 0,
          chat: { id: person, type: "private" },
          from: { id: person, is_bot: false, first_name: "W" },
          text: "/help",
        },
      };
      const post = (path: string) =>
        fetch(`${base}${path}`, { method: "POST", body: JSON.stringify(update), headers: { "content-type": "application/json" } });
      expect((await post("/bale/not-the-secret")).status).toBe(404);
      expect(app.bale?.lastMessageTo(person)).toBeUndefined();
      expect((await post(`/bale/${secret}`)).status).toBe(200);
      await waitUntil(() => app.bale?.lastMessageTo(person) !== undefined);
      expect(app.bale?.lastMessageTo(person)?.text).toMatch(/[\u0600-\u06ff]/); // Persian, for want of a language_code
      expect(app.fake.lastMessageTo(person)).toBeUndefined();
    } finally {
      await app.stop();
    }
  });
});
