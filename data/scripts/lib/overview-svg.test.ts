import { describe, expect, it } from 'vitest';
import { validateAndDerive } from './build';
import { overviewProjection, overviewSvg } from './overview-svg';
import { join } from 'node:path';

const outputs = validateAndDerive(join(import.meta.dirname, '..', '..'));

describe('the map page’s static overview (geo/overview.svg)', () => {
  it('spans exactly PREFECTURE_BOUNDS in Web Mercator, as the map’s first view fits them', () => {
    const p = overviewProjection(1000);
    expect(p.point(99.95, 22.6)).toEqual([0, 0]);
    const [x, y] = p.point(101.86, 21.13);
    expect(x).toBeCloseTo(1000, 6);
    expect(Math.abs(y - p.height)).toBeLessThan(0.5);
    // Mercator, not plate carrée: a degree of latitude is longer in the north of the box.
    const north = p.point(100, 22.6)[1] - p.point(100, 22.5)[1];
    const south = p.point(100, 21.23)[1] - p.point(100, 21.13)[1];
    expect(Math.abs(north)).toBeGreaterThan(Math.abs(south));
  });

  it('draws the land, the borders, the axis and wings, the lines and one outline per drawn park, and no text', () => {
    const svg = overviewSvg(outputs);
    const p = overviewProjection(1000);
    expect(svg).toContain(`viewBox="0 0 1000 ${p.height}"`);
    expect(svg).not.toMatch(/<text|<script|style=/);
    const parks = (
      outputs['parks.geojson'] as { features: { properties: { extent: string } }[] }
    ).features.filter((f) => f.properties.extent === 'polygon');
    expect(svg.match(/fill-opacity="0.3"/g)).toHaveLength(parks.length);
    for (const colour of ['#fbfaf6', '#7b2d8e', '#e8a33d', '#2f7f86', '#7fb2d9', '#3a3a3a'])
      expect(svg, colour).toContain(colour);
    // Small enough to paint with the page (a few tens of kB).
    expect(svg.length).toBeLessThan(120_000);
  });
});
