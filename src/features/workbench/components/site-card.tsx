import { useTranslation } from 'react-i18next';
import { ProvenanceBadge } from '@/components/ui/provenance-badge';
import { useAppStore } from '@/store/app-store';
import type { Site } from '@/store/site-storage';
import { SiteEditButton, SiteEditPanel } from './site-edit-bar';
import { ensureGisStrings } from '../gis-strings';
import { MethodNote } from './method-note';

/** One candidate site: its name (editable), its metric rows, and actions. */
export function SiteCard({
  site,
  rows,
  centre,
  compare,
  onCompare,
  measurable = true,
}: {
  site: Site;
  rows: [string, string][] | null;
  centre: [number, number] | null;
  compare: boolean;
  onCompare: (on: boolean) => void;
  /** false: the outline cannot be measured (its rows say "—"). */
  measurable?: boolean;
}) {
  const { t, i18n } = useTranslation();
  ensureGisStrings(i18n);
  const { renameSite, removeSite, moveCamera } = useAppStore.getState();
  return (
    <li className="site-card" data-testid={`site-${site.id}`}>
      <label className="site-name">
        <span className="sr-only">{t('wb.name')}</span>
        <input
          defaultValue={site.name}
          maxLength={80}
          onBlur={(e) => renameSite(site.id, e.target.value)}
          data-testid="site-name"
        />
      </label>
      {rows ? (
        <dl className="facts">
          {rows.map(([k, v]) => (
            <div key={k} className="fact-row">
              <dt>{k}</dt>
              <dd data-testid={`site-metric-${k}`}>{v}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {measurable === false ? (
        <p className="muted long-text" data-testid="site-not-measurable">
          {t('gis.measure.notMeasurable')}
        </p>
      ) : rows ? (
        <MethodNote methods={['area', 'distance']} testId="site-method" />
      ) : null}
      <ProvenanceBadge provenance="estimate" source={t('wb.computedNote')} />
      <div className="btn-row">
        {centre ? (
          <button type="button" onClick={() => moveCamera({ kind: 'point', center: centre, zoom: 12 })}>
            {t('wb.locate')}
          </button>
        ) : null}
        <label className="inline">
          <input type="checkbox" checked={compare} onChange={(e) => onCompare(e.target.checked)} />{' '}
          {t('wb.compare')}
        </label>
        <SiteEditButton siteId={site.id} />
        <button type="button" className="danger" onClick={() => removeSite(site.id)}>
          {t('wb.del')}
        </button>
      </div>
      <SiteEditPanel siteId={site.id} />
    </li>
  );
}
