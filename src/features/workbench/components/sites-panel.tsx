import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GeoData } from '@/features/geo/api/use-geo-data';
import { useAppStore } from '@/store/app-store';
import { useWorkbenchGeo } from '../api/use-workbench-geo';
import { siteMetrics } from '../model/site-metrics';
import { sitesFromFeatures, sitesToGeoJSON } from '../model/site-storage';
import { download } from './download';
import { MeasureTools } from './measure-tools';
import { metricRows, SiteCard } from './site-card';

/** Measure, draw candidate sites, read their metrics, compare them, and move them in and out as GeoJSON. */
export function SitesPanel({ data }: { data: GeoData }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const sites = useAppStore((s) => s.sites);
  const geo = useWorkbenchGeo(data);
  const [compare, setCompare] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const metrics = useMemo(
    () =>
      new Map(
        sites.map((s) => [
          s.id,
          geo ? siteMetrics({ type: 'Feature', properties: {}, geometry: s.geometry }, geo.site) : null,
        ]),
      ),
    [sites, geo],
  );
  const compared = sites.filter((s) => compare.includes(s.id));
  const importSites = async (file: File) => {
    try {
      const fc = JSON.parse(await file.text()) as GeoJSON.FeatureCollection;
      let n = 0;
      const added = sitesFromFeatures(fc, () => `site-${Date.now().toString(36)}-${++n}`);
      if (added.length === 0) throw new Error(lang === 'en' ? 'no polygons in the file' : '文件中没有多边形');
      useAppStore.getState().setSites([...useAppStore.getState().sites, ...added]);
      setMessage(t('wb.sitesImported', { n: added.length }));
    } catch (e) {
      setMessage(
        t('wb.importFailed', { file: file.name, detail: e instanceof Error ? e.message : String(e) }),
      );
    }
  };
  return (
    <div className="workbench" data-testid="sites-panel">
      <MeasureTools />
      <section className="wb-section" aria-labelledby="sites-title">
        <h3 id="sites-title">{t('wb.sites')}</h3>
        {sites.length === 0 ? <p className="muted">{t('wb.noSites')}</p> : null}
        <ul className="site-list">
          {sites.map((s) => (
            <SiteCard
              key={s.id}
              site={s}
              metrics={metrics.get(s.id) ?? null}
              data={data}
              compare={compare.includes(s.id)}
              onCompare={(on) => setCompare((c) => (on ? [...c, s.id] : c.filter((x) => x !== s.id)))}
            />
          ))}
        </ul>
        <div className="btn-row">
          <button
            type="button"
            disabled={sites.length === 0}
            data-testid="export-sites"
            onClick={() =>
              download(
                'candidate-sites.geojson',
                JSON.stringify(sitesToGeoJSON(sites), null, 1),
                'application/geo+json',
              )
            }
          >
            {t('wb.exportGeojson')}
          </button>
          <label className="file-btn">
            {t('wb.importSites')}
            <input
              type="file"
              accept=".geojson,.json,application/geo+json,application/json"
              data-testid="import-sites"
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) void importSites(f);
                e.target.value = '';
              }}
            />
          </label>
        </div>
        {message ? (
          <p className="hint" role="status">
            {message}
          </p>
        ) : null}
      </section>
      {compared.length >= 2 ? (
        <section className="wb-section" aria-labelledby="compare-title">
          <h3 id="compare-title">{t('wb.compareTitle')}</h3>
          <div className="compare-scroll">
            <table className="compare" data-testid="compare-table">
              <thead>
                <tr>
                  <th scope="col" />
                  {compared.map((s) => (
                    <th key={s.id} scope="col">
                      {s.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {(() => {
                  const rows = compared.map((s) => {
                    const m = metrics.get(s.id);
                    return m ? metricRows(m, data, lang, t) : [];
                  });
                  return (rows[0] ?? []).map(([label], i) => (
                    <tr key={label}>
                      <th scope="row">{label}</th>
                      {rows.map((r, j) => (
                        <td key={compared[j]?.id}>{r[i]?.[1]}</td>
                      ))}
                    </tr>
                  ));
                })()}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </div>
  );
}
