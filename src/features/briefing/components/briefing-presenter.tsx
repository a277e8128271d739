import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ensureBriefingStrings } from '../briefing-strings';
import { QrCode } from '@/components/ui/qr-code';
import { useEvidenceIndex } from '@/components/data/use-evidence-index';
import { showMessage } from '@/i18n/message';
import { NARROW_MAX_PX, PHONE_MAX_PX } from '@/lib/breakpoints';
import { download } from '@/lib/download';
import type { GeoData } from '@/lib/data/use-geo-data';
import { type BriefingView, useAppStore } from '@/store/app-store';
import { briefingFile, briefingFileName } from '../model/briefing-file';
import type { Bbox } from '../model/briefing-steps';
import { BriefingLine } from './briefing-line';
import { today, useBriefing } from './use-briefing';
import '../briefing.css';

/** The room the briefing card leaves for the map: beside it on a wide screen, above it on a phone. */
export function briefingPadding(): { top: number; right: number; bottom: number; left: number } {
  const w = window.innerWidth;
  const h = window.innerHeight;
  if (w <= PHONE_MAX_PX) return { top: 16, right: 16, bottom: Math.round(h * 0.55), left: 16 };
  const card = Math.min(680, Math.max(380, Math.round(w * 0.34)));
  return { top: 40, right: w > NARROW_MAX_PX ? 300 : 40, bottom: 40, left: card + 48 };
}

/** Keys the presenter handles; a key typed into a field, or Space/Enter on a button, is left alone. */
function isTyping(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null;
  if (!el) return false;
  if (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) return true;
  return el.tagName === 'BUTTON' && (e.key === ' ' || e.key === 'Enter');
}

/** The briefing being presented, over the map: one step at a time, driven by the keyboard or buttons. */
export function BriefingPresenter({ data }: { data: GeoData }) {
  const b = useAppStore((s) => s.briefing);
  return b ? <Presenter data={data} b={b} /> : null;
}

