import { useTranslation } from 'react-i18next';
import type { GeoData } from '@/lib/data/use-geo-data';
import type { BuiltPark } from '@/lib/schemas/catalog';
import { useAppStore } from '@/store/app-store';
import { NodeDetails } from './node-details';
import { ParkDetails } from './park-details';
import { PlaceDetails } from './place-details';
import './details.css';

/** The selected record: name, park, industry, chain link, provenance. */
export function DetailsPanel({
  data,
  parkExtra,
}: {
  data: GeoData;
  parkExtra?: (park: BuiltPark) => React.ReactNode;
}) {
  const { t } = useTranslation();
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  if (!selection) return null;
  let body: React.ReactNode = null;
  if (selection.kind === 'park') {
    const park = data.index.park(selection.id);
    if (park)
      body = (
        <>
          <ParkDetails park={park} data={data} />
          {parkExtra?.(park)}
        </>
      );
  } else if (selection.kind === 'node') {
    const node = data.index.node(selection.id);
    if (node) body = <NodeDetails node={node} data={data} />;
  } else {
    const place = data.index.place(selection.id);
    if (place) body = <PlaceDetails place={place} />;
  }
  if (!body) return null;
  return (
    <section className="panel details" aria-labelledby="details-title" data-testid="details">
      <button type="button" className="close" onClick={() => select(null)} aria-label={t('details.close')}>
        ×
      </button>
      {body}
    </section>
  );
}
