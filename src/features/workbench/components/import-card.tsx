import { useTranslation } from 'react-i18next';
import type { ImportOk } from '../import/import-client';
import type { CrsOverride } from '../import/types';
import { CrsPicker } from './crs-picker';
import { type ImportTarget, rerunImport, useImportFlow } from './import-flow';
import { importWarningText } from './import-message';
import { problemText } from './import-progress';

/**
 * The confirm card: what the import found (name, format, features, the coordinate system it used, the
 * repairs and warnings) before anything is added. Choosing another coordinate system re-runs the import;
 * `onConfirm` adds the result, 取消 / Cancel drops it.
 */
export function ImportCard({
  target,
  testid,
  addLabel,
  count,
  onConfirm,
  onDiscard,
}: {
  target: ImportTarget;
  testid: string;
  addLabel: string;
  /** The count line (features, or polygons that can become sites). */
  count: (r: ImportOk) => { label: string; n: number };
  onConfirm: (r: ImportOk) => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const f = useImportFlow(target);
  const r = f.result;
  if (f.status !== 'pending' || !r) return null;
  const c = count(r);
  return (
    <section className="import-card" aria-labelledby={`${testid}-card-title`} data-testid={`${testid}-card`}>
      <h4 id={`${testid}-card-title`}>{t('gis.import.cardTitle')}</h4>
      <p className="hint">{t('gis.import.cardHint')}</p>
      <dl className="import-facts">
        <dt>{t('gis.import.name')}</dt>
        <dd className="long-text" data-testid={`${testid}-card-name`}>
          {r.name}
        </dd>
        <dt>{t('gis.import.format')}</dt>
        <dd data-testid={`${testid}-card-format`}>{t(`gis.import.formatNames.${r.format}`)}</dd>
        <dt>{c.label}</dt>
        <dd data-testid={`${testid}-card-count`}>{t('gis.import.featureCount', { n: c.n })}</dd>
        <dt>{t('gis.import.crs')}</dt>
        <dd data-testid={`${testid}-card-crs`}>
          {r.crs ? (
            <CrsPicker
              report={r.crs}
              onChange={(o: CrsOverride) => rerunImport(target, o)}
              disabled={f.rerunning}
            />
          ) : (
            t('gis.import.crsNone')
          )}
        </dd>
      </dl>
      {r.warningItems.length > 0 ? (
        <>
          <h5>{t('gis.import.notes')}</h5>
          <ul className="hint long-text" data-testid={`${testid}-card-notes`}>
            {r.warningItems.map((w, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the notes are a fixed list of this result
              <li key={i}>{importWarningText(t, w)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {f.problem ? (
        <p className="status error long-text" role="alert" data-testid={`${testid}-error`}>
          {problemText(t, f.problem, f.files.map((x) => x.name).join(', '))}
        </p>
      ) : null}
      <div className="btn-row">
        <button
          type="button"
          className="primary"
          disabled={f.rerunning}
          onClick={() => onConfirm(r)}
          data-testid={`${testid}-confirm`}
        >
          {addLabel}
        </button>
        <button type="button" onClick={onDiscard} data-testid={`${testid}-discard`}>
          {t('gis.import.discard')}
        </button>
      </div>
    </section>
  );
}
