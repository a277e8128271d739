import { useTranslation } from 'react-i18next';
import { useBuiltFile } from '@/lib/data/use-built-file';
import { nameIn } from '@/i18n/lang';
import type { BuiltPark } from '@/lib/schemas/catalog';
import { useAppStore } from '@/store/app-store';
import { locatorProjection } from '../model/locator-geometry';
import '../parks.css';

const { width: W, height: H, x, y, pathOf } = locatorProjection(320);

/** A small SVG locator (no WebGL): the three counties and where the park lies. */
export function LocatorMap({ park }: { park: BuiltPark }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const counties = useBuiltFile('counties').data;
  const [lon = 0, lat = 0] = park.label;
  const [bw = 0, bs = 0, be = 0, bn = 0] = park.bbox;
  return (
    <svg
      className="locator"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={t('parkPage.locatorAlt', { name: nameIn(lang, park) })}
    >
      {counties?.features.map((c) => (
        <g key={c.properties.id}>
          <path d={pathOf(c.geometry)} className={c.properties.id === park.county ? 'county on' : 'county'} />
        </g>
      ))}
      {park.extent === 'polygon' ? (
        <rect
          x={x(bw) - 3}
          y={y(bn) - 3}
          width={x(be) - x(bw) + 6}
          height={y(bs) - y(bn) + 6}
          className="park-box"
        />
      ) : null}
      <circle cx={x(lon)} cy={y(lat)} r={5} className="park-dot" />
    </svg>
  );
}
