import { type KeyboardEvent, useRef, useState } from 'react';

/**
 * A roving tabindex (WAI-ARIA: one Tab stop for a group, the arrow keys move within it, Home and End go
 * to its ends): `item(i)` gives the i-th control of `count` its ref, tabIndex and handlers. The last
 * control focused keeps the Tab stop.
 */
export function useRoving(count: number) {
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLElement | null)[]>([]);
  const current = Math.max(0, Math.min(active, count - 1));
  const move = (e: KeyboardEvent, i: number) => {
    const to =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? (i + 1) % count
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? (i - 1 + count) % count
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? count - 1
              : null;
    if (to === null) return;
    e.preventDefault();
    setActive(to);
    refs.current[to]?.focus();
  };
  return (i: number) => ({
    ref: (el: HTMLElement | null) => {
      refs.current[i] = el;
    },
    tabIndex: i === current ? 0 : -1,
    onFocus: () => setActive(i),
    onKeyDown: (e: KeyboardEvent) => move(e, i),
  });
}
