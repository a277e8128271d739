import { useTranslation } from 'react-i18next';
import type { CatalogIndex } from '@/lib/data/catalog-index';

/** One line under a panel's title: whether its verdicts include sample data, or what was left out. */
export function EvidenceBase({ ix }: { ix: CatalogIndex }) {
  const { t } = useTranslation();
  return (
    <p
      className={`evidence-base ${ix.includeSample ? 'with-sample' : 'public-only'}`}
      data-testid="evidence-base"
    >
      {ix.includeSample
        ? t('sampleSwitch.on')
        : t('sampleSwitch.excluded', { nodes: ix.excluded.nodes, land: ix.excluded.landFigures })}
    </p>
  );
}
