import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type RunnerHandle, run } from "@grammyjs/runner";
import type { Worker } from "bullmq";
import { Api, type Bot } from "grammy";
import type { Update } from "grammy/types";
import { publishDefaultCommands } from "./bot/commands.js";
import type { BotContext } from "./bot/context.js";
import type { AppServices } from "./bot/deps.js";
import { createBot } from "./bot/index.js";
import { ChatOrderedUpdates } from "./chat-ordered-updates.js";
import { type Config, ConfigError } from "./config.js";
import type { DashboardDeps, DashboardHandler } from "./dashboard/server.js";
import { createDb } from "./data/prisma.js";
import { BroadcastService } from "./domain/broadcasts.js";
import { CoverageService } from "./domain/coverage.js";
import { DirectoryService } from "./domain/directory.js";
import { DuplicateService } from "./domain/duplicates.js";
import { KpiService } from "./domain/kpi.js";
import { MeetingService } from "./domain/meetings/service.js";
import { MembershipService } from "./domain/memberships.js";
import { NeedsService } from "./domain/needs/service.js";
import { NgoService } from "./domain/ngos.js";
import { OfficialService } from "./domain/officials.js";
import { PartnerService } from "./domain/partners.js";
import { PeopleService } from "./domain/people.js";
import { ReferenceService } from "./domain/reference.js";
import { Superadmins } from "./domain/shared/superadmins.js";
import { TransparencyService } from "./domain/transparency.js";
import { createHttpServer } from "./http.js";
import { createI18n } from "./i18n.js";
import { BroadcastQueue, broadcastDeliveries, broadcastIntents } from "./jobs/broadcasts.js";
import { createDeliveryQueue, createDeliveryWorker } from "./jobs/delivery.js";
import { OutboxDispatcher } from "./jobs/outbox.js";
import { watchForLostRedis } from "./jobs/recovery.js";
import { startSchedules } from "./jobs/schedules.js";
import { createSendLimits, type SendLimits } from "./jobs/send-limiter.js";
import type { Logger } from "./logger.js";
import { botApiClient } from "./messengers/bot-api-fetch.js";
import { adapterFor } from "./messengers/index.js";
import { BroadcastStatusReporter } from "./notifications/broadcast-status.js";
import { MessengerSender, type Outlet } from "./notifications/sender.js";
import { connectRedis } from "./redis.js";

export type Role = "bot" | "worker";

/**
 * Updates handled at once by a polling bot. Updates waiting at the same moment share their SQL statements
 * (src/data/batch.ts) and their Redis writes, so more at once cost less each: 5,000 RSVP presses, alternating builds
 * (README, Performance), 1,101–1,454/s with 30, 1,239–1,871/s with 60, 1,760–2,006/s with 100 and no more with 200,
 * at the same memory (184–199 MB at the burst) now that the old generation is collected as it grows (src/main.ts).
 */
const RUNNER_CONCURRENCY = 100;

export type App = {
  /** The first bot (Telegram's of the whole country when it is configured). */
  bot: Bot<BotContext>;
  /** Every configured bot by its key ("telegram", "bale", "telegram:zanjan"), the same services behind them all. */
  bots: ReadonlyMap<string, Bot<BotContext>>;
  services: AppServices;
  /** The workers' side of broadcasts on the delivery queue. */
  jobs: { broadcasts: BroadcastQueue };
  /** Starts the roles asked for: the bot (polling or webhook, plus /livez and /readyz) and/or the workers. */
  start(): Promise<void>;
  /** Stops everything in the reverse order of starting; safe to call twice. */
  stop(): Promise<void>;
  httpAddress(): AddressInfo | null;
  /** The queue worker of a process with the worker role, once started: /readyz depends on it running. */
  queueWorker(): Worker | undefined;
};

/**
 * The composition root's work: builds every part from the config, nothing at
 * import time. main.ts runs it; tests build it the same way.
 */
