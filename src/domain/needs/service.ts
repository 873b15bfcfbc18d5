import type { Db } from "../../data/prisma.js";
import { NeedsCatalogue } from "./catalogue.js";
import { NeedsDeadlines } from "./deadlines.js";
import { NeedsReports } from "./report.js";
import { NeedsRounds } from "./rounds.js";
import { NeedsSurvey } from "./survey.js";

/**
 * Training needs (the governor's three pillars): officials open survey rounds,
 * leaders of verified NGOs answer until the deadline, and officials read the
 * demand per topic, county and field of activity in their own scope. One
 * entry point for callers, made of the parts in this folder.
 */
export class NeedsService {
  private readonly catalogue: NeedsCatalogue;
  private readonly rounds: NeedsRounds;
  private readonly survey: NeedsSurvey;
  private readonly deadlines: NeedsDeadlines;
  private readonly reports: NeedsReports;

  /** `reads`: where the round reports read, a read replica when there is one. */
  constructor(db: Db, reads: Db = db) {
    this.catalogue = new NeedsCatalogue(db);
    this.rounds = new NeedsRounds(db);
    this.survey = new NeedsSurvey(db);
    this.deadlines = new NeedsDeadlines(db);
    this.reports = new NeedsReports(reads, this.rounds);
  }

  topics = () => this.catalogue.topics();
  addTopic = (...a: Parameters<NeedsCatalogue["addTopic"]>) => this.catalogue.addTopic(...a);

  openableCounties = (...a: Parameters<NeedsRounds["openableCounties"]>) => this.rounds.openableCounties(...a);
  openRound = (...a: Parameters<NeedsRounds["openRound"]>) => this.rounds.openRound(...a);
  roundsFor = (...a: Parameters<NeedsRounds["roundsFor"]>) => this.rounds.roundsFor(...a);
  visibleRound = (...a: Parameters<NeedsRounds["visibleRound"]>) => this.rounds.visibleRound(...a);
  closeRound = (...a: Parameters<NeedsRounds["closeRound"]>) => this.rounds.closeRound(...a);
  closingSummary = (...a: Parameters<NeedsRounds["closingSummary"]>) => this.rounds.closingSummary(...a);

  roundsForLeader = (...a: Parameters<NeedsSurvey["roundsForLeader"]>) => this.survey.roundsForLeader(...a);
  startSurvey = (...a: Parameters<NeedsSurvey["startSurvey"]>) => this.survey.startSurvey(...a);
  submit = (...a: Parameters<NeedsSurvey["submit"]>) => this.survey.submit(...a);
  stillWaiting = (...a: Parameters<NeedsSurvey["stillWaiting"]>) => this.survey.stillWaiting(...a);

  processDue = (...a: Parameters<NeedsDeadlines["processDue"]>) => this.deadlines.processDue(...a);

  report = (...a: Parameters<NeedsReports["report"]>) => this.reports.report(...a);
}
