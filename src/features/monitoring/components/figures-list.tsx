import { useTranslation } from 'react-i18next';
import { ProvenanceBadge } from '@/components/ui/provenance-badge';
import { noteIn } from '@/i18n/lang';
import { showMessage } from '@/i18n/message';
import type { FigureUsed } from '@/lib/domain/indicator-types';
import { useAppStore } from '@/store/app-store';
import { figureMessage, uniqueFigures } from '../model/format';

interface Props {
  figures: readonly FigureUsed[];
  parkName: (id: string) => string;
}

/** What an indicator rests on: how many figures, how many sample or the bureau's, and each with its provenance. */
export function FiguresList({ figures, parkName }: Props) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const list = uniqueFigures(figures);
  if (list.length === 0) return null;
  const sample = list.filter((f) => f.provenance === 'sample').length;
  const bureau = list.filter((f) => f.bureau).length;
  const summary = [
    t('monitor.figures', { count: list.length }),
    sample > 0 ? t('monitor.figuresSample', { n: sample }) : null,
    bureau > 0 ? t('monitor.figuresBureau', { n: bureau }) : null,
  ].filter((x) => x !== null);
  return (
    <details className="mon-figures" data-testid="figures">
      <summary className={sample > 0 ? 'evidence-sample' : undefined}>{summary.join(' · ')}</summary>
      <ul>
        {list.map((f) => (
          <li key={`${f.park}~${f.year}~${f.column}`} data-testid="figure">
            {showMessage(t, figureMessage(f, lang, parkName))}{' '}
            <ProvenanceBadge provenance={f.provenance} source={noteIn(lang, f, 'source')} asOf={f.as_of} />
            {f.bureau ? (
              <span className="mon-bureau" data-testid="bureau-tag">
                {t('monitor.bureau')}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
