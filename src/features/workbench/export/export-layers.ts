/**
 * What is exported, as layers of plain attributes: the candidate sites with their metrics, the layout check
 * results (one point a row), and an imported layer with its own attributes. Attribute keys are short ASCII
 * names (they fit a DBF's 10 bytes); values that are words are in the UI's language (`tr`).
 */
import type { Position } from 'geojson';
import type { Site } from '@/store/site-storage';
import type { ImportedLayer } from '@/store/workbench-slice';
import type { CheckRow } from '../model/layout-checks';
import type { SiteMetrics } from '../model/site-metrics';
import type { AttrValue, Attrs, ExportFeature, ExportLayer } from './types';

/** Translates a `gis.export.*` or other app key (i18next's t, bound to the UI's language). */
export type Tr = (key: string, params?: Record<string, string | number>) => string;

const r = (v: number | null | undefined, d: number): number | null =>
  v === null || v === undefined || !Number.isFinite(v) ? null : Math.round(v * 10 ** d) / 10 ** d;

/** How a site came to be: drawn on the map, typed in by the planner, or read from a file. */
export type SiteOrigin = 'drawn' | 'typed' | { file: string };

/** A site's origin as the store records it; drawn when it says nothing (saves from before it was kept). */
export const siteOrigin = (site: Site): SiteOrigin => site.origin ?? 'drawn';

export const originText = (o: SiteOrigin, tr: Tr) =>
  typeof o === 'string' ? tr(`gis.export.prov.${o}`) : tr('gis.export.prov.imported', { file: o.file });

export interface SiteRow {
  site: Site;
  metrics: SiteMetrics | null;
}

/** Names of what a site's metrics point at (parks, places, counties, protected areas), in the UI's language. */
export interface Names {
  park: (id: string) => string;
  place: (id: string) => string;
  county: (id: string) => string;
  reserve: (id: string) => string;
}

export function sitesLayer(rows: SiteRow[], tr: Tr, names: Names): ExportLayer {
  return {
    name: tr('gis.export.layerNames.sites'),
    stem: 'candidate-sites',
    features: rows.map(({ site, metrics: m }) => {
      const properties: Attrs = {
        name: site.name,
        provenance: originText(siteOrigin(site), tr),
        area_m2: r(m?.area.m2, 1),
        area_mu: r(m?.area.mu, 2),
        area_ha: r(m?.area.ha, 4),
        county: m?.county ? names.county(m.county) : null,
        park: m ? names.park(m.nearestPark.id) : null,
        park_km: r(m?.nearestPark.km, 2),
        station: m ? names.place(m.station.id) : null,
        station_km: r(m?.station.km, 2),
        port: m?.port ? names.place(m.port.id) : null,
        port_km: r(m?.port?.km, 2),
        expr_km: r(m?.expresswayKm, 2),
        airport_km: r(m?.airportKm, 2),
        prot_ha: r(m?.protectedOverlap.ha, 2),
        prot_names: m ? m.protectedOverlap.ids.map(names.reserve).join('; ') : null,
        created: site.created,
      };
      return { type: 'Feature', properties, geometry: site.geometry };
    }),
  };
}

const RECORD_KEYS = ['official', 'public', 'estimate', 'sample'];

export function checksLayer(rows: CheckRow[], tr: Tr): ExportLayer {
  return {
    name: tr('gis.export.layerNames.checks'),
    stem: 'layout-checks',
    features: rows.map((row) => {
      const record = RECORD_KEYS.includes(row.record)
        ? tr(`gis.export.prov.${row.record}`)
        : row.record === 'imported'
          ? tr('gis.export.prov.importedRecord')
          : row.record;
      const properties: Attrs = {
        kind: tr(`wb.checkKinds.${row.kind}`),
        id: row.id,
        name_zh: row.name_zh,
        name_en: row.name_en,
        conflicts: row.other.filter(Boolean).join(' '),
        overlap_ha: r(row.ha, 2),
        overlap_mu: r(row.mu, 1),
        provenance: record,
        result: tr('gis.export.prov.estimate'),
        schematic: tr(row.schematic ? 'gis.export.yes' : 'gis.export.no'),
      };
      const at: Position = [row.at[0] ?? 0, row.at[1] ?? 0];
      return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: at } };
    }),
  };
}

const plain = (v: unknown): AttrValue => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return JSON.stringify(v);
};

/** An imported layer's own attributes (the app's internal `__` keys left out) and its file as provenance. */
export function importedLayer(layer: ImportedLayer, tr: Tr): ExportLayer {
  const file = `${layer.name}`;
  const features: ExportFeature[] = [];
  for (const f of layer.data.features) {
    if (!f.geometry || f.geometry.type === 'GeometryCollection') continue;
    const properties: Attrs = {};
    for (const [k, v] of Object.entries(f.properties ?? {}))
      if (!k.startsWith('__')) properties[k] = plain(v);
    const key = 'provenance' in properties ? 'provenance_' : 'provenance';
    properties[key] = tr('gis.export.prov.imported', { file });
    features.push({ type: 'Feature', properties, geometry: f.geometry });
  }
  return { name: layer.name, stem: layer.name.replace(/[\\/:*?"<>|\s]+/g, '_') || 'layer', features };
}

/** The CSV header of an attribute key: its label for the app's own keys, the key itself for a file's. */
export function csvHead(tr: Tr, own: boolean): (key: string) => string {
  return (key) => (own || key === 'provenance' ? tr(`gis.export.col.${key}`) : key);
}
