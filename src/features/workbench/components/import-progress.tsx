import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../import/types';
import { cancelImport, type ImportProblem, type ImportTarget, useImportFlow } from './import-flow';
import { importErrorText } from './import-message';

/** The progress line's text: the phase, and how far where the worker knows it. */
export function progressText(t: TFunction, p: ImportProgress | null): string {
  const phase = t(`gis.import.phase.${p?.phase ?? 'reading'}`);
  if (!p?.total || p.done === undefined) return phase;
  const how =
    p.phase === 'reading'
      ? t('gis.import.percent', { pct: Math.floor((100 * p.done) / p.total) })
      : t('gis.import.count', { done: p.done, total: p.total });
  return `${phase} ${how}`;
}

/** A problem as the planner reads it (a cancel says only that; a crash is errors.unexpected). */
export function problemText(t: TFunction, problem: ImportProblem, files: string): string {
  if ('crash' in problem)
    return t('wb.importFailed', {
      file: files,
      detail: t('errors.unexpected', { detail: t('gis.import.crashed') }),
    });
  if (problem.error.code === 'cancelled') return importErrorText(t, problem.error);
  return t('wb.importFailed', { file: problem.error.file, detail: importErrorText(t, problem.error) });
}

/** The busy state of an import: a progress bar, what the worker is doing, and 取消 / Cancel. */
export function ImportProgressBar({ target, testid }: { target: ImportTarget; testid: string }) {
  const { t } = useTranslation();
  const f = useImportFlow(target);
  if (f.status !== 'busy' && !f.rerunning) return null;
  const p = f.progress;
  const value = p?.total && p.done !== undefined ? p.done / p.total : undefined;
  return (
    <div className="import-progress" role="status" data-testid={`${testid}-progress`}>
      <progress max={1} value={value} aria-label={t('gis.import.progressLabel')} />{' '}
      <span data-testid={`${testid}-progress-text`}>
        {f.rerunning ? t('gis.import.rerunning') : progressText(t, p)}
      </span>{' '}
      <button
        type="button"
        className="small"
        onClick={() => cancelImport(target)}
        data-testid={`${testid}-cancel`}
      >
        {t('gis.import.cancel')}
      </button>
    </div>
  );
}
