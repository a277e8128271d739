import { describe, expect, it } from 'vitest';
import { siteRingCheck } from './site-ring-check';

describe('siteRingCheck', () => {
  it('keeps a simple ring (closed) and refuses a bow-tie, a flat ring and too few corners', () => {
    const ok = siteRingCheck([
      [100, 22],
      [100.01, 22],
      [100.01, 22.01],
      [100, 22.01],
    ]);
    expect(ok.ok && ok.ring).toEqual([
      [100, 22],
      [100.01, 22],
      [100.01, 22.01],
      [100, 22.01],
      [100, 22],
    ]);
    const bowTie = siteRingCheck([
      [100, 22],
      [100.01, 22.01],
      [100.01, 22],
      [100, 22.01],
    ]);
    expect(!bowTie.ok && bowTie.message.key).toBe('gis.draw.problem.selfIntersects');
    const flat = siteRingCheck([
      [100, 22],
      [100.01, 22],
      [100.02, 22],
    ]);
    expect(!flat.ok && flat.message.key).toBe('gis.draw.problem.zeroArea');
    const few = siteRingCheck([
      [100, 22],
      [100.01, 22],
    ]);
    expect(!few.ok && few.message.key).toBe('gis.draw.problem.tooFew');
  });
});
