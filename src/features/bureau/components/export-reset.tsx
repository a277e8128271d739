import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BureauLoad, clearBureau } from '@/lib/data/bureau-db';
import { bureauQueryOptions } from '@/lib/data/use-geo-data';
import { download } from '@/lib/download';
import type { Tables } from '../model/merge';

const ZIP = 'application/zip';

/** 导出为 data/ 文件: the tables in force as data/nodes.csv and data/park-stats.csv in a zip. */
export function ExportCard({ current, appliedAt }: { current: () => Tables; appliedAt: string | null }) {
  const { t } = useTranslation();
  const [said, setSaid] = useState<{ error: boolean; text: string } | null>(null);
  const go = async () => {
    try {
      const { dataFilesZip, dataZipName } = await import('../apply/data-files');
      const at = appliedAt ? new Date(appliedAt) : new Date();
      const name = dataZipName(at);
      download(name, new Blob([dataFilesZip(current(), at) as Uint8Array<ArrayBuffer>], { type: ZIP }), ZIP);
      setSaid({ error: false, text: t('bureau.panel.export.done', { file: name }) });
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      setSaid({ error: true, text: t('bureau.panel.export.failed', { detail }) });
    }
  };
  return (
    <section className="bureau-card" aria-labelledby="bureau-export-h">
      <h3 id="bureau-export-h">{t('bureau.panel.export.title')}</h3>
      <p className="muted">{t('bureau.panel.export.hint')}</p>
      <div className="bureau-buttons">
        <button type="button" onClick={() => void go()} data-testid="bureau-export">
          {t('bureau.panel.export.button')}
        </button>
      </div>
      {said ? (
        <p className={said.error ? 'error' : 'muted'} role={said.error ? 'alert' : 'status'}>
          {said.text}
        </p>
      ) : null}
    </section>
  );
}

/** 恢复发布数据, after a confirm step: clears the store, then the cache (every page follows). */
export function ResetCard({ applied, disabled }: { applied: boolean; disabled: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<{ error: boolean; text: string } | null>(null);
  const no = useRef<HTMLButtonElement>(null);
  const saidRef = useRef<HTMLParagraphElement>(null);
  // The keyboard goes to the safe choice when asked, and to what happened after.
  useEffect(() => {
    if (confirming) no.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (said) saidRef.current?.focus();
  }, [said]);
  const reset = async () => {
    setBusy(true);
    const done = await clearBureau();
    setBusy(false);
    setConfirming(false);
    if (!done.ok) {
      setSaid({ error: true, text: t('bureau.panel.reset.failed', { detail: done.detail }) });
      return;
    }
    client.setQueryData<BureauLoad>(bureauQueryOptions().queryKey, { record: null });
    void client.invalidateQueries({ queryKey: ['bureau', 'storage'] });
    setSaid({ error: false, text: t('bureau.panel.reset.done') });
  };
  return (
    <section className="bureau-card" aria-labelledby="bureau-reset-h">
      <h3 id="bureau-reset-h">{t('bureau.panel.reset.title')}</h3>
      <p className="muted">{t('bureau.panel.reset.hint')}</p>
      {confirming ? (
        <fieldset className="bureau-confirm">
          <legend>
            <strong>{t('bureau.panel.reset.confirm')}</strong>
          </legend>
          <div className="bureau-buttons">
            <button
              type="button"
              className="danger"
              onClick={() => void reset()}
              disabled={busy}
              data-testid="bureau-reset-confirm"
            >
              {t('bureau.panel.reset.yes')}
            </button>
            <button
              ref={no}
              type="button"
              onClick={() => setConfirming(false)}
              disabled={busy}
              data-testid="bureau-reset-no"
            >
              {t('bureau.panel.reset.no')}
            </button>
          </div>
        </fieldset>
      ) : (
        <div className="bureau-buttons">
          <button
            type="button"
            onClick={() => {
              setSaid(applied ? null : { error: false, text: t('bureau.panel.reset.nothing') });
              setConfirming(applied);
            }}
            disabled={disabled}
            data-testid="bureau-reset"
          >
            {t('bureau.panel.reset.button')}
          </button>
        </div>
      )}
      {said ? (
        <p
          ref={saidRef}
          tabIndex={-1}
          className={said.error ? 'error' : 'muted'}
          role={said.error ? 'alert' : 'status'}
          data-testid="bureau-reset-said"
        >
          {said.text}
        </p>
      ) : null}
    </section>
  );
}
