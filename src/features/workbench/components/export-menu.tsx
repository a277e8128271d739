import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameIn } from '@/i18n/lang';
import type { GeoData } from '@/lib/data/use-geo-data';
import { download } from '@/lib/download';
import { useAppStore } from '@/store/app-store';
import { EXPORT_CRS_OPTIONS } from '../export/export-crs-options';
import {
  checksLayer,
  csvHead,
  importedLayer,
  type Names,
  type SiteRow,
  sitesLayer,
  type Tr,
} from '../export/export-layers';
import { EXPORT_FORMATS, type ExportFormat, type ExportLayer } from '../export/types';
import { ensureGisStrings } from '../gis-strings';
import { crsName } from '../import/crs/crs-name';
import type { CrsDef, CrsId } from '../import/crs/types';
import type { CheckRow } from '../model/layout-checks';

/**
 * What to export: the candidate sites (with their metrics, `data` names what they point at), the layout check
 * results, or one imported layer (by id, read from the store: the layer list places one menu per layer).
 */
export type ExportMenuProps =
  | { what: 'sites'; rows: SiteRow[]; data: GeoData; reserveName: (id: string) => string }
  | { what: 'checks'; rows: CheckRow[] | null }
  | { what: 'layer'; layerId: string };

type Status = { kind: 'busy' | 'done' | 'error'; text: string } | null;

/** The names of what a site's metrics point at, in the UI's language. */
function useNames(props: ExportMenuProps, tr: Tr): Names | null {
  const lang = useAppStore((s) => s.lang);
  return useMemo(() => {
    if (props.what !== 'sites') return null;
    const { data, reserveName } = props;
    return {
      park: (id) => {
        const p = data.index.park(id);
        return p ? nameIn(lang, p) : id;
      },
      place: (id) => {
        const p = data.index.place(id);
        return p ? nameIn(lang, p) : id;
      },
      county: (id) => tr(`countyNames.${id}`),
      reserve: reserveName,
    };
  }, [props, lang, tr]);
}

/**
 * Export as Shapefile, KML, GeoPackage, GeoJSON or CSV; Shapefile and GeoPackage in geographic CGCS2000 or
 * a Gauss–Krüger zone. The writers load when the planner presses Export.
 */
export function ExportMenu(props: ExportMenuProps) {
  const { t, i18n } = useTranslation();
  ensureGisStrings(i18n);
  const lang = useAppStore((s) => s.lang);
  const layer = useAppStore((s) =>
    props.what === 'layer' ? s.imported.find((l) => l.id === props.layerId) : undefined,
  );
  const tr: Tr = useMemo(() => (k, p) => String(t(k as never, p as never)), [t]);
  const names = useNames(props, tr);
  const [format, setFormat] = useState<ExportFormat>('shapefile');
  const [crs, setCrs] = useState<CrsId>('EPSG:4490');
  const [status, setStatus] = useState<Status>(null);
  const ids = useId();

  const build = (): ExportLayer | null => {
    if (props.what === 'sites') return names ? sitesLayer(props.rows, tr, names) : null;
    if (props.what === 'checks') return props.rows ? checksLayer(props.rows, tr) : null;
    return layer ? importedLayer(layer, tr) : null;
  };
  const empty =
    props.what === 'sites'
      ? props.rows.length === 0
      : props.what === 'checks'
        ? !props.rows || props.rows.length === 0
        : !layer || layer.data.features.length === 0;
  const projectable = format === 'shapefile' || format === 'geopackage';

  const go = async () => {
    const l = build();
    if (!l || l.features.length === 0) {
      setStatus({ kind: 'error', text: t('gis.export.empty') });
      return;
    }
    setStatus({ kind: 'busy', text: t('gis.export.busy') });
    try {
      // The same sql.js loader as the GeoPackage import (its wasm from our origin).
      const [{ exportFile }, { loadSqlJs }] = await Promise.all([
        import('../export/export-file'),
        import('../import/sqlite'),
      ]);
      const heads = {
        head: csvHead(tr, props.what !== 'layer'),
        lon: t('gis.export.col.lon'),
        lat: t('gis.export.col.lat'),
        wkt: t('gis.export.col.wkt'),
      };
      const file = await exportFile(l, format, projectable ? crs : 'EPSG:4490', heads, loadSqlJs);
      const blob =
        typeof file.content === 'string'
          ? file.content
          : new Blob([file.content as Uint8Array<ArrayBuffer>], { type: file.type });
      download(file.name, blob, file.type);
      setStatus({ kind: 'done', text: t('gis.export.done', { file: file.name }) });
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      setStatus({ kind: 'error', text: t('gis.export.failed', { detail }) });
    }
  };

  return (
    <fieldset className="export-menu" data-testid="export-menu">
      <legend>{t('gis.export.title')}</legend>
      <label htmlFor={`${ids}-format`}>{t('gis.export.format')}</label>
      <select
        id={`${ids}-format`}
        value={format}
        data-testid="export-format"
        onChange={(e) => setFormat(e.target.value as ExportFormat)}
      >
        {EXPORT_FORMATS.map((f) => (
          <option key={f} value={f}>
            {t(`gis.export.formats.${f}`)}
          </option>
        ))}
      </select>
      {projectable ? (
        <>
          <label htmlFor={`${ids}-crs`}>{t('gis.export.crs')}</label>
          <select
            id={`${ids}-crs`}
            value={crs}
            data-testid="export-crs"
            onChange={(e) => setCrs(e.target.value as CrsId)}
          >
            {EXPORT_CRS_OPTIONS.map((o) => (
              <option key={o.id} value={o.id}>
                {`${o.kind === 'geographic' ? t('gis.export.geographic') : crsName(o as CrsDef, lang)} (${o.id})`}
              </option>
            ))}
          </select>
        </>
      ) : (
        <p className="hint">{t('gis.export.crsHint')}</p>
      )}
      <button
        type="button"
        data-testid="export-go"
        disabled={empty || status?.kind === 'busy'}
        onClick={() => void go()}
      >
        {status?.kind === 'busy' ? t('gis.export.busy') : t('gis.export.go')}
      </button>
      {status && status.kind !== 'busy' ? (
        <p className="hint" role="status" data-testid="export-status">
          {status.text}
        </p>
      ) : null}
    </fieldset>
  );
}

/** One imported layer's export, folded under 导出 / Export (a row of the layer list). */
export function LayerExport({ layerId, name }: { layerId: string; name: string }) {
  const { t, i18n } = useTranslation();
  ensureGisStrings(i18n);
  return (
    <details className="layer-export" data-testid="layer-export">
      <summary aria-label={t('gis.export.exportLayer', { name })}>{t('gis.export.go')}</summary>
      <ExportMenu what="layer" layerId={layerId} />
    </details>
  );
}
