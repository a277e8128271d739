import type { ReactNode } from 'react';
import { type Page, useAppStore } from '@/store/app-store';
import { encodeView, pickView } from '@/store/url-codec';

/** A real link to another page of the app (so it can be opened in a new tab), navigating in place on click. */
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
  const href = encodeView({ ...pickView(useAppStore.getState()), page }) || '?';
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
