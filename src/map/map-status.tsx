import { useTranslation } from 'react-i18next';
import { layerName } from '@/i18n/data-error';
import type { MapHealthState } from './sync/use-map-health';

/** Over the map: a lost drawing context (until it is back), and layers that failed, with a retry. */
export function MapStatus({ state, onRetry }: { state: MapHealthState; onRetry: () => void }) {
  const { t } = useTranslation();
  const { contextLost, failedSources, glyphs } = state;
  if (!contextLost && failedSources.length === 0 && !glyphs) return null;
  return (
    <div className="map-status" role="status" data-testid="map-status">
      {contextLost ? <p data-testid="context-lost">{t('mapStatus.contextLost')}</p> : null}
      {glyphs ? (
        <p data-testid="glyphs-missing">
          {t(glyphs === 'font-files' ? 'mapStatus.glyphsFromFonts' : 'mapStatus.glyphsMissing')}
        </p>
      ) : null}
      {failedSources.length > 0 ? (
        <p data-testid="layers-missing">
          {t('dataError.layerMissing', {
            layers: failedSources.map((id) => layerName(t, id)).join(t('listSep')),
          })}{' '}
          <button type="button" className="small" onClick={onRetry} data-testid="retry-layers">
            {t('errors.retry')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
