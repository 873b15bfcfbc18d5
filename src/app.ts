import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type RunnerHandle, run } from "@grammyjs/runner";
import type { Worker } from "bullmq";
import { Api, type Bot } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { Redis } from "ioredis";
import { publishDefaultCommands } from "./bot/commands.js";
import type { BotContext } from "./bot/context.js";
import type { AppServices } from "./bot/deps.js";
import { createBot } from "./bot/index.js";
import type { Config } from "./config.js";
import { createDashboard } from "./dashboard/server.js";
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
import { createHttpServer } from "./http.js";
import { createI18n } from "./i18n.js";
import { BroadcastQueue, broadcastDeliveries, broadcastIntents } from "./jobs/broadcasts.js";
import { createDeliveryQueue, createDeliveryWorker } from "./jobs/delivery.js";
import { OutboxDispatcher } from "./jobs/outbox.js";
import { watchForLostRedis } from "./jobs/recovery.js";
import { startSchedules } from "./jobs/schedules.js";
import { createSendLimits } from "./jobs/send-limiter.js";
import type { Logger } from "./logger.js";
import { BroadcastStatusReporter } from "./notifications/broadcast-status.js";
import { TelegramSender } from "./notifications/sender.js";

export type Role = "bot" | "worker";

/** Updates handled at once by a polling bot: a few times the database's connections (src/data/prisma.ts). */
const RUNNER_CONCURRENCY = 100;

