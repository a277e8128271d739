/** The verdicts over the shipped data, with sample data included and excluded (the acceptance cases). */
import { describe, expect, it } from 'vitest';
import { shippedIndex } from '../../../../test/support/shipped-data';
import { assessChain, bigProjectRule } from '@/lib/domain/chain-status';

const all = shippedIndex();
const pub = shippedIndex(false);

describe('rubber over the shipped data', () => {
  it('with sample data: every link shows its records and how many are sample', () => {
    const got = assessChain(all.linksOf('rubber'), all.nodes, 'rubber');
    const withRecords = got.filter((g) => g.evidence.total > 0);
    expect(withRecords.length).toBeGreaterThan(0);
    for (const g of got) {
      expect(g.evidence.total).toBe(g.nodes.length);
      expect(g.evidence.sample).toBe(g.nodes.filter((n) => n.provenance === 'sample').length);
    }
  });
  it('without sample data: no link reads "missing" merely for lack of a public record', () => {
    const got = assessChain(pub.linksOf('rubber'), pub.nodes, 'rubber', { publicOnly: true });
    expect(got.some((g) => g.status === 'missing')).toBe(false);
    for (const g of got) if (g.evidence.total === 0) expect(g.status).toBe('unrecorded');
    expect(got.every((g) => g.evidence.sample === 0)).toBe(true);
  });
  it('the 5亿 rule: the sample glove project (in talks, exactly 5亿) does not count; it is in the pipeline', () => {
    const rb08 = all.node('rb-08');
    expect(rb08).toMatchObject({ status: 'talks', investment_wan: 50000 });
    const withSample = bigProjectRule(all.nodes, 'rubber');
    expect(withSample.landed.map((n) => n.id)).not.toContain('rb-08');
    expect(withSample.pipeline.map((n) => n.id)).toContain('rb-08');
    expect(withSample.met).toBe(false);
    const real = bigProjectRule(pub.nodes, 'rubber');
    expect(real).toMatchObject({ met: false, landed: [], pipeline: [] });
  });
});
