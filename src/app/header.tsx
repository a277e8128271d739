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
  return (
    <header className="top">
      <div>
        <h1>{t('title')}</h1>
        <p className="subtitle">{t('subtitle')}</p>
      </div>
      <nav className="top-nav" aria-label={t('nav.parks')}>
        <PageLink page="map" className={page === 'map' ? 'on' : ''} testId="nav-map">
          {t('nav.map')}
        </PageLink>
        <PageLink
          page="parks"
          className={page === 'parks' || page.startsWith('park:') ? 'on' : ''}
          testId="nav-parks"
        >
          {t('nav.parks')}
        </PageLink>
        <PageLink page="monitor" className={page.startsWith('monitor') ? 'on' : ''} testId="nav-monitor">
          {t('nav.monitor')}
        </PageLink>
      </nav>
      <SearchBox />
      {tools}
      <SampleSwitch />
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
