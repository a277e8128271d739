import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LongText } from '@/components/ui/long-text';
import { ProvenanceBadge } from '@/components/ui/provenance-badge';
import { useShallow } from 'zustand/react/shallow';
import { nameIn, noteIn } from '@/i18n/lang';
import type { GeoData } from '@/lib/data/use-geo-data';
import { countByIndustry } from '@/lib/domain/node-filter';
import { GROUPS, type LayerGroup } from '@/lib/layer-groups';
import { selectNodeFilter, useAppStore } from '@/store/app-store';
import { KeySymbolSvg } from '@/components/ui/key-symbol';
import { useRoving } from '@/components/ui/use-roving';
import { LEGEND_KEYS } from './legend-keys';
import './legend.css';

/** One key per industry, with the count of nodes that match the other filters. */
function NodeKeys({ data }: { data: GeoData }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const filter = useAppStore(useShallow(selectNodeFilter));
  const counts = countByIndustry(data.index.nodes, filter, data.cells);
  const row = (i: GeoData['catalog']['industries'][number]) => {
    const on = filter.industries.length === 0 || filter.industries.includes(i.id);
    return (
      <li key={i.id} className={on ? '' : 'off'}>
        <KeySymbolSvg symbol={{ kind: 'dot', color: i.color }} />
        {nameIn(lang, i)}{' '}
        <span className="count" data-testid={`legend-count-${i.id}`}>
          {on ? (counts[i.id] ?? 0) : 0}
        </span>
      </li>
    );
  };
  // How the grouping is known: the seven chain-chief industries (a public source) and the others.
  const groupSource = (i: GeoData['catalog']['industries'][number] | undefined) =>
    i ? (
      <p className="hint">
        <ProvenanceBadge
          provenance={i.key7_provenance}
          source={noteIn(lang, i, 'key7_source')}
          asOf={i.key7_as_of}
        />
      </p>
    ) : null;
  return (
    <>
      <p className="keys-head">{t('key7')}</p>
      {groupSource(data.catalog.industries.find((i) => i.key7))}
      <ul className="keys">{data.catalog.industries.filter((i) => i.key7).map(row)}</ul>
      <p className="keys-head">{t('otherGreenFood')}</p>
      {groupSource(data.catalog.industries.find((i) => !i.key7))}
      <ul className="keys">{data.catalog.industries.filter((i) => !i.key7).map(row)}</ul>
      <p className="hint">{t('clusterHint')}</p>
    </>
  );
}

function GroupKeys({ group, data }: { group: LayerGroup; data: GeoData }) {
  const { t } = useTranslation();
  const imported = useAppStore((s) => s.imported);
  if (group === 'nodes') return <NodeKeys data={data} />;
  return (
    <ul className="keys">
      {LEGEND_KEYS[group].map((k) => (
        <li key={k.label}>
          <KeySymbolSvg symbol={k.symbol} />
          {t(k.label)}
        </li>
      ))}
      {group === 'planner'
        ? imported.map((l) => (
            <li key={l.id} className={l.visible ? '' : 'off'}>
              · <LongText text={l.name} lines={2} /> ({l.data.features.length})
            </li>
          ))
        : null}
    </ul>
  );
}

/** One entry per layer group: a toggle and the key to its symbols. */
export function LegendPanel({ data }: { data: GeoData }) {
  const { t } = useTranslation();
  const hidden = useAppStore((s) => s.hidden);
  const toggle = useAppStore((s) => s.toggleGroup);
  // The layer switches are one Tab stop: the arrow keys move between them (said to screen readers).
  const roving = useRoving(GROUPS.length);
  const hintId = useId();
  return (
    <section className="legend" aria-label={t('legend')} data-testid="legend">
      <p className="sr-only" id={hintId}>
        {t('access.legendKeys')}
      </p>
      {GROUPS.map((g, i) => (
        <div key={g} className="group">
          <label className="toggle">
            <input
              type="checkbox"
              {...roving(i)}
              aria-describedby={hintId}
              checked={!hidden.includes(g)}
              onChange={() => toggle(g)}
              data-testid={`toggle-${g}`}
            />
            <span>{t(`groups.${g}`)}</span>
          </label>
          {hidden.includes(g) ? null : <GroupKeys group={g} data={data} />}
        </div>
      ))}
      <p className="hint">{t('legendNote')}</p>
    </section>
  );
}
