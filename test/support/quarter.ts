import { type Quarter, quarterBounds } from "../../src/domain/calendar.js";

/**
 * A quarter the quarter-bound tests (indicators, demo data) take as theirs, so
 * they never depend on where the wall clock stands in its own quarter: Tabestan
 * (summer) 1405, from 22 June to 23 September 2026.
 */
export const TEST_QUARTER: Quarter = { year: 1405, quarter: 2 };

/**
 * Moments of the quarter a test can set the app's clock to: one well inside it (noon
 * on day 41, which is no day of the quarterly check), and half an hour from each edge.
 */
export function momentsOf(quarter: Quarter): { inside: Date; firstHour: Date; lastHour: Date } {
  const { start, end } = quarterBounds(quarter);
  const hours = (n: number) => n * 3_600_000;
  return {
    inside: new Date(start.getTime() + hours(40 * 24 + 12)),
    firstHour: new Date(start.getTime() + hours(0.5)),
    lastHour: new Date(end.getTime() - hours(0.5)),
  };
}
