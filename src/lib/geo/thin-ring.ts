/** Points of a drawn ring closer than this (in drawn units, px) to the last one kept are left out. */
export const THIN_PX = 0.75;

/**
 * A ring's drawn points as SVG coordinates ("x,y x,y …", implicit lineto), one decimal, leaving out
 * each point within THIN_PX of the last one kept (the ring's last point always stays): the shape at
 * its drawn size is the same, in a fraction of the bytes (the profile's locator, the map's overview).
 */
export function thinRing(points: number[][], minPx = THIN_PX, decimals = 1): string {
  const kept: string[] = [];
  let last: number[] | undefined;
  points.forEach(([px = 0, py = 0], i) => {
    const end = i === points.length - 1;
    if (last && !end && Math.hypot(px - (last[0] ?? 0), py - (last[1] ?? 0)) < minPx) return;
    last = [px, py];
    kept.push(`${px.toFixed(decimals)},${py.toFixed(decimals)}`);
  });
  return kept.join(' ');
}
