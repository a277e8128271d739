/** Every target's quote_zh is the plan's own words: each must appear verbatim in the plan's text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { targetSchema } from '../../../src/lib/schemas/monitor-records';
import { readYaml } from './read';

const root = join(import.meta.dirname, '..', '..', '..');
// The plan (西政办发〔2023〕16号) as text, beside the repository (CI checks it out there too).
const plan = readFileSync(join(root, '..', 'shared', 'seed', '000_13b5f424fcf5af9d.txt'), 'utf8');
const targets = (readYaml(join(root, 'data', 'targets.yaml'), 'targets.yaml') as unknown[]).map((t) =>
  targetSchema.parse(t),
);

describe("targets.yaml quotes the plan's 一(三) verbatim", () => {
  it('reads the plan and all 16 targets', () => {
    expect(plan).toContain('发展目标');
    expect(targets).toHaveLength(16);
  });
  it.each(targets.map((t) => [t.id, t.quote_zh]))('%s: %s', (_id, quote) => {
    expect(plan.includes(quote), `not in the plan's text: ${quote}`).toBe(true);
  });
});
