import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { showMessage } from '@/i18n/message';
import { ensureGisStrings } from '../gis-strings';
import { ImportCard } from './import-card';
import { IMPORT_ACCEPT } from './import-control';
import { finishImport, setImportOptions, useImportFlow } from './import-flow';
import { addImportedSites, importIntoStore, polygonCount } from './import-into-store';
import { ImportProgressBar, problemText } from './import-progress';

/**
 * Export the sites as GeoJSON; import sites from any file the layer import reads (every format, CRS, the
 * GCJ-02 option, the validity checks), through the same worker and confirm card. Sites already there are
 * not doubled: duplicates are skipped and named.
 */
export function SitesFileButtons({ onExport }: { onExport: (() => void) | null }) {
  const { t, i18n } = useTranslation();
  ensureGisStrings(i18n);
  const input = useRef<HTMLInputElement>(null);
  const f = useImportFlow('sites');
  const busy = f.status === 'busy';
  return (
    <>
      <div className="btn-row">
        <button type="button" disabled={!onExport} data-testid="export-sites" onClick={() => onExport?.()}>
          {t('wb.exportGeojson')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => input.current?.click()}
          data-testid="import-sites-button"
        >
          {busy ? t('wb.importing') : t('wb.importSites')}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept={IMPORT_ACCEPT}
          data-testid="import-sites"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length > 0) importIntoStore(files, i18n, 'sites');
          }}
        />
      </div>
      <label className="inline">
        <input
          type="checkbox"
          checked={f.options.gcj02}
          onChange={(e) => setImportOptions('sites', { gcj02: e.target.checked })}
          data-testid="import-sites-gcj02"
        />{' '}
        {t('wb.gcj02')}
      </label>
      <ImportProgressBar target="sites" testid="sites-import" />
      <ImportCard
        target="sites"
        testid="sites-import"
        addLabel={t('gis.import.addSites')}
        count={(r) => ({ label: t('gis.import.polygons'), n: polygonCount(r) })}
        onConfirm={(r) => finishImport('sites', addImportedSites(r))}
        onDiscard={() => finishImport('sites')}
      />
      {f.status === 'idle' && f.problem ? (
        <p className="status error long-text" role="alert" data-testid="sites-message">
          {problemText(t, f.problem, f.files.map((x) => x.name).join(', '))}
        </p>
      ) : null}
      {f.status === 'idle' && f.message ? (
        <p className="hint long-text" role="status" data-testid="sites-message">
          {showMessage(t, f.message)}
        </p>
      ) : null}
    </>
  );
}
