import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { retryableLazy } from '@/components/ui/retryable-lazy';
import type { GeoData } from '@/lib/data/use-geo-data';
import { useAppStore } from '@/store/app-store';
import '../briefing.css';

// The set-up form (and the file reader) loads when the dialog first opens.
/** When the briefing's chunks are fetched ahead of use: after the map page's first view has settled. */
export const PREFETCH_AFTER_MS = 6000;
const SetupForm = retryableLazy(() => import('./briefing-setup').then((m) => m.SetupForm));

/**
 * The header's 汇报模式 / Briefing button and its set-up dialog. Starts the briefing on the map page.
 */
export function BriefingLauncher({ data }: { data: GeoData }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [opened, setOpened] = useState(false);
  // Not in the page's first JS, but fetched once the page has settled (a few seconds after load, when
  // idle), so a briefing file still opens when the network is gone by then (a venue without Wi-Fi).
  useEffect(function prefetchWhenSettled() {
    const load = () => {
      import('./briefing-setup').catch(() => undefined);
      import('./briefing-presenter').catch(() => undefined);
      // The closing card's QR code.
      import('qrcode').catch(() => undefined);
    };
    const w = window as Window & { requestIdleCallback?: (cb: () => void) => number };
    const later = setTimeout(
      () => (w.requestIdleCallback ? w.requestIdleCallback(load) : load()),
      PREFETCH_AFTER_MS,
    );
    return () => clearTimeout(later);
  }, []);
  const open = () => {
    setOpened(true);
    dialog.current?.showModal();
  };
  const presenting = useAppStore((s) => s.briefing !== null && s.page === 'map');
  const endBriefing = useAppStore((s) => s.endBriefing);
  if (presenting)
    // While presenting, the header keeps a way out, even if the presenter itself failed.
    return (
      <button type="button" className="brief-open" onClick={endBriefing} data-testid="brief-leave">
        {t('briefing.exit')}
      </button>
    );
  return (
    <>
      <button
        type="button"
        className="brief-open"
        onClick={open}
        title={t('briefing.openHint')}
        data-testid="brief-open"
        aria-haspopup="dialog"
      >
        {t('briefing.open')}
      </button>
      <dialog ref={dialog} className="brief-setup" aria-labelledby="brief-setup-h" data-testid="brief-setup">
        {opened ? (
          <ErrorBoundary name="briefing-setup" what={t('briefing.setup.heading')} onRetry={SetupForm.reset}>
            <Suspense fallback={<p className="muted">{t('loading')}</p>}>
              <SetupForm.Component data={data} close={() => dialog.current?.close()} />
            </Suspense>
          </ErrorBoundary>
        ) : null}
      </dialog>
    </>
  );
}
