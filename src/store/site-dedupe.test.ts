import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { dedupeSites, isDuplicateSite, relativeArea, sameRing } from './site-dedupe';
import type { Site } from './site-storage';

const square: Position[] = [
  [100.8, 22.0],
  [100.81, 22.0],
  [100.81, 22.01],
  [100.8, 22.01],
  [100.8, 22.0],
];
const site = (name: string, ring: Position[], id = name): Site => ({
  id,
  name,
  created: '2026-01-01T00:00:00.000Z',
  geometry: { type: 'Polygon', coordinates: [ring as [number, number][]] },
});
const close = (r: Position[]) => [...r, r[0] as Position];

describe('duplicate sites', () => {
  it('finds the same ring from another start and in the other direction, within 1e-6°', () => {
    const open = square.slice(0, -1);
    const rotated = close([...open.slice(2), ...open.slice(0, 2)]);
    const reversed = close([...open].reverse());
    const nudged = square.map(([x, y]) => [(x as number) + 4e-7, (y as number) - 4e-7]);
    expect(sameRing(square, rotated)).toBe(true);
    expect(sameRing(square, reversed)).toBe(true);
    expect(sameRing(square, nudged)).toBe(true);
    expect(
      sameRing(
        square,
        square.map(([x, y]) => [(x as number) + 5e-6, y as number]),
      ),
    ).toBe(false);
    // Same vertices in another cyclic order (a bow tie) is another ring.
    const [a, b, c, d] = open as [Position, Position, Position, Position];
    expect(sameRing(square, close([a, c, b, d]))).toBe(false);
    expect(sameRing(square, square.slice(0, -2))).toBe(false);
  });

  it('takes a site of the same name and an area within 0.1 % as the same, another name not', () => {
    const shifted = square.map(([x, y]) => [(x as number) + 0.001, y as number]);
    expect(relativeArea(shifted) / relativeArea(square)).toBeCloseTo(1, 6);
    expect(isDuplicateSite(site('勐仑地块', shifted), site('勐仑地块', square))).toBe(true);
    expect(isDuplicateSite(site('另一地块', shifted), site('勐仑地块', square))).toBe(false);
    const bigger = square.map(([x, y]) => [100.8 + ((x as number) - 100.8) * 1.01, y as number]);
    expect(isDuplicateSite(site('勐仑地块', bigger), site('勐仑地块', square))).toBe(false);
  });

  it('skips duplicates of existing sites and of sites earlier in the same import', () => {
    const other = square.map(([x, y]) => [(x as number) + 0.1, y as number]);
    const existing = [site('A', square, 'a')];
    const { added, skipped } = dedupeSites(existing, [
      site('A copy', close(square.slice(0, -1).reverse()), 'x1'),
      site('B', other, 'x2'),
      site('B', other, 'x3'),
    ]);
    expect(added.map((s) => s.id)).toEqual(['x2']);
    expect(skipped.map((s) => s.id)).toEqual(['x1', 'x3']);
  });
});
