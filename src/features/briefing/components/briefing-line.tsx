import { useTranslation } from 'react-i18next';
import { EvidenceTag, type EvidenceItem } from '@/components/ui/evidence-tag';
import { ProvenanceBadge } from '@/components/ui/provenance-badge';
import { showMessage } from '@/i18n/message';
import type { BriefLine } from '../model/briefing-steps';

/** One sentence of a briefing step, with what its figure rests on (records, or a source and date). */
export function BriefingLine({
  line,
  lookup,
}: {
  line: BriefLine;
  lookup: (id: string) => EvidenceItem | undefined;
}) {
  const { t } = useTranslation();
  const source = line.cite?.source;
  return (
    <li className={`brief-line${line.kind ? ` brief-${line.kind}` : ''}`}>
      <span className="brief-text">
        {showMessage(t, line.text)}
        {line.items?.map((m) => showMessage(t, m)).join(t('briefing.lines.listSep'))}
      </span>{' '}
      {line.evidence ? <EvidenceTag evidence={line.evidence} lookup={lookup} /> : null}
      {line.cite ? (
        <ProvenanceBadge
          provenance={line.cite.provenance}
          source={typeof source === 'object' ? showMessage(t, source) : source}
          asOf={line.cite.asOf}
        />
      ) : null}
    </li>
  );
}
