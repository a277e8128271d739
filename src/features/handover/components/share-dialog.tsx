import { useEffect, useId, useRef, useState } from 'react';
import { QrCode } from '@/components/ui/qr-code';
import type { Lang } from '@/i18n/lang';
import { nameIn } from '@/i18n/lang';
import type { GeoData } from '@/lib/data/use-geo-data';
import { download } from '@/lib/download';
import { getMapSnapshot } from '@/lib/map-snapshot';
import { useAppStore } from '@/store/app-store';
import type { BriefSubject } from '../model/brief-content';
import { fileName } from '../model/dates';
import { useBriefPdf } from './use-brief-pdf';
import { useT } from './translate';
import { useMapPng } from './use-map-png';
import { PrintAtScale } from './print-at-scale';
import '../handover.css';

type Status = { kind: 'busy' | 'done' | 'error'; text: string } | null;
type LangChoice = 'zh' | 'en' | 'both';

/** The subjects a brief can be about in this view: the selected or shown park, the selected industry. */
function useSubjects(data: GeoData): BriefSubject[] {
  const page = useAppStore((s) => s.page);
  const selection = useAppStore((s) => s.selection);
  const industries = useAppStore((s) => s.industries);
  const out: BriefSubject[] = [];
  const parkId = page.startsWith('park:') ? page.slice(5) : selection?.kind === 'park' ? selection.id : null;
  if (parkId && data.index.park(parkId)) out.push({ kind: 'park', id: parkId });
  for (const id of industries) if (data.index.industry(id)) out.push({ kind: 'chain', industry: id });
  return out;
}

/**
 * The Share & export dialog: the QR code of this view, the map image (PNG, on the map page), the brief
 * (PDF) of a park or an industry chain, and print. A native modal dialog, opened when it mounts: focus
 * moves into it, Esc closes it (then `onClose`, and the button takes the focus back).
 */
