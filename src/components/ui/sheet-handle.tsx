import { type KeyboardEvent, type MouseEvent, type PointerEvent, type RefObject, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  dragVelocity,
  nextSheetState,
  type SheetState,
  sheetHeights,
  snapSheet,
  stepSheetState,
} from '@/lib/sheet-snap';
import './sheet.css';

/** Moves shorter than this (px) are a tap, not a drag. */
const TAP_SLOP_PX = 6;

/**
 * The phone sheet's handle: a button at the top of the sheet. Dragged, the sheet follows the finger
 * and snaps to peek, half or full when let go (sheet-snap decides); tapped, or Enter / Space, it steps
 * peek → half → full → peek; the arrow keys step up and down. Shown only on phones (sheet.css).
 */
export function SheetHandle({
  state,
  onChange,
  sheet,
  testId,
}: {
  state: SheetState;
  onChange: (s: SheetState) => void;
  /** The sheet it resizes; its parent is the space the sheet may take. */
  sheet: RefObject<HTMLElement | null>;
  testId?: string;
}) {
  const { t } = useTranslation();
  const drag = useRef<{
    y: number;
    h: number;
    id: number;
    moved: boolean;
    samples: { t: number; h: number }[];
  }>(null);
  const dragged = useRef(false);

  const heights = (el: HTMLElement) => {
    const parent = el.parentElement?.getBoundingClientRect().height ?? window.innerHeight;
    const peek = Number.parseFloat(getComputedStyle(el).getPropertyValue('--sheet-peek')) || 76;
    return sheetHeights(parent, peek);
  };
  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    const el = sheet.current;
    if (!el || !e.isPrimary) return;
    dragged.current = false;
    e.currentTarget.setPointerCapture(e.pointerId);
    const h = el.getBoundingClientRect().height;
    drag.current = { y: e.clientY, h, id: e.pointerId, moved: false, samples: [{ t: e.timeStamp, h }] };
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    const el = sheet.current;
    if (!d || !el || e.pointerId !== d.id) return;
    const dy = d.y - e.clientY;
    if (!d.moved && Math.abs(dy) < TAP_SLOP_PX) return;
    d.moved = true;
    const hs = heights(el);
    const h = Math.min(hs.full, Math.max(hs.peek, d.h + dy));
    d.samples.push({ t: e.timeStamp, h });
    if (d.samples.length > 20) d.samples.shift();
    el.dataset.dragging = 'true';
    el.style.height = `${h}px`;
  };
  const onPointerEnd = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    const el = sheet.current;
    if (!d || e.pointerId !== d.id) return;
    drag.current = null;
    if (!el || !d.moved) return;
    dragged.current = true;
    const h = el.getBoundingClientRect().height;
    delete el.dataset.dragging;
    el.style.height = '';
    onChange(e.type === 'pointercancel' ? state : snapSheet(heights(el), h, dragVelocity(d.samples)));
  };
  const onClick = (e: MouseEvent<HTMLButtonElement>) => {
    // The click that ends a drag is not a tap (a click from Enter or Space, detail 0, always counts).
    if (dragged.current && e.detail !== 0) {
      dragged.current = false;
      return;
    }
    onChange(nextSheetState(state));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const dir = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
    if (!dir) return;
    e.preventDefault();
    onChange(stepSheetState(state, dir));
  };
  return (
    <button
      type="button"
      className="sheet-handle"
      aria-label={t('side.handle', { state: t(`side.sheet.${state}`) })}
      aria-expanded={state !== 'peek'}
      data-state={state}
      data-testid={testId}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      <span className="sheet-grip" aria-hidden="true" />
    </button>
  );
}
