import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** Without durations from an earlier run: the tiers whose files wait longest first (e2e sends at Telegram's rate). */
const TIER_ORDER: Record<string, number> = { e2e: 0, integration: 1, unit: 2 };

/**
 * The tiers share the workers (one group): a worker that finishes takes the next file, whatever its tier. The
 * longest files start first, so that none starts last and keeps one worker busy while the others have nothing left:
 * by their durations in the previous run (vitest's cache), across tiers; in a first run, by tier, then largest first.
 */
export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const key = (spec: TestSpecification) => `${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`;
    const durations = new Map(files.map((spec) => [spec, this.ctx.cache.getFileTestResults(key(spec))?.duration]));
    if (files.every((spec) => durations.get(spec) !== undefined)) {
      return [...files].sort((a, b) => (durations.get(b) ?? 0) - (durations.get(a) ?? 0));
    }
    const size = (spec: TestSpecification) => this.ctx.cache.getFileStats(key(spec))?.size ?? 0;
    const tier = (spec: TestSpecification) => TIER_ORDER[spec.project.name] ?? 1;
    return [...files].sort((a, b) => tier(a) - tier(b) || size(b) - size(a));
  }
}
