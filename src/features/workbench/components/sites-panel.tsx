import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GeoData } from '@/lib/data/use-geo-data';
import { download } from '@/lib/download';
import { useAppStore } from '@/store/app-store';
import { sitesToGeoJSON } from '@/store/site-storage';
import { useWorkbenchGeo } from '../api/use-workbench-geo';
import { siteCentre, siteMetrics } from '../model/site-metrics';
import { CompareTable } from './compare-table';
import { ExportMenu } from './export-menu';
import { MeasureTools } from './measure-tools';
import { metricRows } from './metric-rows';
import { SiteCard } from './site-card';
import { SitesFileButtons } from './sites-file-buttons';
import { SitesStorageBanner } from './sites-storage-banner';
import { WorkbenchGeoStatus } from './workbench-geo-status';
import '../workbench.css';

/** Measure, draw candidate sites, read their metrics, compare them, and move them in and out as GeoJSON. */
export function SitesPanel({ data }: { data: GeoData }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const sites = useAppStore((s) => s.sites);
  const geo = useWorkbenchGeo(data);
  const input = geo.status === 'ready' ? geo.input : null;
  const [compare, setCompare] = useState<string[]>([]);
  const reserveName = useMemo(() => {
    const names = new Map(
      (input?.site.protectedAreas ?? []).map((f) => [
        f.properties.id,
        String(
          lang === 'en'
            ? (f.properties.name_en ?? f.properties.id)
            : (f.properties.name_zh ?? f.properties.id),
        ),
      ]),
    );
    return (id: string) => names.get(id) ?? id;
  }, [input, lang]);
  const cards = useMemo(
    () =>
      sites.map((s) => {
        const f = { type: 'Feature' as const, properties: {}, geometry: s.geometry };
        const m = input ? siteMetrics(f, input.site) : null;
        // A site that cannot be measured can still be located (and repaired).
        const at = m?.centre ?? (input ? siteCentre(f) : null);
        return {
          site: s,
          metrics: m,
          centre: at ? ([at[0] ?? 0, at[1] ?? 0] as [number, number]) : null,
          // A shape that cannot be measured (null metrics) keeps its rows, each "—".
          rows: input ? metricRows(m, data, lang, t, reserveName) : null,
          measurable: !input || m !== null,
        };
      }),
    [sites, input, data, lang, t, reserveName],
  );
  const compared = cards.filter((c) => compare.includes(c.site.id));
  return (
    <div className="workbench" data-testid="sites-panel">
      <MeasureTools />
      <section className="wb-section" aria-labelledby="sites-title">
        <h3 id="sites-title">{t('wb.sites')}</h3>
        <WorkbenchGeoStatus geo={geo} />
        <SitesStorageBanner />
        {sites.length === 0 ? <p className="muted">{t('wb.noSites')}</p> : null}
        <ul className="site-list">
          {cards.map((c) => (
            <SiteCard
              key={c.site.id}
              site={c.site}
              rows={c.rows}
              centre={c.centre}
              compare={compare.includes(c.site.id)}
              measurable={c.measurable}
              onCompare={(on) =>
                setCompare((x) => (on ? [...x, c.site.id] : x.filter((id) => id !== c.site.id)))
              }
            />
          ))}
        </ul>
        <SitesFileButtons
          onExport={
            sites.length === 0
              ? null
              : () =>
                  download(
                    'candidate-sites.geojson',
                    JSON.stringify(sitesToGeoJSON(sites), null, 1),
                    'application/geo+json',
                  )
          }
        />
        <ExportMenu what="sites" rows={cards} data={data} reserveName={reserveName} />
      </section>
      {compared.length >= 2 ? <CompareTable columns={compared} /> : null}
    </div>
  );
}