function Presenter({ data, b }: { data: GeoData; b: BriefingView }) {
  const { t, i18n } = useTranslation();
  ensureBriefingStrings(i18n);
  const lang = useAppStore((s) => s.lang);
  const includeSample = useAppStore((s) => s.includeSample);
  const { setBriefingStep, endBriefing, setNotice } = useAppStore.getState();
  const ix = useEvidenceIndex(data);
  const briefing = useBriefing(data, b);
  const steps = briefing.steps;
  const n = Math.min(Math.max(0, b.step), steps.length - 1);
  const step = steps[n] ?? steps[0];
  const card = useRef<HTMLElement>(null);

  // Planner layers are not for an audience: hidden while presenting, as they were after.
  useEffect(function hidePlannerTools() {
    document.body.classList.add('briefing-on');
    const had = useAppStore.getState().hidden.includes('planner');
    if (!had) useAppStore.setState((s) => ({ hidden: [...s.hidden, 'planner'] }));
    card.current?.focus();
    return () => {
      document.body.classList.remove('briefing-on');
      if (!had) useAppStore.setState((s) => ({ hidden: s.hidden.filter((g) => g !== 'planner') }));
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  // Each step sets the map's view and frames its box beside the card.
  const bboxKey = step?.bbox.join(',');
  const viewKey = step ? `${step.view.industries.join(',')}|${step.view.link}|${step.view.park}` : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: the keys stand for the step's box and view
  useEffect(
    function showStep() {
      if (!step) return;
      useAppStore.setState({
        industries: step.view.industries,
        link: step.view.link,
        stage: null,
        q: '',
        selection: step.view.park ? { kind: 'park', id: step.view.park } : null,
      });
      useAppStore.getState().moveCamera({
        kind: 'bounds',
        bbox: (bboxKey?.split(',').map(Number) ?? step.bbox) as Bbox,
        maxZoom: 12.5,
        padding: briefingPadding(),
      });
    },
    [bboxKey, viewKey],
  );

  const go = (to: number) => setBriefingStep(Math.min(Math.max(0, to), steps.length - 1));
  // biome-ignore lint/correctness/useExhaustiveDependencies: go reads the same n and length
  useEffect(
    function presenterKeys() {
      const onKey = (e: KeyboardEvent) => {
        if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e)) return;
        const to =
          e.key === 'ArrowRight' || e.key === ' ' || e.key === 'PageDown'
            ? n + 1
            : e.key === 'ArrowLeft' || e.key === 'PageUp'
              ? n - 1
              : e.key === 'Home'
                ? 0
                : e.key === 'End'
                  ? steps.length - 1
                  : null;
        if (e.key === 'Escape') endBriefing();
        else if (to === null) return;
        else go(to);
        e.preventDefault();
        e.stopPropagation();
      };
      window.addEventListener('keydown', onKey, true);
      return () => window.removeEventListener('keydown', onKey, true);
    },
    [n, steps.length, endBriefing],
  );

  const fullscreen = () => {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    else
      document.documentElement
        .requestFullscreen()
        .catch(() => setNotice({ key: 'briefing.fullscreenFailed' }));
  };
  const save = () => {
    const spec = { industry: b.industry, link: b.link, park: b.park, title: b.title, notes: b.notes };
    const name = briefingFileName(spec, today());
    download(
      name,
      JSON.stringify(briefingFile(spec, lang, includeSample, today()), null, 2),
      'application/json',
    );
    setNotice({ key: 'briefing.saved', params: { file: name } });
  };
  const copy = () => {
    navigator.clipboard
      ?.writeText(window.location.href)
      .then(() => setNotice({ key: 'briefing.copied' }))
      .catch(() => setNotice({ key: 'briefing.copyFailed' }));
  };
  if (!step) return null;
  const lookup = (id: string) => ix.node(id);
  return (
    <section
      ref={card}
      tabIndex={-1}
      className={`briefing-card brief-step-${step.id}`}
      aria-label={t('briefing.region')}
      data-testid="briefing"
      data-step={step.id}
    >
      <header className="brief-head">
        <p className="brief-counter" data-testid="brief-counter">
          <span aria-hidden="true">{t('briefing.counter', { n: n + 1, m: steps.length })}</span>
          <span className="sr-only">{t('briefing.step', { n: n + 1, m: steps.length })}</span>
        </p>
        <ol className="brief-dots" aria-hidden="true">
          {steps.map((s, i) => (
            <li key={s.id} className={i === n ? 'on' : i < n ? 'done' : ''} />
          ))}
        </ol>
      </header>
      <div className="brief-body" aria-live="polite">
        <h2 data-testid="brief-title">{showMessage(t, step.title)}</h2>
        {briefing.problems.length > 0 ? (
          <div className="brief-problems" role="status" data-testid="brief-problems">
            <p>{t('briefing.problems.heading')}</p>
            <ul>
              {briefing.problems.map((p) => (
                <li key={`${p.key}${String(p.params?.id ?? '')}`}>{showMessage(t, p)}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <ul className="brief-lines" data-testid="brief-lines">
          {step.lines.map((l, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a step's lines are a fixed list
            <BriefingLine key={i} line={l} lookup={lookup} />
          ))}
        </ul>
        {step.id === 'close' && step.url ? (
          <QrCode
            url={step.url}
            size={Math.min(240, Math.round(window.innerHeight * 0.22))}
            label={t('briefing.lines.qr')}
          />
        ) : null}
        <p className="brief-sample">{t(includeSample ? 'briefing.sampleNote' : 'briefing.publicOnly')}</p>
      </div>
      <nav className="brief-nav" aria-label={t('briefing.region')}>
        <button type="button" onClick={() => go(n - 1)} disabled={n === 0} data-testid="brief-prev">
          ← {t('briefing.prev')}
        </button>
        <button
          type="button"
          onClick={() => go(n + 1)}
          disabled={n === steps.length - 1}
          data-testid="brief-next"
        >
          {t('briefing.next')} →
        </button>
        <button type="button" onClick={fullscreen} data-testid="brief-fullscreen">
          {t('briefing.fullscreen')}
        </button>
        <button type="button" onClick={save} data-testid="brief-save">
          {t('briefing.save')}
        </button>
        <button type="button" onClick={copy} data-testid="brief-copy">
          {t('briefing.copyLink')}
        </button>
        <button type="button" onClick={endBriefing} data-testid="brief-exit">
          {t('briefing.exit')}
        </button>
      </nav>
      <p className="brief-keys">{t('briefing.keys')}</p>
    </section>
  );
}
