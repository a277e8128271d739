/** The legend's keys live in src/lib (the map image of the handover feature draws them too). */
export { type KeySymbol, LEGEND_KEYS, type LegendKey } from '@/lib/legend-keys';
