import type { Message } from '@/i18n/message';
import type { RingCheck } from '@/store/workbench-slice';
import { type Pos, ValidityWorkExceeded, validatePolygonRing } from '../import/geometry-validity';

const PROBLEM = {
  'self-intersection': 'gis.draw.problem.selfIntersects',
  'too-few-points': 'gis.draw.problem.tooFew',
  'zero-area': 'gis.draw.problem.zeroArea',
} as const;

/**
 * The check a drawn, edited or typed site passes before it is kept (registered in the store with
 * setRingCheck): the import's polygon validity, so a bow-tie is refused with its message instead of
 * being saved as a site of 0 亩.
 */
export const siteRingCheck: RingCheck = (corners) => {
  try {
    const r = validatePolygonRing(corners.map((p) => [p[0] ?? Number.NaN, p[1] ?? Number.NaN] as Pos));
    if (r.ok) return { ok: true, ring: r.ring };
    const message: Message = { key: PROBLEM[r.problem] };
    return { ok: false, message };
  } catch (e) {
    const detail = e instanceof ValidityWorkExceeded ? e.message : String(e);
    return { ok: false, message: { key: 'gis.draw.problem.invalid', params: { detail } } };
  }
};