export function ShareDialog({ data, onClose }: { data: GeoData; onClose: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const dialog = useRef<HTMLDialogElement>(null);
  const [href, setHref] = useState('');
  const [open, setOpen] = useState(false);
  const [png, setPng] = useState<Status>(null);
  const [pdf, setPdf] = useState<Status>(null);
  const [subjectKey, setSubjectKey] = useState('');
  const [langChoice, setLangChoice] = useState<LangChoice>(lang);
  const makePng = useMapPng(data);
  const makePdf = useBriefPdf(data);
  const subjects = useSubjects(data);
  const keyOf = (s: BriefSubject) => (s.kind === 'park' ? `park:${s.id}` : `chain:${s.industry}`);
  const subject = subjects.find((s) => keyOf(s) === subjectKey) ?? subjects[0];
  const hasMap = open && getMapSnapshot() !== null;
  const ids = useId();

  useEffect(function openOnMount() {
    setHref(window.location.href);
    setLangChoice(useAppStore.getState().lang);
    setOpen(true);
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const close = () => dialog.current?.close();

  const onPng = async () => {
    setPng({ kind: 'busy', text: t('handover.png.making') });
    try {
      const out = await makePng();
      if (!out) {
        setPng({ kind: 'error', text: t('handover.png.noMap') });
        return;
      }
      download(fileName(`${t('handover.png.file')}`, out.date, 'png'), out.blob, 'image/png');
      setPng({ kind: 'done', text: t('handover.png.done', { w: out.layout.width, h: out.layout.height }) });
    } catch (e) {
      setPng({
        kind: 'error',
        text: t('handover.png.failed', { msg: e instanceof Error ? e.message : String(e) }),
      });
    }
  };
  const onPdf = async () => {
    if (!subject) return;
    setPdf({ kind: 'busy', text: t('handover.pdf.making') });
    try {
      const langs: Lang[] = langChoice === 'both' ? ['zh', 'en'] : [langChoice];
      const out = await makePdf(subject, langs, window.location.href);
      download(out.fileName, out.blob, 'application/pdf');
      const done = t('handover.pdf.done', { pages: out.pages });
      setPdf({
        kind: 'done',
        text: out.missing > 0 ? `${done} ${t('handover.pdf.fallback', { n: out.missing })}` : done,
      });
    } catch (e) {
      setPdf({
        kind: 'error',
        text: t('handover.pdf.failed', { msg: e instanceof Error ? e.message : String(e) }),
      });
    }
  };
  const onPrint = () => {
    close();
    // After the dialog is gone from the page, so that it does not print.
    requestAnimationFrame(() => window.print());
  };
  const subjectName = (s: BriefSubject) => {
    if (s.kind === 'park') {
      const p = data.index.park(s.id);
      return t('handover.pdf.park', { name: p ? nameIn(lang, p) : s.id });
    }
    const i = data.index.industry(s.industry);
    return t('handover.pdf.chain', { name: i ? nameIn(lang, i) : s.industry });
  };

  return (
    <dialog
      ref={dialog}
      className="share-dialog"
      aria-labelledby={`${ids}-h`}
      data-testid="share-dialog"
      onClose={() => {
        setOpen(false);
        onClose();
      }}
    >
      {open ? (
        <div className="share-body">
          <header className="share-head">
            <h2 id={`${ids}-h`}>{t('handover.title')}</h2>
            <button type="button" className="share-close" onClick={close} data-testid="share-close">
              {t('handover.close')}
            </button>
          </header>
          <p className="muted">{t('handover.intro')}</p>
          <div className="share-grid">
            <section aria-labelledby={`${ids}-qr`} className="share-qr">
              <h3 id={`${ids}-qr`}>{t('handover.qr.heading')}</h3>
              <QrCode url={href} size={192} />
            </section>
            <div className="share-actions">
              <section aria-labelledby={`${ids}-png`}>
                <h3 id={`${ids}-png`}>{t('handover.png.heading')}</h3>
                {hasMap ? (
                  <button
                    type="button"
                    onClick={onPng}
                    disabled={png?.kind === 'busy'}
                    data-testid="export-png"
                  >
                    {t('handover.png.button')}
                  </button>
                ) : (
                  <p className="muted">{t('handover.png.noMap')}</p>
                )}
                <p className={`share-status ${png?.kind ?? ''}`} role="status" data-testid="png-status">
                  {png?.text ?? ''}
                </p>
              </section>
              <section aria-labelledby={`${ids}-pdf`}>
                <h3 id={`${ids}-pdf`}>{t('handover.pdf.heading')}</h3>
                {subject ? (
                  <>
                    <label className="share-field">
                      <span>{t('handover.pdf.subject')}</span>
                      <select
                        value={keyOf(subject)}
                        onChange={(e) => setSubjectKey(e.target.value)}
                        data-testid="pdf-subject"
                      >
                        {subjects.map((s) => (
                          <option key={keyOf(s)} value={keyOf(s)}>
                            {subjectName(s)}
                          </option>
                        ))}
                      </select>
                    </label>
                    <fieldset className="share-langs">
                      <legend>{t('handover.pdf.language')}</legend>
                      {(['zh', 'en', 'both'] as const).map((l) => (
                        <label key={l}>
                          <input
                            type="radio"
                            name={`${ids}-lang`}
                            value={l}
                            checked={langChoice === l}
                            onChange={() => setLangChoice(l)}
                            data-testid={`pdf-lang-${l}`}
                          />
                          <span>{t(`handover.pdf.${l}`)}</span>
                        </label>
                      ))}
                    </fieldset>
                    <button
                      type="button"
                      onClick={onPdf}
                      disabled={pdf?.kind === 'busy'}
                      data-testid="export-pdf"
                    >
                      {t('handover.pdf.button')}
                    </button>
                    {hasMap ? null : <p className="muted">{t('handover.pdf.noMapImage')}</p>}
                  </>
                ) : (
                  <p className="muted">{t('handover.pdf.none')}</p>
                )}
                <p className={`share-status ${pdf?.kind ?? ''}`} role="status" data-testid="pdf-status">
                  {pdf?.text ?? ''}
                </p>
              </section>
              <section aria-labelledby={`${ids}-print`}>
                <h3 id={`${ids}-print`}>{t('handover.print.heading')}</h3>
                <button type="button" onClick={onPrint} data-testid="print-page">
                  {t('handover.print.button')}
                </button>
                <p className="muted">{t('handover.print.help')}</p>
              </section>
              {hasMap ? <PrintAtScale data={data} onReady={close} /> : null}
            </div>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
