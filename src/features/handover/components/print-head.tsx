import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { GeoData } from '@/lib/data/use-geo-data';
import { useAppStore } from '@/store/app-store';
import { todayIso } from '../model/dates';
import { PrintMap } from './print-map';
import { ScalePrintPage } from './scale-print-page';
import { useScalePrintJob } from './scale-print-job';
import { useT } from './translate';
import { useViewTitle } from './use-view-title';
import '../handover.css';

/**
 * The printed page's head (print only): the page's title, the date and the link to this view, read
 * again just before printing (beforeprint, or the print media query starting to match).
 */
export function PrintHead({ data }: { data: GeoData }) {
  const t = useT();
  const page = useAppStore((s) => s.page);
  const viewTitle = useViewTitle(data);
  // Empty on the server (src/prerender renders the pages at build time); in the browser, read at once.
  // A hydrated page keeps the server's empty line until printing reads it again (suppressHydrationWarning).
  const [at, setAt] = useState(() =>
    typeof window === 'undefined' ? { date: '', url: '' } : { date: todayIso(), url: window.location.href },
  );
  useEffect(function readBeforePrint() {
    const read = () => flushSync(() => setAt({ date: todayIso(), url: window.location.href }));
    const media = window.matchMedia('print');
    const onMedia = (e: MediaQueryListEvent) => {
      if (e.matches) read();
    };
    window.addEventListener('beforeprint', read);
    media.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', read);
      media.removeEventListener('change', onMedia);
    };
  }, []);
  const title = page === 'map' ? viewTitle : t('title');
  // A sheet at a chosen scale (the share dialog's 按比例尺打印) prints instead of the current view.
  const job = useScalePrintJob();
  if (job && page === 'map') return <ScalePrintPage job={job} title={title} date={at.date} />;
  return (
    <>
      <div className="print-head" data-testid="print-head">
        <p className="print-title">{title}</p>
        <p className="print-meta" suppressHydrationWarning>
          {t('handover.print.printed', { date: at.date, url: at.url })}
        </p>
      </div>
      {page === 'map' ? <PrintMap data={data} /> : null}
    </>
  );
}
