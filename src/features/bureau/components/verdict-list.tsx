import { useTranslation } from 'react-i18next';
import { type VerdictNames, VERDICT_GROUPS, verdictLines } from '../apply/verdict-words';
import type { VerdictChanges } from '../model/verdict-changes';
import { ShortList } from './short-list';

/** The verdicts that change, group by group, from → to in words. */
export function VerdictList({
  changes,
  names,
  includeSample,
}: {
  changes: VerdictChanges;
  names: VerdictNames;
  includeSample: boolean;
}) {
  const { t } = useTranslation();
  const lines = verdictLines(changes, names, (k, p) => String(t(k as never, p as never)));
  const any = VERDICT_GROUPS.some((g) => lines[g].length > 0);
  return (
    <section className="bureau-verdicts" aria-labelledby="bureau-verdicts-h" data-testid="bureau-verdicts">
      <h4 id="bureau-verdicts-h">{t('bureau.panel.preview.verdicts')}</h4>
      <p className="muted">
        {t('bureau.panel.preview.sampleNote', {
          state: t(includeSample ? 'bureau.panel.preview.sampleOn' : 'bureau.panel.preview.sampleOff'),
        })}
      </p>
      {any ? (
        VERDICT_GROUPS.filter((g) => lines[g].length > 0).map((g) => (
          <div key={g} className="bureau-verdict-group" data-group={g}>
            <h5>
              {t(`bureau.panel.verdict.groups.${g}`)} ({lines[g].length})
            </h5>
            <ShortList items={lines[g]} />
          </div>
        ))
      ) : (
        <p data-testid="bureau-no-verdicts">{t('bureau.panel.preview.noVerdicts')}</p>
      )}
    </section>
  );
}
