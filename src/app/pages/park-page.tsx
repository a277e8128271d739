import { useTranslation } from 'react-i18next';
import { ParkProfile } from '@/features/chains/components/park-profile';
import { ParkDetails } from '@/features/details/park-details';
import type { GeoData } from '@/lib/data/use-geo-data';
import { LocatorMap } from '@/features/parks/components/locator-map';
import { PageLink } from '@/features/parks/components/park-link';
import { nameIn, noteIn, textIn } from '@/i18n/lang';
import { useAppStore } from '@/store/app-store';
import { parkDescription } from '../page-meta';

/** One park's profile as a page of its own: shareable, printable, readable without the map. */
export function ParkPage({ id, data }: { id: string; data: GeoData }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const park = data.index.park(id);
  if (!park) {
    return (
      <main id="main" className="page">
        <p role="alert">{t('ignoredParams', { list: `page=park:${id}` })}</p>
        <PageLink page="parks">{t('nav.back')}</PageLink>
      </main>
    );
  }
  const committeeOf = park.committee_zh ? park : park.parent ? data.index.park(park.parent) : undefined;
  const onMap = () => {
    const s = useAppStore.getState();
    s.navigate('map');
    s.selectAndFocus({ kind: 'park', id: park.id });
  };
  return (
    <main id="main" className="page park-page" data-testid="park-page">
      <nav className="page-nav">
        <PageLink page="parks" testId="back-to-directory">
          ← {t('nav.back')}
        </PageLink>
        <span className="page-actions">
          <PageLink page={`monitor:${park.id}`} testId="to-monitor">
            {t('nav.monitor')}
          </PageLink>
          <button type="button" onClick={onMap} data-testid="show-on-map">
            {t('nav.onMap')}
          </button>
          <button type="button" onClick={() => window.print()}>
            {t('nav.print')}
          </button>
        </span>
      </nav>
      <h1 className="long-text">{nameIn(lang, park)}</h1>
      {/* The park in a sentence or two (the pages' description for search engines and link previews):
          what a reader meets first, an estimated level said to be one. */}
      <p className="lead park-lead" data-testid="park-lead">
        {parkDescription(park, data.catalog, lang, t)}
      </p>
      <div className="page-grid">
        <section aria-labelledby="sum-h">
          <h2 id="sum-h">{t('parkPage.summary')}</h2>
          <ParkDetails park={park} data={data} showTitle={false} />
        </section>
        <section aria-labelledby="loc-h" className="locator-box">
          <h2 id="loc-h">{t('parkPage.locator')}</h2>
          <LocatorMap park={park} />
          <h2>{t('parkPage.contact')}</h2>
          {committeeOf?.committee_zh ? (
            <p data-testid="contact">
              {textIn(lang, committeeOf, 'committee')}
              <br />
              <span className="muted">
                {t('parkPage.noContact')} · {noteIn(lang, committeeOf, 'committee_source')}
              </span>
            </p>
          ) : (
            <p className="muted" data-testid="contact">
              {t('parkPage.notFound')}
            </p>
          )}
        </section>
      </div>
      <section aria-labelledby="chain-h">
        <h2 id="chain-h">{t('parkPage.chains')}</h2>
        <ParkProfile park={park} data={data} firmsToMap />
      </section>
    </main>
  );
}
