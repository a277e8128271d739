import { useTranslation } from 'react-i18next';
import { useEvidenceIndex } from '@/components/data/use-evidence-index';
import type { Lang } from '@/i18n/lang';
import type { GeoData } from '@/lib/data/use-geo-data';
import { assetUrl } from '@/lib/paths';
import { useAppStore } from '@/store/app-store';
import { type BriefSubject, briefContent, type Translate } from '../model/brief-content';
import { fileName, todayIso } from '../model/dates';
import { useMapPng } from './use-map-png';

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.arrayBuffer();
}

/**
 * Makes the brief (PDF) of a park or an industry chain in the chosen languages: the content from the
 * pure model, the map image when the map is on the page, a QR code of the live view; pdf-lib, fontkit
 * and qrcode are loaded here, on use.
 */
export function useBriefPdf(data: GeoData) {
  const { i18n } = useTranslation();
  const ix = useEvidenceIndex(data);
  const makePng = useMapPng(data);
  return async (subject: BriefSubject, langs: Lang[], url: string) => {
    const date = todayIso();
    const t = {
      zh: i18n.getFixedT('zh') as unknown as Translate,
      en: i18n.getFixedT('en') as unknown as Translate,
    };
    const content = briefContent({
      subject,
      langs,
      ix,
      t,
      date,
      url,
      weights: useAppStore.getState().weights,
    });
    const [{ makeBriefPdf }, QR, faces, png] = await Promise.all([
      import('../export/make-brief'),
      import('qrcode'),
      fetchBytes(assetUrl('fonts/pdf-faces.json')).then(
        (b) => JSON.parse(new TextDecoder().decode(b)) as { url: string; 'unicode-range': string[] }[],
      ),
      makePng(),
    ]);
    const qrUrl = await QR.toDataURL(url, { margin: 1, width: 360, errorCorrectionLevel: 'M' });
    const qrPng = Uint8Array.from(atob(qrUrl.split(',')[1] ?? ''), (c) => c.charCodeAt(0));
    const out = await makeBriefPdf(content, {
      faces,
      fetchFont: (u) => fetchBytes(assetUrl(u)),
      qrPng,
      mapPng: png ? new Uint8Array(await png.blob.arrayBuffer()) : undefined,
    });
    return {
      blob: new Blob([out.bytes as BlobPart], { type: 'application/pdf' }),
      pages: out.pages,
      /** Characters drawn as "?" (no glyph in the PDF fonts); the brief says so too. */
      missing: out.missing.length,
      content,
      fileName: fileName(`${content.fileBase}-${langs.join('-')}`, date, 'pdf'),
    };
  };
}
