/**
 * Every import error and warning code has its message in both languages (wb.importErrors / wb.importWarnings
 * for the older codes, gis.errors / gis.errors.warnings for the GIS ones), and the English ones carry no
 * Chinese (the Chinese ones may name formats such as GeoPackage, which are the same in both).
 */
import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en';
import { gisErrorsEn, gisErrorsZh } from '@/i18n/strings/gis-errors';
import { zh } from '@/i18n/zh';
import { IMPORT_ERROR_CODES, IMPORT_WARNING_CODES } from './types';

type Table = Record<string, unknown>;
const CJK = /[\u3400-\u9fff\uff00-\uffef]/;

const langs = [
  { name: 'zh', wb: zh.wb as unknown as Table, gis: gisErrorsZh as unknown as Table },
  { name: 'en', wb: en.wb as unknown as Table, gis: gisErrorsEn as unknown as Table },
];

describe.each(langs)('import messages ($name)', ({ wb, gis }) => {
  const errors = { ...(wb.importErrors as Table), ...gis };
  const warnings = { ...(wb.importWarnings as Table), ...(gis.warnings as Table) };

  it('every error code has a message', () => {
    const missing = IMPORT_ERROR_CODES.filter((c) => typeof errors[c] !== 'string');
    expect(missing).toEqual([]);
  });

  it('every warning code has a message', () => {
    const missing = IMPORT_WARNING_CODES.filter((c) => typeof warnings[c] !== 'string');
    expect(missing).toEqual([]);
  });
});

describe('import messages (en)', () => {
  it('the English messages hold no Chinese', () => {
    const errors: Table = {
      ...(en.wb.importErrors as unknown as Table),
      ...(gisErrorsEn as unknown as Table),
    };
    const warnings: Table = {
      ...(en.wb.importWarnings as unknown as Table),
      ...((gisErrorsEn as unknown as Table).warnings as Table),
    };
    const texts = [
      ...IMPORT_ERROR_CODES.map((c) => errors[c]),
      ...IMPORT_WARNING_CODES.map((c) => warnings[c]),
    ];
    expect(texts.filter((t) => typeof t === 'string' && CJK.test(t))).toEqual([]);
  });
});
