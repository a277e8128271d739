import { useMemo } from 'react';
import { useEvidenceIndex } from '@/components/data/use-evidence-index';
import { noteIn } from '@/i18n/lang';
import type { GeoData } from '@/lib/data/use-geo-data';
import { type BriefingView, useAppStore } from '@/store/app-store';
import { type Bbox, type Briefing, buildBriefing } from '../model/briefing-steps';

/** The prefecture's extent: the counties' bbox from the data manifest. */
export function prefectureBox(data: GeoData): Bbox {
  const b = data.manifest.files.find((f) => f.file === 'counties.geojson')?.bbox;
  return b && b.length === 4 ? (b as Bbox) : [99.95, 21.13, 101.86, 22.6];
}

/** The app's address without query or hash. */
export const baseUrl = (): string => `${window.location.origin}${window.location.pathname}`;

export const today = (): string => new Date().toISOString().slice(0, 10);

/** The briefing's steps for the view's language, weights and 含示例数据 switch. */
export function useBriefing(data: GeoData, b: BriefingView): Briefing {
  const lang = useAppStore((s) => s.lang);
  const weights = useAppStore((s) => s.weights);
  const ix = useEvidenceIndex(data);
  const coords = useMemo(
    () =>
      new Map(data.nodes.features.map((f) => [f.properties.id, f.geometry.coordinates as [number, number]])),
    [data.nodes],
  );
  return useMemo(
    () =>
      buildBriefing({
        spec: { industry: b.industry, link: b.link, park: b.park, title: b.title, notes: b.notes },
        ix,
        lang,
        weights,
        prefecture: prefectureBox(data),
        coords: (id) => coords.get(id),
        baseUrl: baseUrl(),
        today: today(),
        linkFigures: {
          provenance: data.catalog.link_figures.provenance,
          source: noteIn(lang, data.catalog.link_figures, 'attract_source'),
          asOf: data.catalog.link_figures.as_of,
        },
        includeSample: ix.includeSample,
      }),
    [b.industry, b.link, b.park, b.title, b.notes, ix, lang, weights, data, coords],
  );
}
