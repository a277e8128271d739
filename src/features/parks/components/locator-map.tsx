import { useTranslation } from 'react-i18next';
import { useBuiltFile } from '@/lib/data/use-built-file';
import { nameIn } from '@/i18n/lang';
import type { BuiltPark } from '@/lib/schemas/catalog';
import { useAppStore } from '@/store/app-store';
import '../parks.css';

const BOX = { w: 99.9, e: 101.9, s: 21.1, n: 22.65 };
const W = 320;
const K = Math.cos((21.9 * Math.PI) / 180);
const H = Math.round((W * (BOX.n - BOX.s)) / ((BOX.e - BOX.w) * K));
const x = (lon: number) => ((lon - BOX.w) / (BOX.e - BOX.w)) * W;
const y = (lat: number) => ((BOX.n - lat) / (BOX.n - BOX.s)) * H;

function pathOf(geometry: { type: string; coordinates: unknown[] }): string {
  const polys = (
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  ) as number[][][][];
  return polys
    .flatMap((poly) =>
      poly.map(
        (ring) =>
          `M${ring.map(([lon = 0, lat = 0]) => `${x(lon).toFixed(1)},${y(lat).toFixed(1)}`).join('L')}Z`,
      ),
    )
    .join('');
}

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
