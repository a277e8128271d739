/**
 * The legend's keys as data: per layer group, the symbols drawn and their labels (i18n keys). The
 * colours are the map style's own (the one palette), so the legend cannot drift from the map.
 */
import type { ParseKeys } from 'i18next';
import type { LayerGroup } from '@/lib/layer-groups';
import { palette } from '@/lib/palette';
import { PORT_KINDS } from '@/lib/schemas/vocab';

export type KeySymbol =
  | { kind: 'line'; color: string; dash?: string; width?: number }
  | { kind: 'fill'; color: string; opacity?: number; stroke?: string }
  | { kind: 'dot'; color: string; stroke?: string; letter?: ParseKeys; letterColor?: string };

export interface LegendKey {
  symbol: KeySymbol;
  label: ParseKeys;
}

/** Static keys per group; 'nodes' (one per industry) and the imported layers are added by the panel. */
export const LEGEND_KEYS: Record<LayerGroup, LegendKey[]> = {
  basemap: [
    { symbol: { kind: 'line', color: palette.nationalBorder, dash: '6 2 2 2' }, label: 'borderNational' },
    { symbol: { kind: 'line', color: palette.prefectureBorder }, label: 'borderPrefecture' },
    { symbol: { kind: 'line', color: palette.countyLine, dash: '4 2', width: 1.5 }, label: 'countyLine' },
  ],
  axis: [
    { symbol: { kind: 'fill', color: palette.axis, opacity: 0.2 }, label: 'legendKeys.corridor' },
    { symbol: { kind: 'line', color: palette.railway, dash: '4 4' }, label: 'legendKeys.railway' },
    { symbol: { kind: 'line', color: palette.expressway, dash: '4 2' }, label: 'legendKeys.expressway' },
    { symbol: { kind: 'line', color: palette.water, width: 4 }, label: 'legendKeys.river' },
  ],
  wings: [{ symbol: { kind: 'fill', color: palette.wing, opacity: 0.2 }, label: 'legendKeys.wing' }],
  parks: (['national', 'provincial', 'prefectural'] as const).map((l) => ({
    symbol: { kind: 'fill', color: palette.level[l] },
    label: `levels.${l}` as const,
  })),
  // One key per port kind, with the letter the map draws in the port's circle (place-layers.ts).
  ports: PORT_KINDS.map((k) => ({
    symbol:
      k === 'air'
        ? {
            kind: 'dot',
            color: '#ffffff',
            stroke: palette.port,
            letter: `portKindLetters.${k}`,
            letterColor: palette.port,
          }
        : {
            kind: 'dot',
            color: palette.port,
            stroke: palette.port,
            letter: `portKindLetters.${k}`,
            letterColor: '#ffffff',
          },
    label: `portKinds.${k}` as const,
  })),
  protected: [
    {
      symbol: { kind: 'fill', color: palette.protected, opacity: 0.3, stroke: palette.protectedLine },
      label: 'legendKeys.reserve',
    },
  ],
  planner: [
    { symbol: { kind: 'fill', color: palette.site, opacity: 0.3 }, label: 'legendKeys.site' },
    { symbol: { kind: 'fill', color: palette.imported, opacity: 0.2 }, label: 'legendKeys.importedLayer' },
    { symbol: { kind: 'fill', color: palette.redline, opacity: 0.2 }, label: 'legendKeys.importedRedline' },
  ],
  nodes: [],
};
