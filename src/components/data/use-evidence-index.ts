import { type GeoData, indexFor } from '@/lib/data/use-geo-data';
import type { CatalogIndex } from '@/lib/data/catalog-index';
import { useAppStore } from '@/store/app-store';

/** The catalogue index whose verdicts follow the 含示例数据 / Include sample data switch. */
export function useEvidenceIndex(data: GeoData): CatalogIndex {
  const includeSample = useAppStore((s) => s.includeSample);
  return indexFor(data, includeSample);
}
