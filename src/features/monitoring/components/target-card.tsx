import { useTranslation } from 'react-i18next';
import { ProvenanceBadge } from '@/components/ui/provenance-badge';
import { QUOTES_EN } from '@/i18n/strings/monitor';
import { nameIn, noteIn, textIn } from '@/i18n/lang';
import { showMessage } from '@/i18n/message';
import type { IndicatorResult } from '@/lib/domain/indicator-types';
import { useAppStore } from '@/store/app-store';
import { parksChart, seriesChart } from '../model/chart-data';
import { formatValue, goalMessage, reasonMessage } from '../model/format';
import { type ParkLike, statusCounts, type TargetCard as Card } from '../model/view-model';
import { ContextBox } from './context-box';
import { FiguresList } from './figures-list';
import { IndicatorChart } from './indicator-chart';
import { StatusBadge } from './status-badge';

interface Props {
  card: Card;
  /** The park of the view (null: the prefecture). */
  park: ParkLike | null;
  parkName: (id: string) => string;
}

/** One 2025 target: status, value, goal, the plan's words, formula, our reading, evidence, charts, context. */
export function TargetCard({ card, park, parkName }: Props) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const show = (m: Parameters<typeof showMessage>[1]) => showMessage(t, m);
  const { target, result } = card;
  const empty = t('monitor.table.empty');
  const series = result ? seriesChart(result, lang, empty) : null;
  const byPark = card.parks.length > 0 ? parksChart(target, card.parks, lang, show, empty) : null;
  const reading = textIn(lang, target, 'reading');
  const fileScope = park?.id ?? 'prefecture';
  return (
    <li className="mon-card" data-testid={`target-${target.id}`} data-status={result?.status ?? 'by-park'}>
      <h4>{nameIn(lang, target)}</h4>
      {result ? (
        <Outcome result={result} park={park} parkName={parkName} />
      ) : (
        <ByPark card={card} parkName={parkName} />
      )}
      <blockquote className="mon-quote" data-testid="quote">
        <span className="mon-label">{t('monitor.planWords')}</span>
        <span className="mon-q">
          {t('monitor.planQuote', {
            quote: lang === 'zh' ? target.quote_zh : (QUOTES_EN[target.id] ?? target.name_en),
          })}
        </span>
        <footer>
          —— {noteIn(lang, target, 'source')}{' '}
          <ProvenanceBadge provenance={target.provenance} asOf={target.as_of} />
        </footer>
      </blockquote>
      <p className="mon-formula">
        <span className="mon-label">{t('monitor.formula')}</span> {textIn(lang, target, 'formula')}
      </p>
      {reading ? (
        <p className="mon-reading" data-testid="reading">
          <span className="mon-label">{t('monitor.reading')}</span> {reading}
        </p>
      ) : null}
      {series ? <IndicatorChart chart={series} fileScope={fileScope} /> : null}
      {byPark ? <IndicatorChart chart={byPark} fileScope={fileScope} /> : null}
      <ContextBox items={card.context} />
    </li>
  );
}

function Outcome({
  result,
  park,
  parkName,
}: {
  result: IndicatorResult;
  park: ParkLike | null;
  parkName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const show = (m: Parameters<typeof showMessage>[1]) => showMessage(t, m);
  const { target } = result;
  return (
    <>
      <p className="mon-head">
        <StatusBadge status={result.status} testId="status" />
      </p>
      <dl className="mon-facts">
        <dt>{t('monitor.value')}</dt>
        <dd data-testid="value" className={result.value === null ? 'mon-novalue' : 'mon-value'}>
          {result.value === null || result.year === null
            ? t('monitor.noValue')
            : t('monitor.valueYear', { value: formatValue(result.value, target, lang), year: result.year })}
          {result.baseYear !== null && result.value !== null ? (
            <span className="muted"> · {t('monitor.baseYear', { year: result.baseYear })}</span>
          ) : null}
        </dd>
        <dt>{t('monitor.goalLabel', { year: target.target_year })}</dt>
        <dd data-testid="goal">{show(goalMessage(target, result.goal, lang, park?.level))}</dd>
      </dl>
      <p className="mon-reason" data-testid="reason">
        {show(reasonMessage(result, lang, parkName))}
      </p>
      <FiguresList figures={result.figures} parkName={parkName} />
    </>
  );
}

function ByPark({ card, parkName }: { card: Card; parkName: (id: string) => string }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const n = statusCounts(card.parks);
  return (
    <>
      <p className="mon-head" data-testid="by-park">
        <span className="mon-label">{t('monitor.byPark')}</span>{' '}
        {t('monitor.byParkCounts', {
          met: n.met,
          onTrack: n['on-track'],
          notMet: n['not-met'],
          noData: n['no-data'],
        })}
      </p>
      <dl className="mon-facts">
        <dt>{t('monitor.goalLabel', { year: card.target.target_year })}</dt>
        <dd data-testid="goal">{showMessage(t, goalMessage(card.target, null, lang))}</dd>
      </dl>
      <ul className="mon-park-statuses">
        {card.parks.map((p) => (
          <li key={p.park.id} data-testid={`park-status-${p.park.id}`}>
            {nameIn(lang, p.park)} <StatusBadge status={p.result.status} />
          </li>
        ))}
      </ul>
      <FiguresList figures={card.parks.flatMap((p) => p.result.figures)} parkName={parkName} />
    </>
  );
}
