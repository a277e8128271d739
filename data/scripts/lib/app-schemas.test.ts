/**
 * The data build checks what it writes against the schemas the app reads the files with: a mismatch
 * stops the build with one line naming the file and the first issue, and the real outputs pass.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_FILES } from '../../../src/lib/data/built-files';
import { fontFacesSchema } from '../../../src/lib/schemas/catalog';
import { APP_SCHEMAS, AppSchemaError, checkBuiltFile } from './app-schemas';
import { OUTSIDE_FILE } from '../../../src/lib/domain/outside-nodes';
import { buildGeo, validateAndDerive } from './build';
import { NODE_CELLS_FILE } from './node-cells';
import { buildFonts } from './fonts';

const root = join(import.meta.dirname, '..', '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'xsbn-app-schemas-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Json = Record<string, unknown> & { features: { properties: Record<string, unknown> }[] };
let outputs: Record<string, unknown>;
/** A fresh copy of a built output, as the app would read it (after JSON). */
const copy = <T = Json>(file: string): T => JSON.parse(JSON.stringify(outputs[file])) as T;
/** The message checkBuiltFile throws for `content`, or null when it passes. */
function problem(file: string, content: unknown, path = join(root, 'public', file)): string | null {
  try {
    checkBuiltFile(file, path, content);
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(AppSchemaError);
    return (e as Error).message;
  }
}

beforeAll(() => {
  outputs = validateAndDerive(join(root, 'data'));
});

describe("the data build checks its outputs against the app's schemas", () => {
  it('checks every file the app loads, with the schema the app loads it with', () => {
    for (const { file, schema } of Object.values(BUILT_FILES))
      expect(APP_SCHEMAS[`geo/${file}`]).toBe(schema);
    expect(APP_SCHEMAS['fonts/font-faces.json']).toBe(fontFacesSchema);
    // Every checked geo file is one the build writes (manifest.json and the node cells, derived from
    // the nodes as they are written, are written beside them).
    const besides = ['geo/manifest.json', `geo/${NODE_CELLS_FILE}`, `geo/${OUTSIDE_FILE}`];
    for (const key of Object.keys(APP_SCHEMAS).filter((k) => k.startsWith('geo/'))) {
      if (!besides.includes(key)) expect(Object.keys(outputs)).toContain(key.slice('geo/'.length));
    }
  });

  it('stops on a catalog park without its level, naming the file and the field', () => {
    const catalog = copy<{ parks: Record<string, unknown>[] }>('catalog.json');
    delete catalog.parks[0]?.level;
    expect(problem('geo/catalog.json', catalog)).toBe(
      'build: public/geo/catalog.json does not match the app\'s schema: parks.0.level: expected "national" / "provincial" / "prefectural", got nothing',
    );
  });

  it('stops on a node without its stage, a wrong line kind, a search entry of an unknown kind', () => {
    const nodes = copy('nodes.geojson');
    delete nodes.features[3]?.properties.stage;
    expect(problem('geo/nodes.geojson', nodes)).toMatch(
      /^build: public\/geo\/nodes\.geojson does not match the app's schema: features\.3\.properties\.stage: expected "upstream"/,
    );
    const lines = copy('lines.geojson');
    const line = lines.features[0];
    if (line) line.properties.kind = 'canal';
    expect(problem('geo/lines.geojson', lines)).toMatch(
      /lines\.geojson .*: features\.0\.properties\.kind: .*got "canal"$/,
    );
    const search = copy<Record<string, unknown>[]>('search.json');
    if (search[2]) search[2].kind = 'firm';
    expect(problem('geo/search.json', search)).toMatch(/search\.json .*: 2\.kind: .*got "firm"$/);
  });

  it('stops on a park outline that is a point, a county without its name, a bad manifest or font list', () => {
    const parks = copy<{ features: { geometry: { type: string } }[] }>('parks.geojson');
    if (parks.features[1]) parks.features[1].geometry.type = 'Point';
    expect(problem('geo/parks.geojson', parks)).toMatch(/features\.1\.geometry\.type: .*got "Point"$/);
    const counties = copy('counties.geojson');
    delete counties.features[0]?.properties.name_en;
    expect(problem('geo/counties.geojson', counties)).toMatch(
      /features\.0\.properties\.name_en: expected string/,
    );
    expect(problem('geo/manifest.json', { version: 'x', files: [{ file: 'catalog.json' }] })).toMatch(
      /manifest\.json .*: files\.0\.count: /,
    );
    expect(problem('fonts/font-faces.json', [{ url: 'fonts/a.woff2' }])).toMatch(
      /font-faces\.json .*: 0\.unicode-range: expected array, got nothing$/,
    );
  });

  it('names the file by its path relative to the working directory', () => {
    const zones = copy('zones.geojson');
    zones.features = [{ properties: {} }];
    const msg = problem('geo/zones.geojson', zones, join(process.cwd(), 'out', 'zones.geojson'));
    expect(msg?.startsWith("build: out/zones.geojson does not match the app's schema: features.0.")).toBe(
      true,
    );
  });

  it('passes the real outputs, the manifest and the font list, and writes them', async () => {
    const geo = join(tmp, 'geo');
    const { manifest } = buildGeo(join(root, 'data'), geo);
    expect(manifest.files.map((f) => f.file).sort()).toEqual(
      [...Object.keys(outputs), NODE_CELLS_FILE, OUTSIDE_FILE].sort(),
    );
    for (const key of Object.keys(APP_SCHEMAS).filter((k) => k.startsWith('geo/'))) {
      const text = readFileSync(join(tmp, key), 'utf8');
      expect(problem(key, JSON.parse(text))).toBeNull();
    }
    const fonts = join(tmp, 'fonts');
    const { faces } = await buildFonts(fonts, '西双版纳产业地图园区 Mohan', '西双版纳');
    expect(faces.length).toBeGreaterThan(0);
    expect(
      problem('fonts/font-faces.json', JSON.parse(readFileSync(join(fonts, 'font-faces.json'), 'utf8'))),
    ).toBeNull();
  });
});
