import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '@/i18n/lang';
import { download } from '@/lib/download';
import type { Catalog } from '@/lib/schemas/catalog';
import type { Tables } from '../model/merge';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Which = 'xlsx' | 'xlsx-current' | 'csv-ledger' | 'csv-stats';

/** 下载模板: the workbook (blank or with the data in use) and the two CSV templates. */
export function TemplateButtons({
  catalog,
  current,
  lang,
}: {
  catalog: Catalog;
  /** The tables in force (for the prefilled workbook). */
  current: () => Tables;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Which | null>(null);
  const [error, setError] = useState<string | null>(null);
  const go = async (which: Which) => {
    setBusy(which);
    setError(null);
    try {
      // The template writer (and SheetJS for xlsx) loads on the first click.
      const w = await import('../sheets/write-template');
      if (which === 'csv-ledger' || which === 'csv-stats') {
        const kind = which === 'csv-ledger' ? 'ledger' : 'stats';
        download(w.templateFileName(kind, 'csv', lang), w.templateCsv(kind), 'text/csv;charset=utf-8');
      } else {
        const lists = { industries: catalog.industries, links: catalog.links, parks: catalog.parks };
        const tables = which === 'xlsx-current' ? current() : null;
        const bytes = await w.templateXlsx({
          lists,
          lang,
          ...(tables ? { ledger: tables.ledger, stats: tables.stats } : {}),
        });
        download(
          w.templateFileName('workbook', 'xlsx', lang),
          new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }),
          XLSX_TYPE,
        );
      }
    } catch (e) {
      setError(t('bureau.panel.templates.failed', { detail: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(null);
    }
  };
  const button = (which: Which, label: string) => (
    <button
      type="button"
      onClick={() => void go(which)}
      disabled={busy !== null}
      aria-busy={busy === which}
      data-testid={`bureau-template-${which}`}
    >
      {busy === which ? t('bureau.panel.templates.busy') : label}
    </button>
  );
  return (
    <section className="bureau-card" aria-labelledby="bureau-templates-h">
      <h3 id="bureau-templates-h">{t('bureau.panel.templates.title')}</h3>
      <p className="muted">{t('bureau.panel.templates.hint')}</p>
      <div className="bureau-buttons">
        {button('xlsx', t('bureau.panel.templates.xlsx'))}
        {button('xlsx-current', t('bureau.panel.templates.xlsxCurrent'))}
        {button('csv-ledger', t('bureau.panel.templates.csvLedger'))}
        {button('csv-stats', t('bureau.panel.templates.csvStats'))}
      </div>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
