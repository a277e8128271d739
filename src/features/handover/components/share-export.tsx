import { Suspense, useRef, useState } from 'react';
import { retryableLazy } from '@/components/ui/retryable-lazy';
import type { GeoData } from '@/lib/data/use-geo-data';
import { useT } from './translate';
import '../handover.css';

// The dialog (and what it loads on use: qrcode, pdf-lib, fontkit) is a chunk of its own: a page
// carries only this button until it is pressed.
const Dialog = retryableLazy(() => import('./share-dialog').then((m) => m.ShareDialog));

/** 分享与导出 / Share & export: the header button that opens the hand-over dialog. */
export function ShareExport({ data }: { data: GeoData }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="share-open"
        onClick={() => setOpen(true)}
        data-testid="share-open"
        aria-haspopup="dialog"
        aria-expanded={open}
      >
        {t('handover.title')}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <Dialog.Component
            data={data}
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
