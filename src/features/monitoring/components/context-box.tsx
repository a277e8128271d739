import { useTranslation } from 'react-i18next';
import { ProvenanceBadge } from '@/components/ui/provenance-badge';
import { nameIn, textIn } from '@/i18n/lang';
import { formatNumber } from '@/lib/format';
import type { BuiltContext } from '@/lib/schemas/monitor';
import { useAppStore } from '@/store/app-store';

/** Public figures beside a target that are not its metric: 背景数据(不是本指标)/ Context (not this indicator). */
export function ContextBox({ items }: { items: readonly BuiltContext[] }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  if (items.length === 0) return null;
  return (
    // A note, not a landmark: every target card has one, and landmarks must have names of their own.
    <div className="mon-context" role="note" data-testid="context" aria-label={t('monitor.context')}>
      <p className="mon-context-title">{t('monitor.context')}</p>
      <ul>
        {items.map((c) => {
          const source = lang === 'zh' ? c.source_zh : c.source;
          return (
            <li key={c.id} data-testid={`context-${c.id}`}>
              <span className="mon-context-name">{nameIn(lang, c)}</span>:{' '}
              <span className="mon-context-value">
                {formatNumber(c.value, lang, 2)} {textIn(lang, c, 'unit')}
              </span>{' '}
              {t('monitor.contextYear', { year: c.year })}
              <br />
              <span className="mon-context-why">
                {t('monitor.contextWhy', { why: textIn(lang, c, 'not_indicator') })}
              </span>
              <br />
              <span className="mon-context-source">
                {c.url ? (
                  <a href={c.url} target="_blank" rel="noopener noreferrer">
                    {t('monitor.contextSource', { source })}
                  </a>
                ) : (
                  t('monitor.contextSource', { source })
                )}
              </span>{' '}
              <ProvenanceBadge provenance={c.provenance} asOf={c.as_of} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
