import { describe, expect, it } from 'vitest';
import type { ChainNodeLike } from '@/lib/domain/chain-status';
import { cellStatus, chainMatrix } from './chain-matrix';

const n = (id: string, link: string, park: string, over: Partial<ChainNodeLike> = {}): ChainNodeLike => ({
  id,
  link,
  park,
  kind: 'firm',
  status: 'operating',
  provenance: 'sample',
  leading: false,
  investment_wan: null,
  industry: 'tea',
  ...over,
});

describe('chainMatrix', () => {
  it('rates each cell from that park’s own nodes', () => {
    const nodes = [
      n('1', 'refined', 'menghai', { leading: true }),
      n('2', 'raw', 'menghai'),
      n('3', 'raw', 'gasa', { kind: 'project' }),
    ];
    const m = chainMatrix(['refined', 'raw', 'health'], ['menghai', 'gasa'], nodes);
    expect(m.map((row) => row.map((c) => c.status))).toEqual([
      ['present', 'missing'],
      ['weak', 'weak'],
      ['missing', 'missing'],
    ]);
    expect(m[1]?.[1]?.nodes.map((x) => x.id)).toEqual(['3']);
    expect(m[1]?.[0]?.evidence).toEqual({ kind: 'records', ids: ['2'], total: 1, sample: 1 });
  });
  it('over public records only, an empty cell has no public record (not "missing")', () => {
    const nodes = [
      n('1', 'refined', 'menghai', { provenance: 'public', leading: true }),
      n('2', 'raw', 'menghai'),
    ];
    const real = nodes.filter((x) => x.provenance !== 'sample');
    const m = chainMatrix(['refined', 'raw'], ['menghai'], real, { publicOnly: true });
    expect(m.map((row) => row.map((c) => c.status))).toEqual([['present'], ['unrecorded']]);
    expect(m[0]?.[0]?.evidence).toMatchObject({ total: 1, sample: 0 });
  });
  it('thresholds: 0 missing, under 2 weak, 2 and up present', () => {
    expect([cellStatus(0), cellStatus(0.5), cellStatus(1.5), cellStatus(2)]).toEqual([
      'missing',
      'weak',
      'weak',
      'present',
    ]);
  });
});
