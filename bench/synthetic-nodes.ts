/**
 * Deterministic synthetic chain nodes for the filter benchmark: N sample records spread over the
 * parks with their own outline, each inside its park, industries and links taken in turn.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, Polygon } from 'geojson';

/** A small linear congruential generator: the same seed gives the same nodes on every machine. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface SynthInput {
  parks: Feature<Polygon, { id: string }>[];
  links: { id: string; industry: string }[];
}

export function syntheticNodeRows(n: number, { parks, links }: SynthInput, seed = 20000): string[] {
  const rand = lcg(seed);
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const park = parks[i % parks.length] as Feature<Polygon, { id: string }>;
    const link = links[Math.floor(rand() * links.length)] as { id: string; industry: string };
    const ring = park.geometry.coordinates[0] ?? [];
    const xs = ring.map((p) => p[0] ?? 0);
    const ys = ring.map((p) => p[1] ?? 0);
    let lon = 0;
    let lat = 0;
    do {
      lon = Math.min(...xs) + rand() * (Math.max(...xs) - Math.min(...xs));
      lat = Math.min(...ys) + rand() * (Math.max(...ys) - Math.min(...ys));
    } while (!booleanPointInPolygon([lon, lat], park));
    const id = `syn-${String(i).padStart(5, '0')}`;
    const inv = Math.floor(rand() * 30000);
    rows.push(
      [
        id,
        i % 7 === 0 ? 'project' : 'firm',
        'false',
        `示例·合成节点${i}`,
        `Synthetic node ${i}`,
        link.industry,
        link.id,
        park.properties.id,
        lon.toFixed(5),
        lat.toFixed(5),
        String(inv),
        'sample',
        'synthetic benchmark record',
        '2026-11',
        '',
      ].join(','),
    );
  }
  return rows;
}
