import { useTranslation } from 'react-i18next';
import type { Provenance } from '@/lib/schemas/vocab';

interface Props {
  provenance: Provenance;
  source?: string;
  asOf?: string;
}

/** Provenance, source (or method) and as-of date of a figure or record: shown wherever data is. */
export function ProvenanceBadge({ provenance, source, asOf }: Props) {
  const { t } = useTranslation();
  return (
    <span className="prov">
      <span className={`prov-tag prov-${provenance}`} title={t(`provenanceHelp.${provenance}`)}>
        {t(`provenance.${provenance}`)}
      </span>
      {source && provenance !== 'sample' ? (
        <span className="prov-source">
          {provenance === 'estimate' ? t('details.method') : t('details.source')}: {source}
        </span>
      ) : null}
      {asOf ? (
        <span className="prov-asof">
          {t('details.asOf')} {asOf}
        </span>
      ) : null}
    </span>
  );
}
