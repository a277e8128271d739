import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { GeoData } from '@/lib/data/use-geo-data';
import { nameIn } from '@/i18n/lang';
import { selectNodeFilter, useAppStore } from '@/store/app-store';
import { useRoving } from '@/components/ui/use-roving';
import { countByIndustry, matchCount } from '@/lib/domain/node-filter';
import { STAGE_ORDER, type Stage } from '@/lib/domain/stages';
import '../chains.css';

/** Industry chips (the seven key industries first), stage, search, and how many nodes match. */
export function FilterBar({ data }: { data: GeoData }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const f = useAppStore(useShallow(selectNodeFilter));
  const { toggleIndustry, setStage, setQuery, clearFilters } = useAppStore.getState();
  const { nodes } = data.index;
  const counts = countByIndustry(nodes, f, data.cells);
  const shown = matchCount(nodes, f, data.cells);
  const link = f.link ? data.index.link(f.link) : undefined;
  const groups = [
    data.catalog.industries.filter((i) => i.key7),
    data.catalog.industries.filter((i) => !i.key7),
  ];
  // The chips are one Tab stop: the arrow keys move between them (a toolbar).
  const roving = useRoving(data.catalog.industries.length);
  let chip = 0;
  return (
    <div className="filters" data-testid="filters">
      <div className="chips-set" role="toolbar" aria-label={t('filters.industries')}>
        {groups.map((g, gi) => (
          <div
            key={gi === 0 ? 'key7' : 'other'}
            className="chip-row"
            title={gi === 0 ? t('key7') : t('otherGreenFood')}
          >
            {g.map((i) => {
              const on = f.industries.includes(i.id);
              return (
                <button
                  key={i.id}
                  {...roving(chip++)}
                  type="button"
                  className={`chip${on ? ' on' : ''}`}
                  aria-pressed={on}
                  data-testid={`industry-${i.id}`}
                  onClick={() => toggleIndustry(i.id)}
                  style={{ '--c': i.color } as React.CSSProperties}
                >
                  <span className="swatch" aria-hidden="true" />
                  {nameIn(lang, i)} <span className="count">{counts[i.id] ?? 0}</span>
                </button>
              );
            })}
          </div>
        ))}
      </div>
      <div className="filter-row">
        <label className="sr-only" htmlFor="stage-filter">
          {t('filters.stage')}
        </label>
        <select
          id="stage-filter"
          value={f.stage ?? ''}
          onChange={(e) => setStage(e.target.value === '' ? null : (e.target.value as Stage))}
        >
          <option value="">{t('filters.anyStage')}</option>
          {STAGE_ORDER.map((s) => (
            <option key={s} value={s}>
              {t(`stages.${s}`)}
            </option>
          ))}
        </select>
        <input
          type="text"
          aria-label={t('filters.search')}
          placeholder={t('filters.search')}
          value={f.q}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <p className="filter-status" aria-live="polite">
        <span data-testid="shown-count">{t('filters.showing', { n: shown, total: nodes.length })}</span>
        {link ? <span className="link-tag"> · {t('filters.link', { name: nameIn(lang, link) })}</span> : null}
        {f.industries.length > 0 || f.stage || f.link || f.q ? (
          <button type="button" className="linkish" onClick={clearFilters}>
            {t('filters.clear')}
          </button>
        ) : null}
      </p>
    </div>
  );
}
