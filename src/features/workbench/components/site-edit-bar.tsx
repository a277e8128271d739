import { useTranslation } from 'react-i18next';
import { showMessage } from '@/i18n/message';
import { formatNumber } from '@/lib/format';
import { useAppStore } from '@/store/app-store';
import { ensureGisStrings } from '../gis-strings';
import { ringArea } from '../model/geo-measure';

/** 编辑顶点 on a site card (pressed while this site is edited). */
export function SiteEditButton({ siteId }: { siteId: string }) {
  const { t, i18n } = useTranslation();
  ensureGisStrings(i18n);
  const on = useAppStore((s) => s.editing?.siteId === siteId);
  return (
    <button
      type="button"
      aria-pressed={on}
      data-testid="site-edit"
      onClick={() => (on ? undefined : useAppStore.getState().startEdit(siteId))}
    >
      {t('gis.draw.edit')}
    </button>
  );
}

/**
 * While a site's vertices are edited: its live area, Save, Undo and Cancel, and why a save was refused.
 * The map's handles are src/map/sync/use-vertex-edit.ts.
 */
export function SiteEditPanel({ siteId }: { siteId: string }) {
  const { t, i18n } = useTranslation();
  ensureGisStrings(i18n);
  const lang = useAppStore((s) => s.lang);
  const editing = useAppStore((s) => (s.editing?.siteId === siteId ? s.editing : null));
  const problem = useAppStore((s) => (s.editing?.siteId === siteId ? s.drawProblem : null));
  const { saveEdit, cancelEdit, undoVertex } = useAppStore.getState();
  if (!editing) return null;
  const area = ringArea(editing.ring);
  return (
    <div className="site-edit" data-testid="site-edit-bar">
      <p className="hint">
        <strong>{t('gis.draw.editing')}</strong> {t('gis.draw.editHint')}
      </p>
      <p className="readout" aria-live="polite" data-testid="edit-readout">
        {t('gis.draw.vertexCount', { count: editing.ring.length })}
        {area
          ? ` · ${t('wb.areaIs', {
              km2: formatNumber(area.km2, lang, 3),
              ha: formatNumber(area.ha, lang, 1),
              mu: formatNumber(area.mu, lang),
            })}`
          : null}
      </p>
      <div className="btn-row">
        <button type="button" className="primary" data-testid="edit-save" onClick={() => saveEdit()}>
          {t('gis.draw.save')}
        </button>
        <button
          type="button"
          data-testid="edit-undo"
          disabled={editing.history.length === 0}
          onClick={undoVertex}
        >
          {t('gis.draw.undoEdit')}
        </button>
        <button type="button" data-testid="edit-cancel" onClick={cancelEdit}>
          {t('gis.draw.cancel')}
        </button>
      </div>
      {problem ? (
        <p className="status error long-text" role="alert" data-testid="edit-problem">
          {showMessage(t, problem)}
        </p>
      ) : null}
    </div>
  );
}
