import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ensureGisStrings } from '../gis-strings';
import { ImportCard } from './import-card';
import { finishImport, setImportOptions, useImportFlow } from './import-flow';
import { addImportedLayer, importIntoStore } from './import-into-store';
import { ImportProgressBar, problemText } from './import-progress';
import { LayerList } from './layer-list';

/** What the 导入 / Import input accepts (the import reads more by content; this only guides the picker). */
export const IMPORT_ACCEPT =
  '.geojson,.json,.kml,.kmz,.csv,.txt,.zip,.shp,.dbf,.prj,.shx,.cpg,.gpkg,.dxf,.gpx,.fgb';

/**
 * The 导入 / Import button (a real <input type=file>), its options, the import's progress (cancellable),
 * the confirm card, errors, and the imported layers. The import runs in a worker (import-flow.ts).
 */
export function ImportControl() {
  const { t, i18n } = useTranslation();
  ensureGisStrings(i18n);
  const input = useRef<HTMLInputElement>(null);
  const f = useImportFlow('layers');
  const busy = f.status === 'busy';
  return (
    <section className="wb-section" aria-labelledby="import-title">
      <h3 id="import-title">{t('wb.import')}</h3>
      <p className="hint">{t('wb.importHint')}</p>
      <div className="btn-row">
        <button
          type="button"
          className="primary"
          onClick={() => input.current?.click()}
          disabled={busy}
          data-testid="import-button"
        >
          {busy ? t('wb.importing') : t('wb.import')}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept={IMPORT_ACCEPT}
          data-testid="import-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length > 0) importIntoStore(files, i18n, 'layers');
          }}
        />
      </div>
      <label className="inline">
        <input
          type="checkbox"
          checked={f.options.gcj02}
          onChange={(e) => setImportOptions('layers', { gcj02: e.target.checked })}
          data-testid="import-gcj02"
        />{' '}
        {t('wb.gcj02')}
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={f.options.redline}
          onChange={(e) => setImportOptions('layers', { redline: e.target.checked })}
          data-testid="import-redline"
        />{' '}
        {t('wb.redline')}
      </label>
      <ImportProgressBar target="layers" testid="import" />
      <ImportCard
        target="layers"
        testid="import"
        addLabel={t('gis.import.add')}
        count={(r) => ({ label: t('gis.import.features'), n: r.data.features.length })}
        onConfirm={(r) => {
          addImportedLayer(r, f.options.redline, (k) => i18n.exists(k));
          finishImport('layers');
        }}
        onDiscard={() => finishImport('layers')}
      />
      {f.status === 'idle' && f.problem ? (
        <p className="status error long-text" role="alert" data-testid="import-error">
          {problemText(t, f.problem, f.files.map((x) => x.name).join(', '))}
        </p>
      ) : null}
      <LayerList />
    </section>
  );
}
