/**
 * The phone's bottom sheet: its three heights (peek: the title row; half; full) and where a drag ends.
 * Pure: the sheet handle (components/ui/sheet-handle) measures, this decides.
 */

export const SHEET_STATES = ['peek', 'half', 'full'] as const;
export type SheetState = (typeof SHEET_STATES)[number];

/** A drag faster than this (px per ms) is a fling: the sheet goes on to the next state that way. */
export const FLING_PX_PER_MS = 0.5;

/** The sheet's height (px) in each state, in a container of `containerPx` with a title row of `peekPx`. */
export function sheetHeights(containerPx: number, peekPx: number): Record<SheetState, number> {
  const full = Math.max(peekPx, containerPx - 8);
  const half = Math.min(full, Math.max(peekPx, Math.round(containerPx * 0.5)));
  return { peek: Math.min(peekPx, full), half, full };
}

/**
 * Where a drag ends: at `heightPx` with `velocity` (px per ms, positive = growing, i.e. the finger
 * moving up). A fling goes to the next state past the release height in its direction (or stays at
 * the last); a slow release goes to the nearest state.
 */
export function snapSheet(
  heights: Record<SheetState, number>,
  heightPx: number,
  velocity: number,
): SheetState {
  if (Math.abs(velocity) >= FLING_PX_PER_MS) {
    if (velocity > 0) return SHEET_STATES.find((s) => heights[s] > heightPx + 1) ?? 'full';
    return [...SHEET_STATES].reverse().find((s) => heights[s] < heightPx - 1) ?? 'peek';
  }
  let best: SheetState = 'peek';
  for (const s of SHEET_STATES)
    if (Math.abs(heights[s] - heightPx) < Math.abs(heights[best] - heightPx)) best = s;
  return best;
}

/** A tap on the handle (or Enter / Space): peek → half → full → peek. */
export function nextSheetState(s: SheetState): SheetState {
  return s === 'peek' ? 'half' : s === 'half' ? 'full' : 'peek';
}

/** One step up (grow) or down (shrink), for the arrow keys; stops at the ends. */
export function stepSheetState(s: SheetState, dir: 1 | -1): SheetState {
  const i = SHEET_STATES.indexOf(s) + dir;
  return SHEET_STATES[Math.min(SHEET_STATES.length - 1, Math.max(0, i))] as SheetState;
}

/** A tab chosen or an industry focused must show its content: at least half. */
export function atLeastHalf(s: SheetState): SheetState {
  return s === 'peek' ? 'half' : s;
}

/**
 * A drag's velocity from its last samples (time ms, height px): the slope over the last ~100 ms, so
 * a finger that stops before lifting is not a fling.
 */
export function dragVelocity(samples: readonly { t: number; h: number }[]): number {
  const last = samples.at(-1);
  if (!last) return 0;
  const recent = samples.filter((p) => last.t - p.t <= 100);
  const first = recent[0] ?? last;
  const dt = last.t - first.t;
  return dt > 0 ? (last.h - first.h) / dt : 0;
}
