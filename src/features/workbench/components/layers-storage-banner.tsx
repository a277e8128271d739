import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Message, showMessage } from '@/i18n/message';
import { download } from '@/lib/download';
import { type AsideEntry, asideFileText, useLayerStorage } from '@/store/imported-persistence';
import { recordProblemMessage } from '@/store/imported-record';

/**
 * Stays above the layer list while the layers are not being kept (no database, storage full, a refused
 * write), and lists the records set aside as unreadable, each to download (its raw JSON), restore (as
 * a layer, from whatever features it still holds) or discard.
 */
export function LayersStorageBanner() {
  const { t } = useTranslation();
  const status = useLayerStorage((s) => s.status);
  const message = useLayerStorage((s) => s.message);
  const aside = useLayerStorage((s) => s.aside);
  return (
    <>
      {message && status !== 'ok' && status !== 'loading' ? (
        <div
          className="status warn data-missing long-text"
          role="status"
          data-testid="layers-storage"
          data-status={status}
        >
          <p>{showMessage(t, message)}</p>
        </div>
      ) : null}
      {aside.length > 0 ? (
        <div className="status warn long-text layers-aside" data-testid="layers-aside">
          <h4>{t('gis.layers.aside.title')}</h4>
          <ul>
            {aside.map((a) => (
              <AsideRow key={a.id} entry={a} />
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

function AsideRow({ entry }: { entry: AsideEntry }) {
  const { t } = useTranslation();
  const actions = useLayerStorage((s) => s.actions);
  const [result, setResult] = useState<Message | null>(null);
  const from = { from: entry.from };
  return (
    <li data-testid="layers-aside-entry">
      <span>
        {t('gis.layers.aside.entry', {
          from: entry.from,
          problem: showMessage(t, recordProblemMessage(entry.problem)),
        })}
      </span>
      <div className="btn-row">
        <button
          type="button"
          className="small"
          aria-label={t('gis.layers.aside.downloadOf', from)}
          data-testid="layers-aside-download"
          onClick={() => {
            const safe = entry.from.replace(/[^\w.-]+/g, '_').slice(0, 60) || 'record';
            download(`layer-record-${safe}-${entry.id}.json`, asideFileText(entry), 'application/json');
          }}
        >
          {t('gis.layers.aside.download')}
        </button>
        <button
          type="button"
          className="small"
          disabled={!actions}
          aria-label={t('gis.layers.aside.restoreOf', from)}
          data-testid="layers-aside-restore"
          onClick={async () => setResult((await actions?.restore(entry.id)) ?? null)}
        >
          {t('gis.layers.aside.restore')}
        </button>
        <button
          type="button"
          className="small danger"
          disabled={!actions}
          aria-label={t('gis.layers.aside.discardOf', from)}
          data-testid="layers-aside-discard"
          onClick={() => void actions?.discard(entry.id).catch(() => undefined)}
        >
          {t('gis.layers.aside.discard')}
        </button>
      </div>
      {result ? (
        <p className="status error" role="alert" data-testid="layers-aside-error">
          {showMessage(t, result)}
        </p>
      ) : null}
    </li>
  );
}
