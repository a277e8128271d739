import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLink } from '@/features/parks/components/park-link';
import { SearchBox } from '@/features/search/components/search-box';
import { SampleSwitch } from '@/components/ui/sample-switch';
import { useAppStore } from '@/store/app-store';

/** @param tools buttons that need the data (the briefing), shown once it has loaded */
export function Header({ tools }: { tools?: ReactNode } = {}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  const page = useAppStore((s) => s.page);
  const on = {
    map: page === 'map',
    parks: page === 'parks' || page.startsWith('park:'),
    monitor: page.startsWith('monitor'),
  };
  return (
    <header className="top">
      <div>
        {/* Not a heading: each page has its own h1 (the map page's is visually hidden). */}
        <p className="app-title">{t('title')}</p>
        <p className="subtitle">{t('subtitle')}</p>
      </div>
      <nav className="top-nav" aria-label={t('access.mainNav')}>
        <PageLink page="map" className={on.map ? 'on' : ''} current={on.map} testId="nav-map">
          {t('nav.map')}
        </PageLink>
        <PageLink page="parks" className={on.parks ? 'on' : ''} current={on.parks} testId="nav-parks">
          {t('nav.parks')}
        </PageLink>
        <PageLink page="monitor" className={on.monitor ? 'on' : ''} current={on.monitor} testId="nav-monitor">
          {t('nav.monitor')}
        </PageLink>
      </nav>
      <SearchBox />
      {/* One row of its own on a phone (it scrolls sideways rather than wrap: a wrap that changes with
          the font's arrival would shift the page). On wider screens its items sit in the header's row. */}
      <div className="top-tools">
        {tools}
        <SampleSwitch />
      </div>
      <button
        type="button"
        className="lang"
        data-testid="lang-switch"
        lang={lang === 'zh' ? 'en' : 'zh-CN'}
        onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
      >
        {t('switchTo')}
      </button>
    </header>
  );
}
