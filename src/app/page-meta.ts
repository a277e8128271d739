/**
 * A page's title and description from the built data, in its language: the document's <title> in the
 * app (app.tsx) and, for the pre-rendered pages, their <title>, meta description and Open Graph card
 * (src/prerender). Pure: the same words on the server and in the browser.
 */
import type { TFunction } from 'i18next';
import type { Lang } from '@/i18n/lang';
import { nameIn } from '@/i18n/lang';
import { formatNumber } from '@/lib/format';
import type { BuiltPark, Catalog } from '@/lib/schemas/catalog';
import type { Page } from '@/store/app-store';

export interface PageMeta {
  title: string;
  description: string;
}

/** One park in a sentence or three: name, level, kind, county, leading industries, area. */
export function parkDescription(park: BuiltPark, catalog: Catalog, lang: Lang, t: TFunction): string {
  const en = lang === 'en';
  // Chinese sentences run on without spaces.
  const sep = en ? ' ' : '';
  const low = (s: string) => (en ? s.toLowerCase() : s);
  const industries = park.leading
    .map((id) => {
      const i = catalog.industries.find((x) => x.id === id);
      return i ? nameIn(lang, i) : id;
    })
    .join(t('staticPages.listSep'));
  let out = t('staticPages.park', {
    name: nameIn(lang, park),
    level: low(t(`levels.${park.level}`)),
    estimated: park.level_provenance === 'estimate' ? t('staticPages.estimated') : '',
    kind: low(t(`parkKinds.${park.kind}`)),
    county: t(`countyNames.${park.county}`),
    industries,
  });
  if (park.published_area_km2)
    out += sep + t('staticPages.publishedArea', { km2: formatNumber(park.published_area_km2, lang) });
  else if (park.extent !== 'county')
    out +=
      sep +
      t('staticPages.area', {
        km2: formatNumber(park.area_km2, lang, 1),
        mu: formatNumber(park.area_mu, lang),
      });
  return out;
}

/** The title and description of a page; a park the catalog lacks gets the site's. */
export function pageMeta(page: Page, catalog: Catalog, lang: Lang, t: TFunction): PageMeta {
  const site = t('title');
  const park = page.startsWith('park:') ? catalog.parks.find((p) => p.id === page.slice(5)) : undefined;
  if (park)
    return {
      title: t('staticPages.title', { name: nameIn(lang, park), site }),
      description: parkDescription(park, catalog, lang, t),
    };
  if (page === 'parks')
    return {
      title: t('staticPages.title', { name: t('directory.title'), site }),
      description: t('staticPages.directory', { count: catalog.parks.length }),
    };
  return { title: site, description: t('subtitle') };
}
