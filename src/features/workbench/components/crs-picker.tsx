import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ensureGisStrings } from '../gis-strings';
import { CRS_CATALOG, crsById, crsName } from '../import/crs/crs-catalog';
import { datumName } from '../import/crs/crs-name';
import type { CrsDef, CrsId, CrsKind, CrsOverride, CrsReport } from '../import/crs/types';

const GROUPS: { kind: CrsKind; key: 'geographic' | 'gk3' | 'gk6' | 'utm' | 'webMercator' }[] = [
  { kind: 'geographic', key: 'geographic' },
  { kind: 'gk3', key: 'gk3' },
  { kind: 'gk6', key: 'gk6' },
  { kind: 'utm', key: 'utm' },
  { kind: 'web-mercator', key: 'webMercator' },
];
/** A bare reference (urn:ogc:def:crs:EPSG::4543, EPSG:4543, CRS84) adds nothing to the name and code shown. */
const EPSG_REFERENCE = /^(urn:ogc:def:crs:|EPSG:|OGC:|CRS:?84$)/i;
const DECLARED_FROM = ['prj', 'geojson', 'geopackage', 'flatgeobuf'] as const;

/**
 * The coordinate system an import used: its name, where it came from (the file, the ranges, the user), the
 * datum note for Xian 1980 / Beijing 1954, and the override: a list of systems (the likely ones first, then the
 * catalog by kind) and the axis order. A change calls `onChange`, which re-runs the import.
 */
export function CrsPicker(props: {
  report: CrsReport;
  onChange: (o: CrsOverride) => void;
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation();
  ensureGisStrings(i18n);
  // The names follow the UI language that t() uses.
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const selectId = useId();
  const { report, onChange, disabled } = props;
  const def: CrsDef | undefined = report.id === 'custom' ? report.def : crsById(report.id);
  const label = (d: CrsDef) => (d.epsg ? `${crsName(d, lang)} (EPSG:${d.epsg})` : crsName(d, lang));
  const from = report.declaredFrom;
  const source =
    report.source === 'declared'
      ? t(`gis.crs.source.${DECLARED_FROM.find((f) => f === from) ?? 'declared'}`)
      : t(`gis.crs.source.${report.source}`);
  const own: CrsId[] = report.def && report.id !== 'custom' ? ['custom'] : [];
  const likely = [report.id, ...own, ...report.candidates]
    .map((id) => (id === 'custom' ? report.def : crsById(id)))
    .filter((d): d is CrsDef => d !== undefined);
  return (
    <div className="crs-picker" data-testid="crs-picker">
      <p>
        <strong data-testid="crs-name">{def ? crsName(def, lang) : report.id}</strong>{' '}
        <span className="hint" data-testid="crs-source">
          {source}
        </span>
      </p>
      {report.declaredName && !EPSG_REFERENCE.test(report.declaredName) ? (
        <p className="hint long-text">{t('gis.crs.declaredName', { name: report.declaredName })}</p>
      ) : null}
      {def?.approximateDatum ? (
        <p className="hint" data-testid="crs-approximate">
          {t('gis.crs.approximateDatum', { datum: datumName(def.datum, lang) })}
        </p>
      ) : null}
      <label htmlFor={selectId}>{t('gis.crs.select')}</label>{' '}
      <select
        id={selectId}
        value={report.id}
        disabled={disabled}
        data-testid="crs-select"
        onChange={(e) => onChange({ id: e.target.value as CrsId })}
      >
        <optgroup label={t('gis.crs.groups.likely')}>
          {likely.map((d) => (
            <option key={`likely-${d.id}`} value={d.id}>
              {label(d)}
            </option>
          ))}
        </optgroup>
        {GROUPS.map((g) => (
          <optgroup key={g.kind} label={t(`gis.crs.groups.${g.key}`)}>
            {CRS_CATALOG.filter((d) => d.kind === g.kind).map((d) => (
              <option key={d.id} value={d.id}>
                {label(d)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <label className="inline">
        <input
          type="checkbox"
          checked={report.swapXY}
          disabled={disabled}
          data-testid="crs-swap"
          onChange={(e) => onChange({ id: report.id, swapXY: e.target.checked })}
        />{' '}
        {def?.kind === 'geographic' ? t('gis.crs.swapGeographic') : t('gis.crs.swap')}
      </label>
    </div>
  );
}
