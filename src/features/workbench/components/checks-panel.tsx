import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LongText } from '@/components/ui/long-text';
import { nameIn } from '@/i18n/lang';
import type { GeoData } from '@/lib/data/use-geo-data';
import { download } from '@/lib/download';
import { formatNumber } from '@/lib/format';
import { useAppStore } from '@/store/app-store';
import type { ImportedLayer } from '@/store/workbench-slice';
import { ensureGisStrings } from '../gis-strings';
import { useWorkbenchGeo } from '../api/use-workbench-geo';
import { splitImported } from '../model/imported-areas';
import {
  areaCheckContext,
  type CheckKind,
  type CheckRow,
  checksToCsv,
  excludedParks,
  layoutChecks,
} from '../model/layout-checks';
import { ExportMenu } from './export-menu';
import { ImportControl } from './import-control';
import { MethodNote } from './method-note';
import { useAreaChecks } from './use-area-checks';
import { WorkbenchGeoStatus } from './workbench-geo-status';
import '../workbench.css';

/**
 * The imported layers as the checks see them: the same array until a layer's data, name, visibility or
 * red-line flag changes (a new colour does not re-run the checks of 50,000 parcels).
 */
function useCheckedLayers(imported: ImportedLayer[]): ImportedLayer[] {
  const last = useRef<ImportedLayer[]>(imported);
  const same =
    last.current.length === imported.length &&
    last.current.every((l, i) => {
      const m = imported[i];
      return (
        m !== undefined &&
        l.id === m.id &&
        l.data === m.data &&
        l.name === m.name &&
        l.visible === m.visible &&
        l.redline === m.redline
      );
    });
  if (!same) last.current = imported;
  return last.current;
}

/** Rows listed per kind (the CSV and the exports hold every row). */
const ROWS_SHOWN = 200;

const KINDS: CheckKind[] = ['protected', 'outside-park', 'industry-mismatch', 'outside-layout'];

/** The layout checks as a list (each row flies the map there) and as CSV; imports live here too. */
export function ChecksPanel({ data }: { data: GeoData }) {
  const { t, i18n } = useTranslation();
  ensureGisStrings(i18n);
  const lang = useAppStore((s) => s.lang);
  const imported = useAppStore((s) => s.imported);
  const includeSample = useAppStore((s) => s.includeSample);
  const geo = useWorkbenchGeo(data);
  const input = geo.status === 'ready' ? geo.input : null;
  // Imported red lines are constraints, like the protected areas; the other imported polygons are
  // checked like parks, in slices (a layer may hold 50,000 parcels), after the shipped records.
  const checked = useCheckedLayers(imported);
  const { redlines, others } = useMemo(() => splitImported(checked), [checked]);
  const constraints = input ? input.checks.protectedAreas : null;
  const ctx = useMemo(
    () => (constraints && input ? areaCheckContext([...constraints, ...redlines], input.checks.zones) : null),
    [constraints, redlines, input],
  );
  const base = useMemo(() => {
    if (!input) return null;
    return layoutChecks({
      ...input.checks,
      // Without sample data, only official and public records are checked (含示例数据 off).
      nodes: includeSample
        ? input.checks.nodes
        : input.checks.nodes.filter((n) => n.properties.provenance !== 'sample'),
      protectedAreas: [...input.checks.protectedAreas, ...redlines],
    });
  }, [input, redlines, includeSample]);
  const importedChecks = useAreaChecks(others, ctx);
  const rows = useMemo(() => {
    if (!base) return null;
    if (importedChecks.rows.length === 0) return base;
    // Protected-area rows first, then the rest, as layoutChecks orders them.
    const extra = importedChecks.rows;
    return [
      ...base.filter((r) => r.kind === 'protected'),
      ...extra.filter((r) => r.kind === 'protected'),
      ...base.filter((r) => r.kind !== 'protected'),
      ...extra.filter((r) => r.kind !== 'protected'),
    ];
  }, [base, importedChecks.rows]);
  const ready = rows && !importedChecks.running ? rows : null;
  // The zone drawn as its county has no outline of its own: say that it is left out, and why.
  const excluded = excludedParks(data.catalog.parks.map((p) => ({ properties: p })));
  return (
    <div className="workbench" data-testid="checks-panel">
      <ImportControl />
      <section className="wb-section" aria-labelledby="checks-title">
        <h3 id="checks-title">{t('wb.checks')}</h3>
        <p className="hint">{t('wb.checksHint')}</p>
        {excluded.length > 0 ? (
          <p className="hint" data-testid="checks-excluded">
            {t('wb.zoneExcluded', {
              names: excluded.map((p) => nameIn(lang, p.properties)).join(t('listSep')),
            })}
          </p>
        ) : null}
        <WorkbenchGeoStatus geo={geo} />
        {importedChecks.running ? (
          <p className="hint" role="status" data-testid="checks-progress">
            {t('gis.layers.checking', {
              done: formatNumber(importedChecks.done, lang),
              total: formatNumber(importedChecks.total, lang),
            })}
          </p>
        ) : null}
        {rows?.some((r) => r.kind === 'protected') ? (
          <MethodNote methods={['area']} testId="checks-method" />
        ) : null}
        {rows && input ? (
          <CheckGroups rows={rows} data={data} reserves={input.checks.protectedAreas} />
        ) : null}
        <button
          type="button"
          disabled={!ready}
          data-testid="export-checks"
          onClick={() => ready && download('layout-checks.csv', checksToCsv(ready), 'text/csv;charset=utf-8')}
        >
          {t('wb.exportCsv')}
        </button>
        <ExportMenu what="checks" rows={ready} />
      </section>
    </div>
  );
}

