import { describe, expect, it } from 'vitest';
import { runSliced } from './sliced';

describe('runSliced', () => {
  it('does the work in slices of the time budget, reporting progress, and ends with every result in order', () => {
    let clock = 0;
    const queue: (() => void)[] = [];
    const progress: number[] = [];
    let done: number[] | null = null;
    const work = (n: number) => {
      clock += 10;
      return [n * 2];
    };
    runSliced([1, 2, 3, 4, 5], work, {
      budgetMs: 25,
      now: () => clock,
      schedule: (next) => queue.push(next),
      onProgress: (_, n) => progress.push(n),
      onDone: (r) => {
        done = r;
      },
    });
    expect(done).toBeNull(); // nothing runs before the first slice is scheduled
    while (queue.length) queue.shift()?.();
    expect(progress).toEqual([3]); // 3 items = 30 ms ≥ 25 ms: one yield, then the last two
    expect(done).toEqual([2, 4, 6, 8, 10]);
  });
  it('stops when cancelled', () => {
    const queue: (() => void)[] = [];
    let ran = 0;
    const count = () => {
      ran++;
      return [];
    };
    const cancel = runSliced([1, 2], count, {
      schedule: (next) => queue.push(next),
      onProgress: () => {},
      onDone: () => {},
    });
    cancel();
    while (queue.length) queue.shift()?.();
    expect(ran).toBe(0);
  });
});
