import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Message, showMessage } from '@/i18n/message';
import { useAppStore } from '@/store/app-store';
import { sitesFromFeatures } from '@/store/site-storage';

/** Reads a GeoJSON file of sites; every failure becomes a message naming the file. */
async function readSitesFile(file: File): Promise<Message> {
  try {
    const fc = JSON.parse(await file.text()) as GeoJSON.FeatureCollection;
    let n = 0;
    const added = sitesFromFeatures(fc, () => `site-${Date.now().toString(36)}-${++n}`);
    if (added.length === 0)
      return { key: 'wb.importFailed', params: { file: file.name, detail: { key: 'wb.noPolygons' } } };
    useAppStore.getState().addSites(added);
    return { key: 'wb.sitesImported', params: { n: added.length } };
  } catch (e) {
    return {
      key: 'wb.importFailed',
      params: { file: file.name, detail: e instanceof Error ? e.message : String(e) },
    };
  }
}

/** Export the sites as GeoJSON; import sites from a GeoJSON file. */
export function SitesFileButtons({ onExport }: { onExport: (() => void) | null }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <div className="btn-row">
        <button type="button" disabled={!onExport} data-testid="export-sites" onClick={() => onExport?.()}>
          {t('wb.exportGeojson')}
        </button>
        <label className="file-btn">
          {t('wb.importSites')}
          <input
            type="file"
            accept=".geojson,.json,application/geo+json,application/json"
            data-testid="import-sites"
            disabled={busy}
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (!f) return;
              setBusy(true);
              void readSitesFile(f)
                .then(setMessage)
                .finally(() => setBusy(false));
            }}
          />
        </label>
      </div>
      {message ? (
        <p className="hint" role="status" data-testid="sites-message">
          {showMessage(t, message)}
        </p>
      ) : null}
    </>
  );
}
