import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './scroll-area.css';

/**
 * A horizontally scrolling area that says when it must scroll: a fade and a "更多 →" / "more →"
 * button on each side that has more content (the button scrolls by most of a screen). Nothing shows
 * when everything fits.
 */
export function ScrollArea({
  children,
  label,
  testId,
}: {
  children: ReactNode;
  /** What the area holds, for screen readers (the area is focusable, so arrow keys scroll it). */
  label: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const [more, setMore] = useState({ left: false, right: false });
  useLayoutEffect(function watchOverflow() {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const max = el.scrollWidth - el.clientWidth;
      const next = { left: el.scrollLeft > 1, right: max > 1 && el.scrollLeft < max - 1 };
      setMore((m) => (m.left === next.left && m.right === next.right ? m : next));
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    const ro = new ResizeObserver(update);
    ro.observe(el);
    for (const c of el.children) ro.observe(c);
    return () => {
      el.removeEventListener('scroll', update);
      ro.disconnect();
    };
  }, []);
  const by = (dir: 1 | -1) => {
    const el = ref.current;
    if (el) el.scrollBy({ left: dir * Math.max(120, el.clientWidth * 0.8), behavior: 'smooth' });
  };
  return (
    <div
      className={`scroll-area${more.left ? ' more-left' : ''}${more.right ? ' more-right' : ''}`}
      data-testid={testId}
    >
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region is focusable so the keyboard can scroll it */}
      <section ref={ref} className="scroll-area-body" tabIndex={0} aria-label={label}>
        {children}
      </section>
      {more.left ? (
        <button
          type="button"
          className="scroll-hint left"
          onClick={() => by(-1)}
          aria-label={t('chainView.moreLeft')}
          title={t('chainView.moreLeft')}
          data-testid={testId ? `${testId}-more-left` : undefined}
        >
          ← {t('chainView.more')}
        </button>
      ) : null}
      {more.right ? (
        <button
          type="button"
          className="scroll-hint right"
          onClick={() => by(1)}
          aria-label={t('chainView.moreRight')}
          title={t('chainView.moreRight')}
          data-testid={testId ? `${testId}-more-right` : undefined}
        >
          {t('chainView.more')} →
        </button>
      ) : null}
    </div>
  );
}
