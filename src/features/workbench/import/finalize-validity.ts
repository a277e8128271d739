/**
 * The validity step of `finalize`: every feature's geometry through geometry-validity.ts. Repairs become
 * warnings with counts; a feature that cannot be repaired refuses the whole import (never half of it), naming
 * the first such feature, where its problem is, and how many features have one.
 */
import {
  addRepairs,
  noRepairs,
  type ValidityFailure,
  ValidityWorkExceeded,
  validateGeometry,
} from './geometry-validity';
import { positionsOf } from './geometry';
import { LIMITS } from './limits';
import { fail, type ImportWarning } from './types';

const NAME_KEYS = ['名称', 'NAME', 'name', 'Name', '名字', 'title'];
const round6 = (v: number) => Math.round(v * 1e6) / 1e6 + 0;

/** How a feature is named in messages: its own name (名称 / NAME / name), else `#n` (1-based). */
export function featureLabel(properties: Record<string, unknown> | null, index: number): string {
  for (const key of NAME_KEYS) {
    const v = properties?.[key];
    if ((typeof v === 'string' && v.trim() !== '') || typeof v === 'number') return String(v).trim();
  }
  return `#${index + 1}`;
}

const PROBLEM_TEXT: Record<ValidityFailure['problem'], string> = {
  'self-intersection': 'crosses or touches itself',
  'too-few-points': 'has fewer than 3 distinct points',
  'zero-area': 'has no area (all its points lie on one line)',
  'hole-outside': 'has a hole outside its outer ring',
};
const CODE = {
  'self-intersection': 'self-intersection',
  'hole-outside': 'hole-outside-shell',
  'too-few-points': 'degenerate-geometry',
  'zero-area': 'degenerate-geometry',
} as const;

export function checkValidity(
  label: string,
  features: GeoJSON.Feature[],
  source: readonly { index: number; properties: Record<string, unknown> }[],
  warnings: ImportWarning[],
): GeoJSON.Feature[] {
  const repairs = noRepairs();
  const out: GeoJSON.Feature[] = [];
  let first: { failure: ValidityFailure; index: number; name: string } | undefined;
  let bad = 0;
  let droppedFeatures = 0;
  for (const [k, f] of features.entries()) {
    const { index, properties } = source[k] as (typeof source)[number];
    let v: ReturnType<typeof validateGeometry>;
    try {
      v = validateGeometry(f.geometry);
    } catch (e) {
      if (!(e instanceof ValidityWorkExceeded)) throw e;
      const name = featureLabel(properties, index);
      fail('limit-exceeded', label, `${label}, feature ${name}: ${e.message}.`, {
        limit: 'intersectionTests',
        max: LIMITS.intersectionTests,
        actual: e.actual,
        feature: name,
      });
    }
    if (!v.ok) {
      bad++;
      first ??= { failure: v, index, name: featureLabel(properties, index) };
      continue;
    }
    addRepairs(repairs, v.repairs);
    if (v.geometry === null) droppedFeatures++;
    else out.push(v.geometry === f.geometry ? f : { ...f, geometry: v.geometry });
  }
  if (first) {
    const { failure, index, name } = first;
    const lon = round6(failure.at.lon);
    const lat = round6(failure.at.lat);
    const segments = failure.at.segments ? `, segments ${failure.at.segments.join(' and ')}` : '';
    const ring =
      failure.at.otherPart !== undefined
        ? ` (parts ${(failure.at.part ?? 0) + 1} and ${failure.at.otherPart + 1} of the MultiPolygon overlap)`
        : failure.at.otherRing !== undefined
          ? ` (ring ${failure.at.ring} and ring ${failure.at.otherRing})`
          : failure.at.ring
            ? ` (hole ${failure.at.ring})`
            : '';
    const others = bad > 1 ? ` ${bad} features have such problems.` : '';
    fail(
      CODE[failure.problem],
      label,
      `${label}: feature ${name} ${PROBLEM_TEXT[failure.problem]} at lon ${lon}, lat ${lat}${segments}${ring}.${others}`,
      { feature: name, index, lon, lat, count: bad },
    );
  }
  const warn = (code: ImportWarning['code'], count: number, detail: string) => {
    if (count > 0) warnings.push({ code, file: label, detail: `${label}: ${detail}`, params: { count } });
  };
  warn('closed-rings', repairs.closedRings, `${repairs.closedRings} open ring(s) were closed.`);
  warn(
    'removed-duplicate-points',
    repairs.duplicatePoints,
    `${repairs.duplicatePoints} duplicate point(s) were removed.`,
  );
  warn(
    'dropped-zero-area-parts',
    repairs.droppedParts,
    `${repairs.droppedParts} polygon part(s) or hole(s) without area were dropped.`,
  );
  warn(
    'dropped-degenerate-lines',
    repairs.droppedLines,
    `${repairs.droppedLines} line(s) with fewer than 2 distinct points were dropped` +
      (droppedFeatures > 0 ? `, and with them ${droppedFeatures} feature(s).` : '.'),
  );
  const firstFeature = features[0];
  if (out.length === 0 && firstFeature) {
    const [lon, lat] = positionsOf(firstFeature.geometry)[0] ?? [0, 0];
    const index = source[0]?.index ?? 0;
    const name = featureLabel(source[0]?.properties ?? null, index);
    fail(
      'degenerate-geometry',
      label,
      `${label}: no feature has a line with 2 distinct points (first: ${name}).`,
      {
        feature: name,
        index,
        lon,
        lat,
        count: features.length,
      },
    );
  }
  return out;
}
