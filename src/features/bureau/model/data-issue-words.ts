/**
 * The data build's English messages (code `data` issues from validate-rows.ts) in the UI's language:
 * each message the schemas, reference, duplicate and point checks can give is matched to a key under
 * `bureau.checks.data.*` with its values. The English strings reproduce the data build's words exactly
 * (a unit test round-trips every rule), the Chinese ones say the same; a message no rule matches keeps
 * its English text inside a Chinese sentence (`other`), and the tests keep that from happening for every
 * message the import's checks give.
 */
import type { TFunction } from 'i18next';
import type { SheetIssue } from '@/lib/data/bureau-types';

type Params = Record<string, string>;
interface Rule {
  key: string;
  re: RegExp;
  names: string[];
}

const rule = (key: string, re: RegExp, ...names: string[]): Rule => ({ key, re, names });
const COORD = String.raw`\((-?[\d.e+-]+|NaN), (-?[\d.e+-]+|NaN)\)`;

/** In the order tried (more specific first). */
export const DATA_RULES: Rule[] = [
  rule(
    'duplicate-id-sheet',
    /^duplicate id "(.*)" \(first at row (\d+) of sheet "(.*)"\)$/,
    'id',
    'row',
    'sheet',
  ),
  rule('duplicate-id', /^duplicate id "(.*)" \(first at row (\d+)\)$/, 'id', 'row'),
  rule(
    'duplicate-stat-sheet',
    /^duplicate park and year "(.*)" (\d+) \(first at row (\d+) of sheet "(.*)"\)$/,
    'park',
    'year',
    'row',
    'sheet',
  ),
  rule(
    'duplicate-stat',
    /^duplicate park and year "(.*)" (\d+) \(first at row (\d+)\)$/,
    'park',
    'year',
    'row',
  ),
  rule('unknown-industry', /^unknown industry "(.*)" \(known: (.*)\)$/, 'value', 'known'),
  rule('unknown-link', /^unknown chain link "(.*)" \(see chains\.yaml\)$/, 'value'),
  rule('link-industry', /^chain link "(.*)" belongs to (.*), not (.*)$/, 'value', 'industry', 'given'),
  rule(
    'unknown-stat-park',
    /^unknown park "(.*)" \(known: (.*), or prefecture for the prefecture's totals\)$/,
    'value',
    'known',
  ),
  rule('unknown-park', /^unknown park "(.*)" \(known: (.*)\)$/, 'value', 'known'),
  rule('not-a-number', /^(\w+) must be a number$/, 'field'),
  rule('negative', /^(\w+) must not be negative$/, 'field'),
  rule('not-whole', /^(\w+) must be a whole number$/, 'field'),
  rule('not-pct', /^(\w+) is a percentage \(0–100\)$/, 'field'),
  rule('year', /^year must be a year such as 2024$/),
  rule('date-required', /^is required \(YYYY, YYYY-MM or YYYY-MM-DD\)$/),
  rule('date-format', /^must be YYYY, YYYY-MM or YYYY-MM-DD$/),
  rule('id-format', /^must be lower-case letters, digits and -$/),
  rule('true-false', /^must be true or false$/),
  rule('chinese', /^must contain Chinese characters$/),
  rule('unknown-value', /^unknown (node kind|status) (.*) \(expected (.*)\)$/, 'what', 'value', 'expected'),
  rule('one-of', /^must be one of (.*), got (.*)$/, 'expected', 'value'),
  rule(
    'source-required',
    /^is required when provenance is (\w+) \(name the document, or say how it was estimated\)$/,
    'provenance',
  ),
  rule(
    'chinese-twin',
    /^is required when (\w+) is given \(the app shows the note in Chinese and English\)$/,
    'field',
  ),
  rule('investment-source', /^a figure on a real record needs its source \(investment_source\)$/),
  rule(
    'half-point',
    /^(lon|lat) is empty but (lon|lat) is given: give both, or leave both empty to place the record inside its park$/,
    'empty',
    'given',
  ),
  rule('location-provenance', /^is required when lon and lat are given \((.*)\)$/, 'expected'),
  rule('sample-position', /^a sample record has a sample position$/),
  rule('estimate-how', /^an estimated position says how it was estimated$/),
  rule('landed-investment', /^a landed project \(status (\w+)\) needs its investment$/, 'status'),
  rule('no-outline', /^no coordinates given and park "(.*)" has no outline to place the record in$/, 'park'),
  rule('coord-nan', new RegExp(`^coordinate ${COORD} is not a number$`), 'lon', 'lat'),
  rule(
    'coord-projected',
    new RegExp(
      `^coordinate ${COORD} looks projected \\(metres, e\\.g\\. CGCS2000 Gauss–Krüger or EPSG:3857\\); data/ must be WGS84 longitude/latitude in degrees$`,
    ),
    'lon',
    'lat',
  ),
  rule(
    'coord-swapped',
    new RegExp(
      `^coordinate ${COORD} has longitude and latitude swapped: expected lon ≈ 100–102, lat ≈ 21–22\\.5$`,
    ),
    'lon',
    'lat',
  ),
  rule(
    'coord-far',
    new RegExp(
      `^coordinate ${COORD} is far outside Xishuangbanna \\(expected lon 99–102\\.8, lat 20\\.4–23\\.4\\)$`,
    ),
    'lon',
    'lat',
  ),
  rule(
    'outside-prefecture',
    new RegExp(`^${COORD} is outside the prefecture, ([\\d.]+) km from its boundary$`),
    'lon',
    'lat',
    'km',
  ),
  rule(
    'other-county-none',
    new RegExp(`^${COORD} lies in another county, outside (\\w+) \\(the county of its park (.*)\\)$`),
    'lon',
    'lat',
    'expected',
    'park',
  ),
  rule(
    'other-county',
    new RegExp(`^${COORD} lies in (.*), outside (\\w+) \\(the county of its park (.*)\\)$`),
    'lon',
    'lat',
    'county',
    'expected',
    'park',
  ),
  // Last: "<what> is required" (id, Chinese name, English name, …).
  rule('required', /^(.+) is required$/, 'what'),
];

/** The key under bureau.checks.data and the values of one data-build message. */
export function dataIssueWords(message: string): { key: string; params: Params } {
  for (const r of DATA_RULES) {
    const m = r.re.exec(message);
    if (m) return { key: r.key, params: Object.fromEntries(r.names.map((n, i) => [n, m[i + 1] ?? ''])) };
  }
  return { key: 'other', params: { message } };
}

/** Values that name a column or a county are also given as the UI's label for it (`…Label`). */
const COLUMN_PARAMS = ['field', 'empty', 'given'];
const COUNTY_PARAMS = ['county', 'expected'];

/**
 * The problem of a `data` issue in the UI's language (the bureau strings must be loaded): the message
 * only; where it is (sheet, row, column) is said by the issue list as for every other issue.
 */
export function dataIssueText(issue: Pick<SheetIssue, 'message'>, t: TFunction): string {
  const tt = t as unknown as (key: string, params?: Record<string, string>) => string;
  const { key, params } = dataIssueWords(issue.message);
  const all: Params = { ...params };
  for (const p of COLUMN_PARAMS) {
    const v = params[p];
    if (v !== undefined) all[`${p}Label`] = tt(`bureau.sheet.col.${v}.label`, { defaultValue: v });
  }
  if (key.startsWith('other-county')) {
    for (const p of COUNTY_PARAMS) {
      const v = params[p];
      if (v !== undefined) all[`${p}Label`] = tt(`bureau.checks.county.${v}`, { defaultValue: v });
    }
  }
  return tt(`bureau.checks.data.${key}`, all);
}
