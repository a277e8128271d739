/**
 * What the map image's legend shows: the keys of the layer groups that are drawn, one key per industry
 * with nodes drawn (and its count), the node kinds drawn, and the notes that apply (schematic park
 * outlines; sample data when sample records are drawn). Pure: the store's view and the data in,
 * translated labels out (the caller passes `t` for the UI language).
 */
import type { Lang } from '@/i18n/lang';
import { nameIn } from '@/i18n/lang';
import { type FilterableNode, matchesNode, type NodeFilter } from '@/lib/domain/node-filter';
import { GROUPS, type LayerGroup } from '@/lib/layer-groups';
import { type KeySymbol, LEGEND_KEYS } from '@/lib/legend-keys';
import { palette } from '@/lib/palette';
import type { NodeKind } from '@/lib/schemas/vocab';

export interface LegendItem {
  symbol: KeySymbol & { opacity?: number };
  /** The letter drawn in the dot (a port's kind), translated. */
  letter?: string;
  label: string;
}

export interface LegendInput {
  lang: Lang;
  t: (key: string, params?: Record<string, unknown>) => string;
  hidden: readonly LayerGroup[];
  filter: NodeFilter;
  nodes: readonly (FilterableNode & { kind: NodeKind })[];
  industries: readonly { id: string; name_zh: string; name_en: string; color: string }[];
  /** The planner's layers on the map: candidate sites and imported layers (visible ones count). */
  planner: { sites: number; imported: readonly { visible: boolean; redline: boolean }[] };
}

export interface LegendContent {
  items: LegendItem[];
  notes: string[];
  /** Whether any sample record is drawn (the "includes sample data" note). */
  sampleDrawn: boolean;
}

const KIND_ORDER: NodeKind[] = ['firm', 'project', 'institute', 'customs'];

export function legendContent(i: LegendInput): LegendContent {
  const shown = (g: LayerGroup) => !i.hidden.includes(g);
  const items: LegendItem[] = [];
  const drawn = shown('nodes') ? i.nodes.filter((n) => matchesNode(n, i.filter)) : [];
  for (const g of GROUPS) {
    if (!shown(g)) continue;
    if (g === 'nodes') {
      const counts = new Map<string, number>();
      for (const n of drawn) counts.set(n.industry, (counts.get(n.industry) ?? 0) + 1);
      for (const ind of i.industries) {
        const c = counts.get(ind.id);
        if (c)
          items.push({ symbol: { kind: 'dot', color: ind.color }, label: `${nameIn(i.lang, ind)} (${c})` });
      }
      const kinds = new Set(drawn.map((n) => n.kind));
      // Firms are solid dots, projects translucent with a ring (node-layers.ts).
      for (const k of KIND_ORDER.filter((k) => kinds.has(k)))
        items.push({
          symbol:
            k === 'project'
              ? { kind: 'dot', color: palette.cluster, opacity: 0.55, stroke: palette.cluster }
              : { kind: 'dot', color: palette.cluster, stroke: '#ffffff' },
          label: i.t(`nodeKinds.${k}`),
        });
      continue;
    }
    if (g === 'planner') {
      if (i.planner.sites > 0) items.push(keyItem(i, 0));
      const vis = i.planner.imported.filter((l) => l.visible);
      if (vis.some((l) => !l.redline)) items.push(keyItem(i, 1));
      if (vis.some((l) => l.redline)) items.push(keyItem(i, 2));
      continue;
    }
    for (const k of LEGEND_KEYS[g])
      items.push({
        symbol: k.symbol,
        label: i.t(k.label),
        ...(k.symbol.kind === 'dot' && k.symbol.letter ? { letter: i.t(k.symbol.letter) } : {}),
      });
  }
  const sampleDrawn = drawn.some((n) => n.provenance === 'sample');
  const notes: string[] = [];
  if (shown('parks')) notes.push(i.t('handover.png.noteSchematic'));
  if (sampleDrawn) notes.push(i.t('handover.png.noteSample'));
  return { items, notes, sampleDrawn };
}

function keyItem(i: LegendInput, n: number): LegendItem {
  const k = LEGEND_KEYS.planner[n];
  return k
    ? { symbol: k.symbol, label: i.t(k.label) }
    : { symbol: { kind: 'dot', color: '#000' }, label: '' };
}
