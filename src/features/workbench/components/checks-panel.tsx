import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GeoData } from '@/features/geo/api/use-geo-data';
import { nameIn } from '@/i18n/lang';
import { formatNumber } from '@/lib/format';
import { useAppStore } from '@/store/app-store';
import { useWorkbenchGeo } from '../api/use-workbench-geo';
import { type CheckKind, checksToCsv, layoutChecks } from '../model/layout-checks';
import type { Area, IdFeature } from '../model/site-metrics';
import { download } from './download';
import { ImportControl } from './import-control';

const KINDS: CheckKind[] = ['protected', 'outside-park', 'industry-mismatch', 'outside-layout'];

/** Imported areas, checked like parks: against protected areas and the 一轴两翼 zones. */
function importedAreas(layers: ReturnType<typeof useAppStore.getState>['imported']): IdFeature<Area>[] {
  return layers
    .filter((l) => l.visible)
    .flatMap((l) =>
      l.data.features
        .filter((f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon')
        .map((f, i) => ({
          ...(f as GeoJSON.Feature<Area>),
          properties: {
            ...f.properties,
            id: String(f.properties?.__id ?? `${l.id}#${i}`),
            name: `${l.name} #${i + 1}`,
          },
        })),
    );
}

/** The layout checks as a list (each row flies the map there) and as CSV; imports live here too. */
export function ChecksPanel({ data }: { data: GeoData }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const imported = useAppStore((s) => s.imported);
  const flyToPoint = useAppStore((s) => s.flyToPoint);
  const geo = useWorkbenchGeo(data);
  const rows = useMemo(() => {
    if (!geo) return null;
    // Imported red-line layers are constraints, like the protected areas.
    const redlines = importedAreas(imported.filter((l) => l.redline));
    const others = importedAreas(imported.filter((l) => !l.redline));
    return layoutChecks({
      ...geo.checks,
      protectedAreas: [...geo.checks.protectedAreas, ...redlines],
      extra: others,
    });
  }, [geo, imported]);
  const n = (v: number | undefined, d = 0) => (v === undefined ? '' : formatNumber(v, lang, d));
  // What a row conflicts with is kept as ids (the CSV keeps them); the list shows names.
  const nameOf = useMemo(() => {
    const byId = new Map<string, { name_zh: string; name_en: string }>();
    for (const r of [...data.catalog.parks, ...data.catalog.industries]) byId.set(r.id, r);
    for (const f of geo?.checks.protectedAreas ?? []) {
      const p = f.properties as { id: string; name_zh?: string; name_en?: string };
      if (p.name_zh && p.name_en) byId.set(p.id, { name_zh: p.name_zh, name_en: p.name_en });
    }
    return (id: string) => {
      const r = byId.get(id);
      return r ? nameIn(lang, r) : id;
    };
  }, [data.catalog, geo, lang]);
  return (
    <div className="workbench" data-testid="checks-panel">
      <ImportControl />
      <section className="wb-section" aria-labelledby="checks-title">
        <h3 id="checks-title">{t('wb.checks')}</h3>
        <p className="hint">{t('wb.checksHint')}</p>
        {rows === null ? <p className="muted">{t('loading')}</p> : null}
        {rows
          ? KINDS.map((k) => {
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
                        <button type="button" className="linkish" onClick={() => flyToPoint(r.at, 12)}>
                          {nameIn(lang, r)}
                        </button>{' '}
                        <span className="muted">
                          {r.ha !== undefined ? t('wb.overlap', { ha: n(r.ha, 1), mu: n(r.mu) }) : ''}{' '}
                          {r.other
                            .filter(Boolean)
                            .map(nameOf)
                            .join(lang === 'zh' ? '、' : ', ')}
                        </span>
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })
          : null}
        <button
          type="button"
          disabled={!rows}
          data-testid="export-checks"
          onClick={() => rows && download('layout-checks.csv', checksToCsv(rows), 'text/csv;charset=utf-8')}
        >
          {t('wb.exportCsv')}
        </button>
      </section>
    </div>
  );
}
