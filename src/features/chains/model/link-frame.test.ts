import { describe, expect, it } from 'vitest';
import { linkFrame } from './link-frame';

describe('linkFrame (what the map frames for a clicked link)', () => {
  it('is the union of the nodes and their parks', () => {
    // Two firms in 勐海 and one at 磨憨, with 磨憨's park box.
    expect(
      linkFrame(
        [
          [100.46, 21.95],
          [100.48, 21.96],
          [101.67, 21.2],
        ],
        [[101.6275, 21.182, 101.7155, 21.2316]],
      ),
    ).toEqual([100.46, 21.182, 101.7155, 21.96]);
  });
  it('widens a single point to the minimum span, centred on it', () => {
    const b = linkFrame([[101, 22]], [], 0.02);
    expect(b?.[0]).toBeCloseTo(100.99, 10);
    expect(b?.[1]).toBeCloseTo(21.99, 10);
    expect(b?.[2]).toBeCloseTo(101.01, 10);
    expect(b?.[3]).toBeCloseTo(22.01, 10);
  });
  it('is null for a link with nothing on the map (the camera stays)', () => {
    expect(linkFrame([], [])).toBeNull();
    expect(linkFrame([[Number.NaN, 22]], [])).toBeNull();
  });
});
