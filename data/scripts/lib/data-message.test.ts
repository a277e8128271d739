/**
 * dataMessage words every message of the shared schemas and checks in Chinese. The messages here are
 * made by the real schemas and checks from broken records (none is typed): each must be known to a rule,
 * each rule must be met by at least one, and the Chinese text keeps no English word but quoted values,
 * ids, column keys and format names.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexCounties, pointProblem } from '../../../src/lib/geo/county-check';
import {
  DATA_MESSAGE_FALLBACK_ZH,
  DATA_MESSAGE_RULES,
  dataMessage,
  dataMessageRule,
} from '../../../src/i18n/data-message';
import { NODE_COLUMNS, PARK_STAT_COLUMNS, PLACE_COLUMNS } from '../../../src/lib/schemas/columns';
import { TARGET_GROUPS, TARGET_RULES, TARGET_SCOPES } from '../../../src/lib/schemas/monitor-vocab';
import { contextFigureSchema, parkStatSchema, targetSchema } from '../../../src/lib/schemas/monitor-records';
import {
  duplicateStatMessage,
  type KnownIds,
  nodeReferenceProblems,
  statReferenceProblems,
} from '../../../src/lib/schemas/node-references';
import {
  chainLinkSchema,
  industrySchema,
  nodeSchema,
  parkSchema,
  placeSchema,
  protectedAreaSchema,
  zoneSchema,
} from '../../../src/lib/schemas/records';
import * as vocab from '../../../src/lib/schemas/vocab';
import { loadCounties } from './basemap';
import { checkMonitoring } from './checks';
import { DataError, IssueList } from './issues';
import type { Records } from './load-records';
import { readCsv, readYaml } from './read';
import { checkUniqueIds } from './validate';

const root = join(import.meta.dirname, '..', '..', '..');
const data = join(root, 'data');
const tmp = mkdtempSync(join(tmpdir(), 'xsbn-messages-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Raw = Record<string, unknown>;
const yaml = (file: string) => readYaml(join(data, file), file) as Raw[];
const rowsOf = (file: string, columns: readonly string[]) =>
  readCsv(join(data, file), file, columns).map((r) => r.values);
const byId = <T extends Raw>(list: T[], id: string) => list.find((r) => r.id === id) as T;

/** The messages a schema gives for one record (empty when it parses). */
function messagesOf(schema: { safeParse: (v: unknown) => unknown }, raw: unknown): string[] {
  const res = schema.safeParse(raw) as { success: boolean; error?: { issues: { message: string }[] } };
  return res.success ? [] : (res.error?.issues ?? []).map((i) => i.message);
}
/** The messages the data build's readers throw for a file. */
function thrown(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof DataError) return e.issues.map((i) => i.message);
    throw e;
  }
  return [];
}
function csvFile(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

const messages = new Set<string>();
const add = (list: string[]) => {
  expect(list.length).toBeGreaterThan(0);
  for (const m of list) messages.add(m);
};

beforeAll(() => {
  const nodes = rowsOf('nodes.csv', NODE_COLUMNS);
  const sample = byId(nodes, 'rb-01');
  const real = byId(nodes, 'fr-02');
  const nodeBad: Raw[] = [
    { ...sample, id: '' },
    { ...sample, id: 'Bad_Id' },
    { ...sample, kind: 'robot' },
    { ...sample, leading: 'yes' },
    { ...sample, name_zh: 'latin only' },
    { ...sample, name_en: '' },
    { ...sample, lat: '' },
    { ...sample, lon: 'east' },
    { ...sample, status: 'dreaming' },
    { ...sample, investment_wan: 'a lot' },
    { ...sample, provenance: 'guess' },
    { ...sample, as_of: 'last year' },
    { ...sample, as_of: undefined },
    { ...sample, location_provenance: '' },
    { ...sample, location_provenance: 'estimate', location_source: 'from a map', location_source_zh: '地图' },
    { ...real, investment_wan: '500' },
    { ...real, location_source: '', location_source_zh: '' },
    { ...real, source_zh: '' },
    { ...real, source: '', source_zh: '' },
    { ...sample, kind: 'project', status: 'signed', investment_wan: '' },
  ];
  for (const n of nodeBad) add(messagesOf(nodeSchema, n));

  const places = rowsOf('places.csv', PLACE_COLUMNS);
  const port = places.find((p) => p.kind === 'port') as Raw;
  const station = places.find((p) => p.kind === 'station') as Raw;
  const airport = places.find((p) => p.kind === 'airport') as Raw;
  for (const p of [
    { ...port, port_kind: '' },
    { ...station, port_kind: 'road' },
    { ...airport, port_kind: 'road' },
    { ...port, port_kind: 'air' },
    { ...port, port_kind: 'sea' },
    { ...port, lon: '' },
  ])
    add(messagesOf(placeSchema, p));

  const parks = yaml('parks.yaml');
  const top = parks.find((p) => p.kind === 'park' && !p.parent) as Raw;
  const sub = parks.find((p) => p.parent) as Raw;
  for (const p of [
    { ...top, parent: 'gasa' },
    { ...sub, parent: undefined },
    { ...top, leading: [] },
    { ...top, leading_provenance: 'estimate', leading_source: '' },
    { ...top, land_available_mu: 100, land_provenance: undefined },
    { ...top, level: 'global' },
    { ...top, county: 'kunming' },
    { ...top, kind: 'campus' },
    { ...top, extent: 'circle' },
    { ...top, published_area_km2: 'big' },
    { ...top, published_area_km2: -1 },
  ])
    add(messagesOf(parkSchema, p));

  const industry = yaml('industries.yaml')[0] as Raw;
  add(messagesOf(industrySchema, { ...industry, color: 'red', key7: 'yes' }));
  const zone = yaml('zones.yaml')[0] as Raw;
  add(messagesOf(zoneSchema, { ...zone, buffer_km: 100 }));
  const chain = (readYaml(join(data, 'chains.yaml'), 'chains.yaml') as Record<string, Raw[]>).rubber;
  add(messagesOf(chainLinkSchema, { ...(chain?.[0] ?? {}), stage: 'sideways' }));
  add(messagesOf(protectedAreaSchema, { ...(yaml('protected-areas.yaml')[0] as Raw), centre: 'here' }));

  const targets = yaml('targets.yaml');
  const cagr = byId(targets, 'revenue-growth');
  const ratio = byId(targets, 'leading-share');
  const perMu = byId(targets, 'revenue-per-mu');
  for (const t of [
    { ...cagr, group: 'size', scope: 'world', rule: 'guess' },
    { ...cagr, inputs: ['profit_wan'] },
    { ...cagr, inputs: [] },
    { ...ratio, inputs: ['revenue_wan', 'revenue_wan', 'revenue_wan'] },
    { ...ratio, inputs: ['revenue_wan'] },
    { ...cagr, inputs: ['revenue_wan', 'land_in_use_mu'] },
    { ...perMu, value_by_level: undefined },
    { ...perMu, value_by_level: { national: 600 } },
    { ...cagr, reading_en: '' },
    { ...cagr, target_year: 2025.5 },
  ])
    add(messagesOf(targetSchema, t));
  const context = yaml('context-figures.yaml')[0] as Raw;
  add(messagesOf(contextFigureSchema, { ...context, url: 'not a link' }));

  const stat = Object.fromEntries(PARK_STAT_COLUMNS.map((c) => [c, ''])) as Raw;
  Object.assign(stat, { park: 'menghai', year: '2024', provenance: 'sample', as_of: '2024' });
  for (const s of [
    { ...stat, year: 'last' },
    { ...stat, revenue_wan: 'about 5000' },
    { ...stat, revenue_wan: '-1' },
    { ...stat, industrial_firms: '1.5' },
    { ...stat, sewage_treated_pct: '120' },
  ])
    add(messagesOf(parkStatSchema, s));

  const header = NODE_COLUMNS.join(',');
  add(thrown(() => readCsv(join(tmp, 'none.csv'), 'none.csv', NODE_COLUMNS)));
  add(thrown(() => readCsv(csvFile('empty.csv', '\n'), 'empty.csv', NODE_COLUMNS)));
  add(thrown(() => readCsv(csvFile('cols.csv', 'id,kind,colour\n'), 'cols.csv', NODE_COLUMNS)));
  const swapped = [NODE_COLUMNS[1], NODE_COLUMNS[0], ...NODE_COLUMNS.slice(2)].join(',');
  add(thrown(() => readCsv(csvFile('order.csv', `${swapped}\n`), 'order.csv', NODE_COLUMNS)));
  add(thrown(() => readCsv(csvFile('head.csv', `${header}\n`), 'head.csv', NODE_COLUMNS)));
  add(thrown(() => readCsv(csvFile('cells.csv', `${header}\na,b\n`), 'cells.csv', NODE_COLUMNS)));

  const issues = new IssueList();
  checkUniqueIds(
    [
      { id: 'rb-01', label: 'rb-01 (line 2)' },
      { id: 'rb-01', label: 'rb-01 (line 9)' },
    ],
    'nodes.csv',
    issues,
  );
  const known: KnownIds = {
    industries: new Set(['rubber', 'tea']),
    linkIndustry: new Map([
      ['rubber-primary', 'rubber'],
      ['tea-primary', 'tea'],
    ]),
    parks: new Set(['menghai', 'mengpeng']),
  };
  const refs = [
    ...nodeReferenceProblems({ industry: 'coffee', link: 'coffee-roast', park: 'jinghong-park' }, known),
    ...nodeReferenceProblems({ industry: 'rubber', link: 'tea-primary', park: 'menghai' }, known),
    ...statReferenceProblems({ park: 'gasa' }, known),
  ];
  add(refs.map((r) => r.message));
  add([duplicateStatMessage('menghai', 2024, 'menghai 2024 (line 2)')]);
  checkMonitoring(
    {
      industries: [],
      links: [],
      parks: [],
      stats: [],
      targets: [{ rec: { id: 'revenue-growth' }, label: 'revenue-growth (#2)' }],
      context: [{ rec: { target: 'trade-volume' }, label: 'ports-trade-2024 (#1)' }],
    } as unknown as Records,
    issues,
  );
  add(issues.items.map((i) => i.message));

  const idx = indexCounties(loadCounties());
  const points = [
    pointProblem(idx, Number.NaN, 21.9, 'jinghong', 'its county column'),
    pointProblem(idx, 500000, 2435000, 'jinghong', 'its county column'),
    pointProblem(idx, 22.015, 100.798, 'jinghong', 'its county column'),
    pointProblem(idx, 105, 25, 'jinghong', 'its county column'),
    pointProblem(idx, 102.6, 23.2, 'jinghong', 'its county column'),
    pointProblem(idx, 100.798, 22.015, 'mengla', 'the county of its park mengpeng'),
    pointProblem(idx, 100.798, 22.015, 'menghai', 'its county column'),
  ];
  add(points.map((p) => p?.message ?? ''));
});

/** Words a Chinese message may keep: column keys, field names, vocabulary values, ids, format names. */
function allowedWords(): Set<string> {
  const words = new Set<string>([
    ...NODE_COLUMNS,
    ...PLACE_COLUMNS,
    ...PARK_STAT_COLUMNS,
    ...TARGET_GROUPS,
    ...TARGET_RULES,
    ...TARGET_SCOPES,
    ...Object.keys(parkSchema.shape),
    ...Object.keys(industrySchema.shape),
    ...Object.keys(targetSchema.shape),
    ...['prefecture', 'value_by_level', 'reading_zh', 'reading_en', 'land_as_of', 'centre'],
    ...[
      'YYYY',
      'YYYY-MM',
      'YYYY-MM-DD',
      'RRGGBB',
      'WGS84',
      'CGCS2000',
      'EPSG',
      'NaN',
      'true',
      'false',
      'chains',
      'yaml',
    ],
  ]);
  for (const v of Object.values(vocab)) if (Array.isArray(v)) for (const w of v) words.add(String(w));
  for (const f of ['industries.yaml', 'parks.yaml', 'targets.yaml'])
    for (const r of yaml(f)) words.add(String(r.id));
  const chains = readYaml(join(data, 'chains.yaml'), 'chains.yaml') as Record<string, unknown>;
  for (const list of Object.values(chains)) if (Array.isArray(list)) for (const l of list) words.add(l.id);
  for (const id of ['rb-01', 'coffee-roast', 'tea-primary', 'ports-trade-2024', 'colour', 'a', 'b'])
    words.add(id);
  return words;
}

describe('dataMessage', () => {
  it('knows every message the shared checks produce', () => {
    const unknown = [...messages].filter((m) => dataMessageRule(m) === null);
    expect(unknown, unknown.join('\n')).toEqual([]);
  });
  it('has no rule that no check produces', () => {
    const used = new Set([...messages].map(dataMessageRule));
    const unused = DATA_MESSAGE_RULES.map((r) => r.id).filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });
  it('leaves no English in the Chinese text but quoted values, ids, keys and format names', () => {
    const allowed = allowedWords();
    const left: string[] = [];
    for (const m of messages) {
      const zh = dataMessage(m, 'zh');
      expect(zh, m).toMatch(/[\u4e00-\u9fff]/);
      const words = zh.replace(/"(?:[^"\\]|\\.)*"/g, '').match(/[A-Za-z][A-Za-z0-9_-]*/g) ?? [];
      const english = words.filter((w) => !allowed.has(w));
      if (english.length > 0) left.push(`${m}\n  → ${zh}\n  English left: ${english.join(' ')}`);
    }
    expect(left, left.join('\n')).toEqual([]);
  });
  it('keeps ids, values and labels, and returns English unchanged', () => {
    const dup = [...messages].find((m) => m.startsWith('duplicate id')) as string;
    expect(dataMessage(dup, 'zh')).toBe('编号 "rb-01" 重复(首次出现在 rb-01 (第 2 行))');
    expect(dataMessage(dup, 'en')).toBe(dup);
    const link = [...messages].find((m) => m.startsWith('chain link')) as string;
    expect(dataMessage(link, 'zh')).toBe('产业链环节 "tea-primary" 属于 tea,不属于 rubber');
    const pct = [...messages].find((m) => m.includes('percentage')) as string;
    expect(dataMessage(pct, 'zh')).toBe('sewage_treated_pct 是百分比(0–100)');
  });
  it('shows a message no rule knows whole, behind a Chinese lead-in', () => {
    const odd = 'a brand-new check says no';
    expect(dataMessageRule(odd)).toBeNull();
    expect(dataMessage(odd, 'zh')).toBe(`${DATA_MESSAGE_FALLBACK_ZH}${odd}`);
    expect(dataMessage(odd, 'en')).toBe(odd);
  });
});
