import { useTranslation } from 'react-i18next';
import { labelOr } from '@/i18n/message';
import { ProvenanceBadge } from '@/components/ui/provenance-badge';
import { nameIn, noteIn } from '@/i18n/lang';
import type { PlaceProps } from '@/lib/schemas/catalog';
import { useAppStore } from '@/store/app-store';

export function PlaceDetails({ place }: { place: PlaceProps }) {
  const { t, i18n } = useTranslation();
  const exists = (k: string) => i18n.exists(k);
  const lang = useAppStore((s) => s.lang);
  return (
    <>
      <h2 id="details-title" tabIndex={-1}>
        {nameIn(lang, place)}
      </h2>
      <ProvenanceBadge
        provenance={place.provenance}
        source={noteIn(lang, place, 'source')}
        asOf={place.as_of}
      />
      <dl className="facts">
        <dt>{t('details.kind')}</dt>
        <dd>{t(`placeKinds.${place.kind}`)}</dd>
        {place.port_kind ? (
          <>
            <dt>{t('details.portKind')}</dt>
            <dd data-testid="port-kind">{t(`portKinds.${place.port_kind}`)}</dd>
          </>
        ) : null}
        <dt>{t('details.county')}</dt>
        <dd>{t(`countyNames.${place.county}`)}</dd>
        <dt>{t('details.confidence')}</dt>
        <dd>{labelOr(t, exists, `confidenceLevels.${place.confidence}`, place.confidence)}</dd>
      </dl>
    </>
  );
}
