import type { ReactNode } from 'react';
import { type Page, useAppStore } from '@/store/app-store';
import { cleanPath } from '@/store/page-path';
import { encodeView, pickView } from '@/store/url-codec';

/**
 * A real link to another page of the app (so it can be opened in a new tab), navigating in place on click.
 * Relative to the app's root (every document has a <base> there: the pre-rendered pages in their HTML,
 * index.html from main.tsx), so the same href is right on every page and on the server: the directory
 * and profiles at their clean URLs (en/parks/menghai/), the other pages as ./?page=….
 */
export function PageLink({
  page,
  children,
  className,
  testId,
  current,
}: {
  page: Page;
  children: ReactNode;
  className?: string;
  testId?: string;
  /** The link to the page shown (aria-current="page"). */
  current?: boolean;
}) {
  const view = pickView(useAppStore.getState());
  const clean = cleanPath(page, view.lang);
  const href = clean
    ? `${clean}${encodeView({ ...view, page: 'map', lang: 'zh' })}`
    : `./${encodeView({ ...view, page })}`;
  return (
    <a
      href={href}
      className={className}
      data-testid={testId}
      aria-current={current ? 'page' : undefined}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        useAppStore.getState().navigate(page);
      }}
    >
      {children}
    </a>
  );
}
