import { useTranslation } from 'react-i18next';
import type { GeoData } from '@/lib/data/use-geo-data';
import { ensureBureauStrings } from '../bureau-strings';

/** The bureau's own data: templates, import with validation and preview, apply, export, reset. */
export function BureauPanel(_: { data: GeoData }) {
  const { t, i18n } = useTranslation();
  ensureBureauStrings(i18n);
  return (
    <section className="bureau" aria-labelledby="bureau-h" data-testid="bureau-panel">
      <h2 id="bureau-h">{t('bureau.title')}</h2>
    </section>
  );
}
