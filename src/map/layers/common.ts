import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { LayerGroup } from '@/lib/layer-groups';
import { palette } from '@/lib/palette';

/** The one font family the style declares in `font-faces` (self-hosted Noto Sans SC subsets). */
export const FONT = ['Noto Sans SC'];

/** The label in the current language; `lang` is global state set with map.setGlobalStateProperty. */
export const nameExpr = (zh = 'name_zh', en = 'name_en'): ExpressionSpecification => [
  'case',
  ['==', ['global-state', 'lang'], 'en'],
  ['get', en],
  ['get', zh],
];

export const textPaint = {
  'text-color': palette.text,
  'text-halo-color': palette.halo,
  'text-halo-width': 1.4,
};

/** true while the pointer is over the feature (feature-state, never a React render). */
export const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
export const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
/** true for a park that passes every rule of the routed project (feature-state, see sync/use-route-highlight.ts). */
export const routed: ExpressionSpecification = ['boolean', ['feature-state', 'routed'], false];

/** Tags a layer with its legend group; visibility toggles act on every layer of a group. */
export function inGroup<L extends LayerSpecification>(group: LayerGroup, layer: L): L {
  return { ...layer, metadata: { group } };
}

export function groupOf(layer: LayerSpecification): LayerGroup | null {
  const m = layer.metadata as { group?: LayerGroup } | undefined;
  return m?.group ?? null;
}
