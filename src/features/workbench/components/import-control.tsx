import { useTranslation } from 'react-i18next';
import { ensureGisStrings } from '../gis-strings';
import { ImportCard } from './import-card';
import { finishImport, setImportOptions, useImportFlow } from './import-flow';
import { addImportedLayer } from './import-into-store';
import { Gcj02Option, ImportPicker } from './import-picker';
import { ImportProgressBar, problemText } from './import-progress';
import { LayerList } from './layer-list';

/**
 * The 导入 / Import button (a real <input type=file>), its options, the import's progress (cancellable),
 * the confirm card, errors, and the imported layers. The import runs in a worker (import-flow.ts).
 */
export function ImportControl() {
  const { t, i18n } = useTranslation();
  ensureGisStrings(i18n);
  const f = useImportFlow('layers');
  return (
    <section className="wb-section" aria-labelledby="import-title">
      <h3 id="import-title">{t('wb.import')}</h3>
      <p className="hint">{t('wb.importHint')}</p>
      <div className="btn-row">
        <ImportPicker
          target="layers"
          label={t('wb.import')}
          buttonTestid="import-button"
          inputTestid="import-input"
          primary
        />
      </div>
      <Gcj02Option target="layers" testid="import-gcj02" />
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
