import { useTranslation } from 'react-i18next';
import type { GeoData } from '@/features/geo/api/use-geo-data';
import { useChainData } from '@/features/chains/model/chain-data';
import { nameIn } from '@/i18n/lang';
import { GROUPS, type LayerGroup } from '@/map/ids';
import { palette } from '@/map/palette';
import { useAppStore } from '@/store/app-store';
import { useShallow } from 'zustand/react/shallow';
import { countByIndustry } from '@/features/chains/model/node-filter';

function Line({ color, dash, width = 3 }: { color: string; dash?: string; width?: number }) {
  return (
    <svg width="28" height="10" aria-hidden="true" className="sample">
      <line x1="1" y1="5" x2="27" y2="5" stroke={color} strokeWidth={width} strokeDasharray={dash} />
    </svg>
  );
}
function Fill({ color, opacity = 0.3, stroke }: { color: string; opacity?: number; stroke?: string }) {
  return (
    <svg width="28" height="14" aria-hidden="true" className="sample">
      <rect
        x="1"
        y="1"
        width="26"
        height="12"
        fill={color}
        fillOpacity={opacity}
        stroke={stroke ?? color}
        strokeDasharray="3 2"
      />
    </svg>
  );
}
function Dot({ color, stroke = '#fff' }: { color: string; stroke?: string }) {
  return (
    <svg width="16" height="16" aria-hidden="true" className="sample">
      <circle cx="8" cy="8" r="5.5" fill={color} stroke={stroke} strokeWidth="2" />
    </svg>
  );
}

function GroupKey({ group, data }: { group: LayerGroup; data: GeoData }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const filter = useAppStore(
    useShallow((s) => ({ industries: s.industries, stage: s.stage, link: s.link, q: s.q })),
  );
  const { nodes } = useChainData(data);
  const imported = useAppStore((s) => s.imported);
  switch (group) {
    case 'basemap':
      return (
        <ul className="keys">
          <li>
            <Line color={palette.nationalBorder} dash="6 2 2 2" />
            {t('borderNational')}
          </li>
          <li>
            <Line color={palette.prefectureBorder} />
            {t('borderPrefecture')}
          </li>
          <li>
            <Line color={palette.countyLine} dash="4 2" width={1.5} />
            {t('countyLine')}
          </li>
        </ul>
      );
    case 'axis':
      return (
        <ul className="keys">
          <li>
            <Fill color={palette.axis} opacity={0.2} />
            {lang === 'en' ? 'Corridor (12 km, schematic)' : '发展轴(12公里示意)'}
          </li>
          <li>
            <Line color={palette.railway} dash="4 4" />
            {lang === 'en' ? 'China–Laos railway & stations' : '中老铁路及车站'}
          </li>
          <li>
            <Line color={palette.expressway} dash="4 2" />
            {lang === 'en' ? 'G8511 expressway (schematic)' : '昆磨高速 G8511(示意)'}
          </li>
          <li>
            <Line color={palette.water} width={4} />
            {lang === 'en' ? 'Lancang–Mekong' : '澜沧江·湄公河'}
          </li>
        </ul>
      );
    case 'wings':
      return (
        <ul className="keys">
          <li>
            <Fill color={palette.wing} opacity={0.2} />
            {lang === 'en' ? 'Wing zone (schematic)' : '两翼范围(示意)'}
          </li>
        </ul>
      );
    case 'parks':
      return (
        <ul className="keys">
          {(['national', 'provincial', 'prefectural'] as const).map((l) => (
            <li key={l}>
              <Fill color={palette.level[l]} />
              {t(`levels.${l}`)}
            </li>
          ))}
        </ul>
      );
    case 'ports':
      return (
        <ul className="keys">
          <li>
            <Dot color={palette.port} stroke={palette.port} />
            {t('placeKinds.port')}
          </li>
          <li>
            <Dot color="#fff" stroke={palette.port} />
            {t('placeKinds.airport')}
          </li>
        </ul>
      );
    case 'protected':
      return (
        <ul className="keys">
          <li>
            <Fill color={palette.protected} opacity={0.3} stroke={palette.protectedLine} />
            {lang === 'en' ? 'National nature reserve (schematic)' : '国家级自然保护区(示意)'}
          </li>
        </ul>
      );
    case 'planner': {
      return (
        <ul className="keys">
          <li>
            <Fill color="#e66100" opacity={0.3} />
            {lang === 'en' ? 'Candidate site' : '候选地'}
          </li>
          <li>
            <Fill color="#5d3a9b" opacity={0.2} />
            {lang === 'en' ? 'Imported layer' : '导入图层'}
          </li>
          <li>
            <Fill color="#c1121f" opacity={0.2} />
            {lang === 'en' ? 'Imported red line' : '导入的红线'}
          </li>
          {imported.map((l) => (
            <li key={l.id} className={l.visible ? '' : 'off'}>
              · {l.name} ({l.data.features.length})
            </li>
          ))}
        </ul>
      );
    }
    case 'nodes': {
      const counts = countByIndustry(nodes, filter);
      const row = (i: GeoData['catalog']['industries'][number]) => {
        const on = filter.industries.length === 0 || filter.industries.includes(i.id);
        return (
          <li key={i.id} className={on ? '' : 'off'}>
            <Dot color={i.color} />
            {nameIn(lang, i)}{' '}
            <span className="count" data-testid={`legend-count-${i.id}`}>
              {on ? (counts[i.id] ?? 0) : 0}
            </span>
          </li>
        );
      };
      return (
        <>
          <p className="keys-head">{t('key7')}</p>
          <ul className="keys">{data.catalog.industries.filter((i) => i.key7).map(row)}</ul>
          <p className="keys-head">{t('otherGreenFood')}</p>
          <ul className="keys">{data.catalog.industries.filter((i) => !i.key7).map(row)}</ul>
          <p className="hint">{t('clusterHint')}</p>
        </>
      );
    }
  }
}

/** One entry per layer group: a toggle and the key to its symbols. */
export function LegendPanel({ data }: { data: GeoData }) {
  const { t } = useTranslation();
  const hidden = useAppStore((s) => s.hidden);
  const toggle = useAppStore((s) => s.toggleGroup);
  return (
    <section className="legend" aria-label={t('legend')} data-testid="legend">
      {GROUPS.map((g) => (
        <div key={g} className="group">
          <label className="toggle">
            <input
              type="checkbox"
              checked={!hidden.includes(g)}
              onChange={() => toggle(g)}
              data-testid={`toggle-${g}`}
            />
            <span>{t(`groups.${g}`)}</span>
          </label>
          {hidden.includes(g) ? null : <GroupKey group={g} data={data} />}
        </div>
      ))}
      <p className="hint">{t('legendNote')}</p>
    </section>
  );
}
