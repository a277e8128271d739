import { useTranslation } from 'react-i18next';
import { useAppStore } from '@/store/app-store';

/** Focuses the element once it is in the document (a panel opened by the same click renders a frame later). */
function focusWhenThere(selector: string, tries = 20): void {
  const el = document.querySelector<HTMLElement>(selector);
  if (el) {
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus();
    el.scrollIntoView?.({ block: 'nearest' });
  } else if (tries > 0) requestAnimationFrame(() => focusWhenThere(selector, tries - 1));
}

/**
 * The page's first Tab stops, shown when focused: to the main content and, on the map page, to the list
 * of the parks and firms in view (the map's text equivalent; it opens the list tab).
 */
export function SkipLinks() {
  const { t } = useTranslation();
  const page = useAppStore((s) => s.page);
  return (
    <div className="skip-links">
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link is a link to a place on the page; the click focuses it instead of setting the URL's hash (the map keeps its camera there). */}
      <a
        href="#main"
        data-testid="skip-main"
        onClick={(e) => {
          e.preventDefault();
          focusWhenThere('#main');
        }}
      >
        {t('access.skipMain')}
      </a>
      {page === 'map' ? (
        // biome-ignore lint/a11y/useValidAnchor: as above; it also opens the list tab first.
        <a
          href="#side"
          data-testid="skip-list"
          onClick={(e) => {
            e.preventDefault();
            useAppStore.getState().setPanel('list');
            focusWhenThere('#inview-title');
          }}
        >
          {t('access.skipList')}
        </a>
      ) : null}
    </div>
  );
}