export type App = {
  bot: Bot<BotContext>;
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
    botInfo?: UserFromGetMe;
    polling?: boolean;
    /** What /kpi and the workers' periodic tasks (quarterly check, meeting reminders) take as now; tests move it. */
    clock?: () => Date;
    /** The interface /livez and /readyz listen on (all of them by default); the sandbox keeps them to 127.0.0.1. */
    httpHost?: string;
    /** Pages that may show the dashboard in a frame (the sandbox's page), besides Telegram Web. */
    dashboardFrameAncestors?: () => readonly string[];
  },
): App {
  const { logger, roles } = options;
  const clock = options.clock ?? (() => new Date());
  const db = createDb(config.databaseUrl);
  // Bot state (conversations, rate limits) fails fast when Redis is away, so people hear "try again".
  const redis = new Redis(config.redisUrl, { keyPrefix: `${config.redisPrefix}:`, maxRetriesPerRequest: 1 });
  const queueRedis = new Redis(config.redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
  for (const connection of [redis, queueRedis]) {
    connection.on("error", (error: Error) => logger.warn({ err: error.message }, "redis connection error"));
  }
  const queue = createDeliveryQueue(queueRedis, config.redisPrefix);
  queue.on("error", (error: Error) => logger.warn({ err: error.message }, "delivery queue error"));
  const services: AppServices = {
    people: new PeopleService(db, config.adminIds),
    ngos: new NgoService(db, config.adminIds),
    memberships: new MembershipService(db),
    officials: new OfficialService(db),
    reference: new ReferenceService(db),
    directory: new DirectoryService(db),
    partners: new PartnerService(db),
    coverage: new CoverageService(db),
    duplicates: new DuplicateService(db),
    needs: new NeedsService(db),
    broadcasts: new BroadcastService(db),
    meetings: new MeetingService(db),
    kpi: new KpiService(db),
  };
  const broadcastQueue = new BroadcastQueue(queue);
  const i18n = createI18n();
  const bot = createBot({ config, services, i18n, redis, logger, clock }, options.botInfo ? { botInfo: options.botInfo } : {});

  const stoppers: (() => Promise<unknown>)[] = [];
  let http: Server | null = null;
  let queueWorker: Worker | undefined;
  let stopped = false;

  return {
    bot,
    services,
    jobs: { broadcasts: broadcastQueue },
    httpAddress: () => (http?.address() as AddressInfo | null) ?? null,
    queueWorker: () => queueWorker,
    async start() {
      stoppers.push(
        () => db.$disconnect(),
        () => redis.quit(),
        () => queueRedis.quit(),
        () => queue.close(),
      );
      await bot.init();

      // Every process answers /livez and /readyz; the bot's also takes webhook updates.
      const webhook = roles.includes("bot") && config.webhook;
      http = createHttpServer({
        ready: {
          postgres: () => db.$queryRaw`SELECT 1`.then(() => true),
          redis: () => redis.ping().then(() => true),
          ...(roles.includes("worker") ? { worker: () => queueWorker?.isRunning() === true } : {}),
        },
        logger,
        ...(webhook ? { webhook: { bot, secret: webhook.secret, path: new URL(webhook.url).pathname } } : {}),
        // The bot's process serves the officials' dashboard.
        ...(roles.includes("bot")
          ? {
              pages: createDashboard({
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
        const workerRedis = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
        workerRedis.on("error", (error: Error) => logger.warn({ err: error.message }, "redis connection error (worker)"));
        const workerApi = new Api(config.botToken, { apiRoot: config.botApiRoot });
        const sender = new TelegramSender(workerApi, i18n, services, bot.botInfo.username);
        const dispatcher = new OutboxDispatcher(
          db,
          queue,
          config.redisPrefix,
          broadcastIntents(services.broadcasts, broadcastQueue),
          logger,
          config.outboxIntervalMs,
        );
        const worker = createDeliveryWorker({
          connection: workerRedis,
          prefix: config.redisPrefix,
          sender,
          markUnreachable: (id) => services.people.markUnreachable(id, new Date()),
          broadcasts: broadcastDeliveries(services.broadcasts, broadcastQueue),
          outbox: dispatcher.records(),
          limits: createSendLimits(redis, {
            perSecond: config.sendRatePerSecond,
            paidBroadcastsPerSecond: config.paidBroadcastRate,
            // A send unanswered this long belongs to a process that died, like its job.
            leaseMs: config.jobLockMs,
            logger,
          }),
          // Enough jobs under way to keep the window full while others wait on Postgres and Telegram, and few
          // enough that none waits long for its slot while it holds its job's lock (a tenth of the rate, at least 8).
          concurrency: Math.max(8, Math.ceil(config.broadcastRatePerSecond / 10)),
          lockMs: config.jobLockMs,
          logger,
        });
        queueWorker = worker;
        const statusReporter = new BroadcastStatusReporter(workerApi, i18n, services, config.broadcastRatePerSecond, logger);
        dispatcher.start();
        const schedules = await startSchedules({
          connection: workerRedis,
          prefix: config.redisPrefix,
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
                for (const stalled of await services.broadcasts.takeOverStalled(new Date(), config.broadcastStallMs)) {
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
          prefix: config.redisPrefix,
          intervalMs: config.redisCheckIntervalMs,
          logger,
          recover: async () => {
            await schedules.restore();
            const requeued = await dispatcher.redispatch();
            for (const { id, sendAt } of await services.broadcasts.scheduled()) await broadcastQueue.schedule(id, sendAt);
            // Every running broadcast lost its jobs: queue its pending deliveries again, as a new generation.
            const running = await services.broadcasts.takeOverStalled(new Date(), 0);
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
        await publishDefaultCommands(bot.api, i18n);
        await services.people.refreshCommandsOf([...config.adminIds]);
        if (config.webhook) {
          await bot.api.setWebhook(config.webhook.url, {
            secret_token: config.webhook.secret,
            allowed_updates: ["message", "callback_query", "my_chat_member"],
          });
          logger.info({ url: config.webhook.url }, "webhook mode");
        } else if (options.polling !== false) {
          await bot.api.deleteWebhook();
          const runner: RunnerHandle = run(bot, {
            runner: { fetch: { allowed_updates: ["message", "callback_query", "my_chat_member"] } },
            // Bounded: a burst (thousands pressing one button) waits in Telegram's queue, not in this process's memory.
            // More updates at once than this only queue for the database's connections.
            sink: { concurrency: RUNNER_CONCURRENCY },
          });
          stoppers.push(() => (runner.isRunning() ? runner.stop() : Promise.resolve()));
          logger.info({ bot: bot.botInfo.username }, "long polling");
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
