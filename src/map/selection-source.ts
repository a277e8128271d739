import type { Selection } from '@/store/app-store';
import { SOURCES, type SourceId } from './ids';

export const sourceOfKind: Record<Selection['kind'], SourceId> = {
  park: SOURCES.parks,
  node: SOURCES.nodes,
  place: SOURCES.places,
};
