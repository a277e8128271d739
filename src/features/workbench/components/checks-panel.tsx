import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LongText } from '@/components/ui/long-text';
import { nameIn } from '@/i18n/lang';
import type { GeoData } from '@/lib/data/use-geo-data';
import { download } from '@/lib/download';
import { formatNumber } from '@/lib/format';
import { useAppStore } from '@/store/app-store';
import { useWorkbenchGeo } from '../api/use-workbench-geo';
import { splitImported } from '../model/imported-areas';
import {
  type CheckKind,
  type CheckRow,
  checksToCsv,
  excludedParks,
  layoutChecks,
} from '../model/layout-checks';
import { ExportMenu } from './export-menu';
import { ImportControl } from './import-control';
import { MethodNote } from './method-note';
import { WorkbenchGeoStatus } from './workbench-geo-status';
import '../workbench.css';

const KINDS: CheckKind[] = ['protected', 'outside-park', 'industry-mismatch', 'outside-layout'];

/** The layout checks as a list (each row flies the map there) and as CSV; imports live here too. */
export function ChecksPanel({ data }: { data: GeoData }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const imported = useAppStore((s) => s.imported);
  const includeSample = useAppStore((s) => s.includeSample);
  const geo = useWorkbenchGeo(data);
  const input = geo.status === 'ready' ? geo.input : null;
  const rows = useMemo(() => {
    if (!input) return null;
    // Imported red-line layers are constraints, like the protected areas.
    const { redlines, others } = splitImported(imported);
    return layoutChecks({
      ...input.checks,
      // Without sample data, only official and public records are checked (含示例数据 off).
      nodes: includeSample
        ? input.checks.nodes
        : input.checks.nodes.filter((n) => n.properties.provenance !== 'sample'),
      protectedAreas: [...input.checks.protectedAreas, ...redlines],
      extra: others,
    });
  }, [input, imported, includeSample]);
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
        {rows?.some((r) => r.kind === 'protected') ? (
          <MethodNote methods={['area']} testId="checks-method" />
        ) : null}
        {rows && input ? (
          <CheckGroups rows={rows} data={data} reserves={input.checks.protectedAreas} />
        ) : null}
        <button
          type="button"
          disabled={!rows}
          data-testid="export-checks"
          onClick={() => rows && download('layout-checks.csv', checksToCsv(rows), 'text/csv;charset=utf-8')}
        >
          {t('wb.exportCsv')}
        </button>
        <ExportMenu what="checks" rows={rows} />
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
    const list = rows.filter((r) => r.kind === k);
    return (
      <div key={k} className="check-group" data-testid={`checks-${k}`}>
        <h4>
          {t(`wb.checkKinds.${k}`)} <span className="count">({list.length})</span>
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
      </div>
    );
  });
}
