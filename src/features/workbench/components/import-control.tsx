import { useRef, useState } from 'react';
import { LongText } from '@/components/ui/long-text';
import { useTranslation } from 'react-i18next';
import { showMessage } from '@/i18n/message';
import { useAppStore } from '@/store/app-store';
import { importIntoStore } from './import-into-store';

/** The 导入 / Import button (a real <input type=file>), its options, errors, and the imported layers. */
export function ImportControl() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [gcj02, setGcj02] = useState(false);
  const [redline, setRedline] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (files: File[]) => {
    setBusy(true);
    setError(null);
    try {
      setError(await importIntoStore(files, { gcj02, redline }, t));
    } catch (e) {
      setError(t('errors.unexpected', { detail: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
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
          accept=".geojson,.json,.kml,.kmz,.csv,.zip,.shp,.dbf,.prj,.shx,.cpg"
          data-testid="import-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length > 0) void run(files);
          }}
        />
      </div>
      <label className="inline">
        <input
          type="checkbox"
          checked={gcj02}
          onChange={(e) => setGcj02(e.target.checked)}
          data-testid="import-gcj02"
        />{' '}
        {t('wb.gcj02')}
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={redline}
          onChange={(e) => setRedline(e.target.checked)}
          data-testid="import-redline"
        />{' '}
        {t('wb.redline')}
      </label>
      {error ? (
        <p className="status error long-text" role="alert" data-testid="import-error">
          {error}
        </p>
      ) : null}
      <ImportedLayers />
    </section>
  );
}

/** The imported layers: show/hide, what they hold, their warnings, remove. */
function ImportedLayers() {
  const { t } = useTranslation();
  const imported = useAppStore((s) => s.imported);
  const { updateImported, removeImported } = useAppStore.getState();
  if (imported.length === 0) return null;
  return (
    <>
      <h4>{t('wb.imported')}</h4>
      <ul className="imported-list" data-testid="imported-list">
        {imported.map((l) => (
          <li key={l.id}>
            <label className="inline long-text">
              <input
                type="checkbox"
                checked={l.visible}
                onChange={(e) => updateImported(l.id, { visible: e.target.checked })}
              />{' '}
              <LongText text={l.name} lines={2} />
            </label>{' '}
            <span className="muted">
              {l.format} · {t('wb.features', { n: l.data.features.length })}
              {l.redline ? ` · ${t('wb.redline')}` : ''}
            </span>
            {l.warnings.length > 0 ? (
              <span className="hint long-text" data-testid="import-warnings">
                {' '}
                {l.warnings.map((w) => showMessage(t, w)).join(t('listSep'))}
              </span>
            ) : null}
            <button type="button" className="small" onClick={() => removeImported(l.id)}>
              {t('wb.remove')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