/** The check rows by kind; what a row conflicts with is kept as ids (the CSV keeps them), shown as names. */
function CheckGroups({
  rows,
  data,
  reserves,
}: {
  rows: CheckRow[];
  data: GeoData;
  reserves: { properties: { id: string; name_zh?: unknown; name_en?: unknown } }[];
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const moveCamera = useAppStore((s) => s.moveCamera);
  const n = (v: number | undefined, d = 0) => (v === undefined ? '' : formatNumber(v, lang, d));
  const nameOf = useMemo(() => {
    const byId = new Map<string, { name_zh: string; name_en: string }>();
    for (const r of [...data.catalog.parks, ...data.catalog.industries]) byId.set(r.id, r);
    for (const { properties: p } of reserves)
      if (typeof p.name_zh === 'string' && typeof p.name_en === 'string')
        byId.set(p.id, { name_zh: p.name_zh, name_en: p.name_en });
    return (id: string) => {
      const r = byId.get(id);
      return r ? nameIn(lang, r) : id;
    };
  }, [data.catalog, reserves, lang]);
  return KINDS.map((k) => {
    const all = rows.filter((r) => r.kind === k);
    // A layer of thousands of parcels would list thousands of rows: the first ones here, all in the CSV.
    const list = all.slice(0, ROWS_SHOWN);
    return (
      <div key={k} className="check-group" data-testid={`checks-${k}`}>
        <h4>
          {t(`wb.checkKinds.${k}`)} <span className="count">({all.length})</span>
        </h4>
        {list.length === 0 ? <p className="muted">{t('wb.noRows')}</p> : null}
        <ul className="check-rows">
          {list.map((r) => (
            <li key={`${r.kind}-${r.id}`}>
              <button
                type="button"
                className="linkish"
                onClick={() => moveCamera({ kind: 'point', center: [r.at[0] ?? 0, r.at[1] ?? 0], zoom: 12 })}
              >
                <LongText text={nameIn(lang, r)} lines={2} />
              </button>{' '}
              <span className="muted">
                {r.ha !== undefined ? t('wb.overlap', { ha: n(r.ha, 1), mu: n(r.mu) }) : ''}{' '}
                {r.other.filter(Boolean).map(nameOf).join(t('listSep'))}
              </span>
            </li>
          ))}
        </ul>
        {all.length > list.length ? (
          <p className="hint" data-testid={`checks-${k}-more`}>
            {t('gis.layers.moreRows', { n: formatNumber(all.length - list.length, lang) })}
          </p>
        ) : null}
      </div>
    );
  });
}