export function createApp(
  config: Config,
  options: {
    roles: readonly Role[];
    logger: Logger;
    polling?: boolean;
    /**
     * What /kpi, the workers' periodic tasks (quarterly check, meeting reminders, the sweep for stalled broadcasts) and a
     * broadcast's start take as now; tests move it.
     */
    clock?: () => Date;
    /** The interface /livez and /readyz listen on (all of them by default); the sandbox keeps them to 127.0.0.1. */
    httpHost?: string;
    /** Pages that may show the dashboard in a frame (the sandbox's page), besides Telegram Web. */
    dashboardFrameAncestors?: () => readonly string[];
  },
): App {
  const { logger, roles } = options;
  const clock = options.clock ?? (() => new Date());
  const db = createDb(config.databaseUrl, { poolSize: config.databasePoolSize });
  // Reports read from the replica when there is one; everything that writes, and what decides a write, uses `db`.
  const reads = config.databaseReplicaUrl ? createDb(config.databaseReplicaUrl, { poolSize: config.databasePoolSize }) : db;
  // Bot state (conversations, rate limits) fails fast when Redis is away, so people hear "try again".
  // Commands of updates handled at the same moment (each update's rate-limit count, then its conversation state) go
  // out as one write and come back as one read instead of one each (README, Performance).
  const redis = connectRedis(config, { keyPrefix: `${config.redisPrefix}:`, maxRetriesPerRequest: 1, enableAutoPipelining: true });
  const queueRedis = connectRedis(config, { maxRetriesPerRequest: 1, lazyConnect: true });
  for (const connection of [redis, queueRedis]) {
    connection.on("error", (error: Error) => logger.warn({ err: error.message }, "redis connection error"));
  }
  const queue = createDeliveryQueue(queueRedis, config.queuePrefix, config.deliveryRetryMs);
  queue.on("error", (error: Error) => logger.warn({ err: error.message }, "delivery queue error"));
  const superadmins = new Superadmins(new Map(config.bots.map((b) => [b.messenger, b.adminIds])));
  const coverage = new CoverageService(reads);
  const services: AppServices = {
    people: new PeopleService(db, superadmins),
    ngos: new NgoService(db, superadmins),
    memberships: new MembershipService(db),
    officials: new OfficialService(db),
    reference: new ReferenceService(db),
    directory: new DirectoryService(reads),
    partners: new PartnerService(db),
    coverage,
    duplicates: new DuplicateService(db),
    needs: new NeedsService(db, reads),
    broadcasts: new BroadcastService(db),
    meetings: new MeetingService(db),
    kpi: new KpiService(db, reads),
    transparency: new TransparencyService(reads, coverage),
  };
  const broadcastQueue = new BroadcastQueue(queue);
  const i18n = createI18n();
  // Every bot (a messenger's for the whole country, a province's), each with its adapter (src/messengers/): chosen
  // here and nowhere else.
  const adapters = config.bots.map((settings) => adapterFor(settings, logger));
  const bots = new Map(
    adapters.map((messenger) => [messenger.settings.key, createBot({ config, services, i18n, redis, logger, clock, messenger })] as const),
  );
  const [firstBot] = bots.values();
  if (!firstBot) throw new Error("no messenger configured"); // loadConfig requires one
  const bot = firstBot;

  const stoppers: (() => Promise<unknown>)[] = [];
  let http: Server | null = null;
  let queueWorker: Worker | undefined;
  let stopped = false;

  return {
    bot,
    bots,
    services,
    jobs: { broadcasts: broadcastQueue },
    httpAddress: () => (http?.address() as AddressInfo | null) ?? null,
    queueWorker: () => queueWorker,
    async start() {
      stoppers.push(
        () => db.$disconnect(),
        ...(reads === db ? [] : [() => reads.$disconnect()]),
        () => redis.quit(),
        () => queueRedis.quit(),
        () => queue.close(),
      );
      for (const each of bots.values()) await each.init();
      await checkBotProvinces(config, services);

      // Every process answers /livez and /readyz; the bot's also takes webhook updates, at each messenger's path.
      const webhook = roles.includes("bot") ? config.webhook : undefined;
      // Webhook updates are queued per chat in Redis, so bot replicas behind a load balancer keep each chat in order.
      const chatQueue = webhook
        ? new ChatOrderedUpdates(
            redis,
            new Map(
              adapters.map((adapter) => [
                adapter.keyScope,
                (update) => (bots.get(adapter.settings.key) as Bot<BotContext>).handleUpdate(update),
              ]),
            ),
            logger,
          )
        : undefined;
      const webhooks =
        webhook && chatQueue
          ? adapters.map((adapter) => ({
              adapter,
              bot: bots.get(adapter.settings.key) as Bot<BotContext>,
              ...adapter.webhook(webhook),
              accept: (update: Update) => chatQueue.accept(adapter.keyScope, update),
            }))
          : [];
      http = createHttpServer({
        ready: {
          postgres: () => db.$queryRaw`SELECT 1`.then(() => true),
          ...(reads === db ? {} : { replica: () => reads.$queryRaw`SELECT 1`.then(() => true) }),
          redis: () => redis.ping().then(() => true),
          ...(roles.includes("worker") ? { worker: () => queueWorker?.isRunning() === true } : {}),
        },
        logger,
        webhooks,
        // The bot's process serves the officials' dashboard.
        ...(roles.includes("bot")
          ? {
              pages: lazyDashboard({
                config,
                services,
                i18n,
                redis,
                logger,
                clock,
                ...(options.dashboardFrameAncestors ? { frameAncestors: options.dashboardFrameAncestors } : {}),
              }),
            }
          : {}),
      });
      const server = http;
      if (chatQueue) {
        chatQueue.start();
        // Stopped after the server: no update is taken any more, and those under way finish first.
        stoppers.push(() => chatQueue.stop());
      }
      // A port in use fails the start instead of crashing the process.
      await new Promise<void>((resolve, reject) => {
        const listening = () => {
          server.off("error", reject);
          resolve();
        };
        server.once("error", reject);
        if (options.httpHost) server.listen(config.httpPort, options.httpHost, listening);
        else server.listen(config.httpPort, listening);
      });
      stoppers.push(() => new Promise((resolve) => server.close(resolve)));

      if (roles.includes("worker")) {
        // Workers block on Redis: they need a connection that retries forever.
        const workerRedis = connectRedis(config, { maxRetriesPerRequest: null });
        workerRedis.on("error", (error: Error) => logger.warn({ err: error.message }, "redis connection error (worker)"));
        const outlets = new Map<string, Outlet>();
        const limits = new Map<string, SendLimits>();
        for (const adapter of adapters) {
          const api = new Api(adapter.settings.token, botApiClient(adapter.settings.apiRoot));
          // Only the messenger's form: the workers handle 429s themselves (delivery.ts), unlike the bot's autoRetry.
          api.config.use(...adapter.transformers);
          const { key } = adapter.settings;
          const botUsername = (bots.get(key) as Bot<BotContext>).botInfo.username;
          outlets.set(key, { adapter, api, botUsername });
          limits.set(
            key,
            createSendLimits(redis, {
              perSecond: adapter.settings.sendRatePerSecond,
              paidBroadcastsPerSecond: adapter.settings.paidBroadcastRate,
              // A send unanswered this long belongs to a process that died, like its job.
              leaseMs: config.jobLockMs,
              logger,
              scope: adapter.keyScope,
            }),
          );
        }
        const sender = new MessengerSender(outlets, i18n, services, config.jobLockMs);
        const broadcastRate = config.bots.reduce((sum, b) => sum + b.broadcastRatePerSecond, 0);
        const dispatcher = new OutboxDispatcher(
          db,
          config.databaseUrl,
          queue,
          config.queuePrefix,
          broadcastIntents(services.broadcasts, broadcastQueue),
          logger,
          config.outboxIntervalMs,
        );
        const worker = createDeliveryWorker({
          connection: workerRedis,
          prefix: config.queuePrefix,
          sender,
          markUnreachable: (id) => services.people.markUnreachable(id, new Date()),
          broadcasts: broadcastDeliveries(services.broadcasts, broadcastQueue, clock),
          outbox: dispatcher.records(),
          limits,
          // Enough jobs under way to keep the windows full while others wait on Postgres and the messengers, and few
          // enough that none waits long for its slot while it holds its job's lock (a tenth of the rates, at least 8).
          concurrency: Math.max(8, Math.ceil(broadcastRate / 10)),
          lockMs: config.jobLockMs,
          logger,
        });
        queueWorker = worker;
        const statusReporter = new BroadcastStatusReporter(outlets, i18n, services, config.broadcastRatePerSecond, logger);
        dispatcher.start();
        const schedules = await startSchedules({
          connection: workerRedis,
          prefix: config.queuePrefix,
          tasks: {
            "meeting-reminders": {
              everyMs: config.schedulerTickMs,
              run: () => services.meetings.remindDue(clock(), config.meetingRemindersBeforeMs),
            },
            "needs-due": {
              everyMs: config.schedulerTickMs,
              run: () => services.needs.processDue(new Date(), config.needsRemindersBeforeDeadlineMs),
            },
            // The start job of a scheduled broadcast is delayed in Redis; this catches one Redis lost.
            "broadcasts-overdue": {
              everyMs: config.schedulerTickMs,
              run: async () => {
                for (const id of await services.broadcasts.overdue(new Date(Date.now() - config.schedulerTickMs))) {
                  await broadcastQueue.schedule(id, new Date());
                }
              },
            },
            "broadcasts-stalled": {
              everyMs: config.broadcastStatusIntervalMs,
              run: async () => {
                for (const stalled of await services.broadcasts.takeOverStalled(clock(), config.broadcastStallMs)) {
                  logger.warn(
                    { broadcastId: stalled.id, pending: stalled.pending.length },
                    "broadcast stalled: queueing its pending deliveries again",
                  );
                  await broadcastQueue.drop(stalled.id, stalled.previous, stalled.pending);
                  await broadcastQueue.enqueue(stalled.id, stalled.generation, stalled.pending);
                }
              },
            },
            "quarterly-check": { cron: config.quarterlyCheckCron, run: () => services.kpi.quarterlyCheck(clock()) },
            "broadcast-status": { everyMs: config.broadcastStatusIntervalMs, run: () => statusReporter.refresh(new Date()) },
          },
          logger,
        });
        const watch = await watchForLostRedis({
          connection: workerRedis,
          prefix: config.queuePrefix,
          intervalMs: config.redisCheckIntervalMs,
          logger,
          recover: async () => {
            await schedules.restore();
            const requeued = await dispatcher.redispatch();
            for (const { id, sendAt } of await services.broadcasts.scheduled()) await broadcastQueue.schedule(id, sendAt);
            // Every running broadcast lost its jobs: queue its pending deliveries again, as a new generation.
            const running = await services.broadcasts.takeOverRunning(clock());
            for (const taken of running) await broadcastQueue.enqueue(taken.id, taken.generation, taken.pending);
            logger.warn({ messages: requeued, broadcasts: running.length }, "queued again after Redis lost its data");
          },
        });
        stoppers.push(
          () => workerRedis.quit(),
          () => worker.close(),
          () => dispatcher.stop(),
          () => schedules.close(),
          () => watch.stop(),
        );
        logger.info("delivery worker started");
      }

      if (roles.includes("bot")) {
        for (const each of bots.values()) await publishDefaultCommands(each.api, i18n);
        await services.people.refreshSuperadminCommands();
        for (const hook of webhooks) {
          await hook.bot.api.setWebhook(hook.url, {
            ...(hook.secretToken ? { secret_token: hook.secretToken } : {}),
            allowed_updates: ["message", "callback_query", "my_chat_member"],
          });
          // Bale's URL carries its secret: log only the host.
          logger.info({ bot: hook.adapter.settings.key, host: new URL(hook.url).host }, "webhook mode");
        }
        if (!webhook && options.polling !== false) {
          for (const [key, each] of bots) {
            await each.api.deleteWebhook();
            const runner: RunnerHandle = run(each, {
              runner: { fetch: { allowed_updates: ["message", "callback_query", "my_chat_member"] } },
              // Bounded: a burst (thousands pressing one button) waits in the messenger's queue, not in this process's
              // memory. More updates at once than this only queue for the database's connections.
              sink: { concurrency: RUNNER_CONCURRENCY },
            });
            stoppers.push(() => (runner.isRunning() ? runner.stop() : Promise.resolve()));
            logger.info({ bot: key, username: each.botInfo.username }, "long polling");
          }
        }
      }
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      for (const stopper of stoppers.reverse()) {
        try {
          await stopper();
        } catch (error) {
          logger.warn({ err: error }, "error while stopping");
        }
      }
    },
  };
}

/**
 * The dashboard, loaded with the first request that is not a health check or a webhook: a bot process whose
 * officials never open it does not hold its pages (README, Performance).
 */
function lazyDashboard(deps: DashboardDeps): DashboardHandler {
  let loading: Promise<DashboardHandler> | undefined;
  return async (req, res) => {
    loading ??= import("./dashboard/server.js").then((module) => module.createDashboard(deps));
    return (await loading)(req, res);
  };
}

/** A province's bot names its province by code: one the reference data does not have is a configuration error. */
async function checkBotProvinces(config: Config, services: AppServices): Promise<void> {
  const known = new Set((await services.reference.provinces()).map((province) => province.code));
  const unknown = config.bots.find((bot) => bot.province !== undefined && !known.has(bot.province));
  if (unknown) {
    throw new ConfigError(
      `Configuration error: BOTS names the province "${unknown.province}", which the reference data does not have (known: ${[...known].join(", ")})`,
    );
  }
}
