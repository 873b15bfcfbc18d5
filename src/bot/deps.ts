import type { I18n } from "@grammyjs/i18n";
import type { Config } from "../config.js";
import type { BroadcastService } from "../domain/broadcasts.js";
import type { CoverageService } from "../domain/coverage.js";
import type { DirectoryService } from "../domain/directory.js";
import type { DuplicateService } from "../domain/duplicates.js";
import type { KpiService } from "../domain/kpi.js";
import type { MeetingService } from "../domain/meetings/service.js";
import type { MembershipService } from "../domain/memberships.js";
import type { NeedsService } from "../domain/needs/service.js";
import type { NgoService } from "../domain/ngos.js";
import type { OfficialService } from "../domain/officials.js";
import type { PartnerService } from "../domain/partners.js";
import type { PeopleService } from "../domain/people.js";
import type { ReferenceService } from "../domain/reference.js";
import type { TransparencyService } from "../domain/transparency.js";
import type { Logger } from "../logger.js";
import type { MessengerAdapter } from "../messengers/index.js";
import type { RedisClient } from "../redis.js";

export type AppServices = {
  people: PeopleService;
  ngos: NgoService;
  memberships: MembershipService;
  officials: OfficialService;
  reference: ReferenceService;
  directory: DirectoryService;
  partners: PartnerService;
  coverage: CoverageService;
  duplicates: DuplicateService;
  needs: NeedsService;
  broadcasts: BroadcastService;
  meetings: MeetingService;
  kpi: KpiService;
  transparency: TransparencyService;
};

/** Everything the bot's features need, built once by the composition root. */
export type BotDeps = {
  config: Config;
  services: AppServices;
  i18n: I18n;
  redis: RedisClient;
  logger: Logger;
  /** The messenger this bot runs on: one bot per messenger, the same services behind them. */
  messenger: MessengerAdapter;
  /** What the bot takes as now where the quarter matters (the indicators of /kpi). */
  clock: () => Date;
};
