/**
 * The build's server-side entry (scripts/vite-prerender.ts builds it with Vite's SSR build and runs it
 * in Node): renders the real app, the directory and every park's profile in both languages, into the
 * HTML that the static pages carry in their #root, and gives each page's head (title, description)
 * and link-preview image (SVG). The built data is read by the caller and parsed here with the app's
 * own schemas, into the same query keys the app reads, so the first client render (main.tsx hydrates)
 * is this markup exactly.
 */
import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { RootBoundary } from '@/app/app';
import { pageMeta } from '@/app/page-meta';
import { AppProviders } from '@/app/providers';
import { ogImageSvg } from '@/features/parks/model/og-image';
import { createI18n } from '@/i18n/i18n';
import { type Lang, nameIn } from '@/i18n/lang';
import { BUILT_FILES, builtFileQuery, manifestQueryOptions } from '@/lib/data/built-files';
import { bureauQueryOptions } from '@/lib/data/use-geo-data';
import { manifestSchema } from '@/lib/schemas/catalog';
import { initialState, type Page, useAppStore } from '@/store/app-store';
import { cleanPath } from '@/store/page-path';
import { adoptAsServerSnapshot } from '@/store/server-snapshot';
import { PAGE_FILES } from './page-files';

export interface StaticPage {
  page: 'parks' | `park:${string}`;
  lang: Lang;
  /** Relative to the site's root: zh/parks/menghai/ */
  path: string;
  title: string;
  description: string;
  /** The #root's inner HTML. */
  body: string;
  siteName: string;
  /** The link-preview image's alt text. */
  imageAlt: string;
  /** The note shown with JavaScript off. */
  noscript: string;
}

/**
 * @param readJson reads a built file of public/geo (in the outDir) as parsed JSON
 * @returns every page, and the link-preview images as SVG by the park's id ('' for the directory)
 */
export async function renderStaticPages(readJson: (file: string) => Promise<unknown>): Promise<{
  pages: StaticPage[];
  images: Map<string, string>;
}> {
  const manifest = manifestSchema.parse(await readJson('manifest.json'));
  const data = new Map<string, unknown>();
  for (const name of PAGE_FILES) {
    const { file, schema } = BUILT_FILES[name];
    const parsed = schema.safeParse(await readJson(file));
    if (!parsed.success) throw new Error(`prerender: geo/${file} does not parse: ${parsed.error.message}`);
    data.set(name, parsed.data);
  }
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } } });
  client.setQueryData(manifestQueryOptions().queryKey, manifest);
  for (const name of PAGE_FILES)
    client.setQueryData(builtFileQuery(manifest, name).queryKey, data.get(name) as never);
  // The shipped data (the bureau's own, in a browser's IndexedDB, is never on the server).
  client.setQueryData(bureauQueryOptions().queryKey, { record: null });

  const catalog = BUILT_FILES.catalog.schema.parse(data.get('catalog'));
  const counties = BUILT_FILES.counties.schema.parse(data.get('counties'));
  const i18n = createI18n('zh');
  const pages: StaticPage[] = [];
  const list: StaticPage['page'][] = ['parks', ...catalog.parks.map((p) => `park:${p.id}` as const)];
  for (const lang of ['zh', 'en'] as const)
    for (const page of list) {
      useAppStore.setState({ ...initialState(), page, lang });
      adoptAsServerSnapshot();
      let html: string;
      try {
        html = renderToString(
          <StrictMode>
            <AppProviders queryClient={client}>
              <RootBoundary />
            </AppProviders>
          </StrictMode>,
        );
      } catch (e) {
        // Most likely a component that reads window, document or the time while rendering: on the
        // server there is none, and hydrating must render what the server did. Read them in an effect.
        const why = e instanceof Error ? (e.stack ?? e.message) : String(e);
        throw new Error(`prerender: ${cleanPath(page, lang)} failed to render on the server: ${why}`);
      }
      // The policy forbids style attributes in HTML (scripts/vite-csp.ts); React sets styles through the
      // CSSOM, which it allows. The server's are kept as data-ssr-style, which main.tsx applies so
      // before hydrating (with JavaScript off, the chips' colours alone are missing).
      const body = html.replace(/ style="([^"]*)"/g, ' data-ssr-style="$1"');
      const t = i18n.getFixedT(lang);
      const meta = pageMeta(page as Page, catalog, lang, t);
      // A page whose data the server was not given renders as the loading page: stop, naming it.
      if (!/<h1[\s>]/.test(html))
        throw new Error(
          `prerender: ${cleanPath(page, lang)} has no heading (still loading: is a file useGeoData waits for missing from PAGE_FILES?)`,
        );
      const park = catalog.parks.find((p) => `park:${p.id}` === page);
      pages.push({
        page,
        lang,
        path: cleanPath(page, lang) ?? '',
        ...meta,
        body,
        siteName: t('title'),
        imageAlt: park
          ? t('parkPage.locatorAlt', { name: nameIn(lang, park) })
          : t('staticPages.directoryImageAlt'),
        noscript: t('staticPages.noscript'),
      });
    }
  const images = new Map<string, string>([['', ogImageSvg(counties.features, catalog.parks, null)]]);
  for (const p of catalog.parks) images.set(p.id, ogImageSvg(counties.features, catalog.parks, p));
  return { pages, images };
}
