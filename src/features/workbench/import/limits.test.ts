import { describe, expect, it } from 'vitest';
import { ensureGisStrings } from '@/features/workbench/gis-strings';
import { createI18n } from '@/i18n/i18n';
import { importErrorText, importWarningText } from '../components/import-message';
import { checkLimit, countTextRows, LIMITS, limitCounter } from './limits';
import { jsonDepth } from './parse-geojson';
import { ImportFailure, type ImportErrorCode, type ImportWarningCode } from './types';
import { xmlDepth, xmlScan } from './xml-guard';

const CJK = /[\u3400-\u9fff]/;

function refusal(f: () => unknown) {
  try {
    f();
  } catch (e) {
    if (e instanceof ImportFailure) return e.error;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('checkLimit and limitCounter', () => {
  it('refuse past the limit, with limit, max and actual', () => {
    expect(() => checkLimit('rows', LIMITS.rows, 'a.csv')).not.toThrow();
    expect(refusal(() => checkLimit('rows', LIMITS.rows + 1, 'a.csv'))).toEqual({
      code: 'limit-exceeded',
      file: 'a.csv',
      detail: `a.csv: rows ${LIMITS.rows + 1} exceeds the limit of ${LIMITS.rows}.`,
      params: { limit: 'rows', max: LIMITS.rows, actual: LIMITS.rows + 1 },
    });
  });

  it('a counter refuses as soon as its total passes the limit', () => {
    const count = limitCounter('linkedDocuments', 'doc.kmz');
    for (let k = 0; k < LIMITS.linkedDocuments; k++) count();
    expect(refusal(() => count())).toMatchObject({ params: { actual: LIMITS.linkedDocuments + 1 } });
  });
});

describe('linear scans before parsing', () => {
  it('jsonDepth skips strings and escapes', () => {
    expect(jsonDepth('{"a":[1,[2]]}')).toBe(3);
    expect(jsonDepth('{"a":"[[[[\\"[[["}')).toBe(1);
    expect(jsonDepth('[]')).toBe(1);
  });

  it('xmlDepth skips comments, CDATA, declarations, self-closing tags and quoted ">"', () => {
    expect(xmlDepth('<?xml version="1.0"?><kml><a b=">"><c/><!-- <d><d> --></a></kml>')).toBe(2);
    expect(xmlDepth('<kml><![CDATA[<x><y><z>]]><a><b></b></a></kml>')).toBe(3);
  });

  it('xmlScan counts the feature elements (not trkpt, not Placemarks in comments)', () => {
    const gpx = '<gpx><wpt lat="1" lon="2"/><trk><trkseg><trkpt lat="1" lon="2"/></trkseg></trk></gpx>';
    expect(xmlScan(gpx)).toEqual({ depth: 3, features: 2 });
    expect(
      xmlScan('<kml><!-- <Placemark> --><Placemark id="a"></Placemark><PlacemarkX/></kml>').features,
    ).toBe(1);
  });

  it('countTextRows counts non-blank lines after the header', () => {
    expect(countTextRows('lon,lat\n1,2\r\n\n  \n3,4')).toBe(2);
    expect(countTextRows('lon,lat\n')).toBe(0);
  });
});

describe('messages of the limits and validity codes, in both languages', () => {
  const errors: { code: ImportErrorCode; params: Record<string, string | number> }[] = [
    { code: 'limit-exceeded', params: { limit: 'archiveExpansion', max: 1, actual: 2 } },
    { code: 'xml-entities', params: {} },
    { code: 'self-intersection', params: { feature: '地块', index: 0, lon: 100.8, lat: 22, count: 2 } },
    { code: 'degenerate-geometry', params: { feature: '#3', index: 2, lon: 100.8, lat: 22, count: 1 } },
    { code: 'hole-outside-shell', params: { feature: '#3', index: 2, lon: 100.8, lat: 22, count: 1 } },
  ];
  const warnings: ImportWarningCode[] = [
    'closed-rings',
    'removed-duplicate-points',
    'dropped-zero-area-parts',
    'dropped-degenerate-lines',
  ];

  for (const lang of ['zh', 'en'] as const) {
    it(`every limit has a name and every code a message with its params filled (${lang})`, () => {
      const i18n = createI18n(lang);
      ensureGisStrings(i18n);
      const t = i18n.t;
      const texts = [
        ...errors.map((e) => importErrorText(t, { ...e, file: 'f.kml' })),
        ...warnings.map((code) => importWarningText(t, { code, file: 'f.kml', params: { count: 12 } })),
        ...Object.keys(LIMITS).map((limit) =>
          importErrorText(t, { code: 'limit-exceeded', file: 'f.kml', params: { limit, max: 1, actual: 2 } }),
        ),
      ];
      for (const text of texts) {
        expect(text).not.toMatch(/\{\{|gis\.errors|limits\./);
        expect(text).toContain('f.kml');
        // No English fragment in Chinese, no Chinese in English (file names, numbers and XML aside).
        const words = text.replace(/f\.kml|<!ENTITY>|XML|KMZ|#\d+/g, '');
        if (lang === 'zh') expect(words).not.toMatch(/[A-Za-z]{2,}/);
        else expect(words.replace('地块', '')).not.toMatch(CJK);
      }
      expect(texts[5]).toContain('12');
      expect(texts[0]).toMatch(/\b1\b.*\b2\b|\b2\b.*\b1\b/);
    });
  }
});
