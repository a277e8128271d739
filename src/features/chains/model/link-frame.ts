/**
 * The box the map frames when a chain link is clicked: every firm and project of the link (its point)
 * and every park they are registered to (the park's bbox). A single point, or points close together,
 * get at least `minSpan` degrees each way so the camera does not zoom to a street corner.
 */
export type Bbox = [number, number, number, number];

export function linkFrame(points: [number, number][], parkBoxes: Bbox[], minSpan = 0.02): Bbox | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  for (const [bw, bs, be, bn] of parkBoxes) {
    w = Math.min(w, bw);
    s = Math.min(s, bs);
    e = Math.max(e, be);
    n = Math.max(n, bn);
  }
  if (!Number.isFinite(w)) return null;
  const padX = Math.max(0, (minSpan - (e - w)) / 2);
  const padY = Math.max(0, (minSpan - (n - s)) / 2);
  return [w - padX, s - padY, e + padX, n + padY];
}
