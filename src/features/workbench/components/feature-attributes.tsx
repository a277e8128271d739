import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LongText } from '@/components/ui/long-text';
import { useAppStore } from '@/store/app-store';
import { ensureGisStrings } from '../gis-strings';
import { cellText, ownEntries } from '../model/attribute-rows';
import { featureName } from '../model/imported-areas';
import '../workbench.css';

/**
 * The attributes of the imported feature picked on the map or in the attribute table: its layer, its own
 * name, every property (the app's internal `__*` keys left out) as field and value. × or Esc closes.
 */
export function FeatureAttributes() {
  const { t, i18n } = useTranslation();
  ensureGisStrings(i18n);
  const picked = useAppStore((s) => s.selectedImported);
  const layer = useAppStore((s) => (picked ? s.imported.find((l) => l.id === picked.layer) : undefined));
  const index = picked ? Number(picked.feature) : -1;
  const feature = layer?.data.features[index];
  const open = feature !== undefined;
  useEffect(
    function escCloses() {
      if (!open) return;
      const onKey = (e: KeyboardEvent) => {
        if (e.key === 'Escape') useAppStore.getState().selectImported(null);
      };
      window.addEventListener('keydown', onKey);
      return () => window.removeEventListener('keydown', onKey);
    },
    [open],
  );
  if (!layer || !feature) return null;
  const entries = ownEntries(feature.properties);
  const own = featureName(feature.properties);
  return (
    <section
      className="panel feature-attrs"
      aria-labelledby="feature-attrs-title"
      data-testid="feature-attributes"
    >
      <div className="attr-head">
        <h3 id="feature-attrs-title" className="long-text">
          {own ?? t('gis.layers.attributes.unnamed', { layer: layer.name, n: index + 1 })}
        </h3>
        <button
          type="button"
          className="icon-btn"
          onClick={() => useAppStore.getState().selectImported(null)}
          aria-label={t('gis.layers.attributes.close')}
          data-testid="feature-attributes-close"
        >
          ×
        </button>
      </div>
      <p className="muted">
        {t('gis.layers.attributes.title')} · {t('gis.layers.attributes.layer')}:{' '}
        <LongText text={layer.name} lines={2} />
      </p>
      {entries.length === 0 ? (
        <p className="muted">{t('gis.layers.attributes.none')}</p>
      ) : (
        <table className="attr-pairs">
          <thead>
            <tr>
              <th scope="col">{t('gis.layers.attributes.field')}</th>
              <th scope="col">{t('gis.layers.attributes.value')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map(([k, v]) => (
              <tr key={k}>
                <th scope="row" className="long-text">
                  {k}
                </th>
                <td className="long-text">{cellText(v)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
