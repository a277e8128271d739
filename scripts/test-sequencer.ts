/**
 * Test files in the order that finishes soonest on two workers: the longest first (seconds from
 * test/durations.json, a recent CI run), so the short ones fill in at the end instead of one long file
 * starting last. A file not listed (new) runs first, as vitest does with files it has no timing for.
 * The order changes nothing else: every file still runs, in its own project. Refresh the list with
 * `node scripts/write-test-durations.mjs` after a full run.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const durations: Record<string, number> = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'test', 'durations.json'), 'utf8'),
);

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const seconds = (f: TestSpecification) =>
      durations[relative(root, f.moduleId).replaceAll('\\', '/')] ?? Number.POSITIVE_INFINITY;
    const sorted = [...files].sort((a, b) => seconds(b) - seconds(a));
    if (process.env.XSBN_SEQUENCE) console.log(sorted.map((f) => relative(root, f.moduleId)).join('\n'));
    return sorted;
  }
}
