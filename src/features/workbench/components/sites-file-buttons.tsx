import { useTranslation } from 'react-i18next';
import { showMessage } from '@/i18n/message';
import { ensureGisStrings } from '../gis-strings';
import { ImportCard } from './import-card';
import { finishImport, useImportFlow } from './import-flow';
import { addImportedSites, polygonCount } from './import-into-store';
import { Gcj02Option, ImportPicker } from './import-picker';
import { ImportProgressBar, problemText } from './import-progress';

/**
 * Export the sites as GeoJSON; import sites from any file the layer import reads (every format, CRS, the
 * GCJ-02 option, the validity checks), through the same worker and confirm card. Sites already there are
 * not doubled: duplicates are skipped and named.
 */
export function SitesFileButtons({ onExport }: { onExport: (() => void) | null }) {
  const { t, i18n } = useTranslation();
  ensureGisStrings(i18n);
  const f = useImportFlow('sites');
  return (
    <>
      <div className="btn-row">
        <button type="button" disabled={!onExport} data-testid="export-sites" onClick={() => onExport?.()}>
          {t('wb.exportGeojson')}
        </button>
        <ImportPicker
          target="sites"
          label={t('wb.importSites')}
          buttonTestid="import-sites-button"
          inputTestid="import-sites"
        />
      </div>
      <Gcj02Option target="sites" testid="import-sites-gcj02" />
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
