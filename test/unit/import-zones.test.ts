/**
 * The import graph has no upward or sideways arrow (README: Architecture). Biome's
 * noRestrictedImports enforces the zones on specifiers; this test resolves every import of every
 * source file (aliases and relative paths alike) and checks the zone of what it reaches.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

/** The zone of a file: lib (with i18n), store, components, map, feature:<name>, app, entry, data-build. */
function zoneOf(file: string): string {
  const r = relative(ROOT, file).replaceAll('\\', '/');
  if (r.startsWith('data/scripts/')) return 'data-build';
  if (!r.startsWith('src/')) return 'outside';
  const [, top, sub] = r.split('/');
  if (top === 'lib' || top === 'i18n') return 'lib';
  if (top === 'features') return `feature:${sub}`;
  if (top === 'store' || top === 'components' || top === 'map' || top === 'app') return top;
  return 'entry'; // src/main.tsx, src/boot.ts, src/vite-env.d.ts
}

const RANK: Record<string, number> = {
  lib: 0,
  store: 1,
  components: 2,
  map: 3,
  feature: 3,
  app: 4,
  entry: 5,
};
const rank = (z: string) => RANK[z.startsWith('feature:') ? 'feature' : z] ?? 99;

/** Whether a file in zone `from` may import one in zone `to`. */
function allowed(from: string, to: string): boolean {
  if (to === 'outside') return true; // packages, data/ files read by tests
  if (from === 'data-build') return to === 'lib' || to === 'data-build';
  if (to === 'data-build') return false;
  if (from === to) return true;
  // Features and the map are peers: neither imports the other, and no feature imports another.
  if (rank(from) === 3 && rank(to) === 3) return false;
  return rank(to) < rank(from);
}

const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

function targets(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3] ?? '';
    if (spec.startsWith('@/')) out.push(join(SRC, spec.slice(2)));
    else if (spec.startsWith('.')) out.push(resolve(dirname(file), spec));
  }
  return out;
}

describe('import zones', () => {
  const files = [...walk(SRC), ...walk(join(ROOT, 'data', 'scripts'))].filter(
    (f) => !/\.test\.tsx?$/.test(f),
  );
  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(100);
  });
  it('no file imports upwards or sideways', () => {
    const bad: string[] = [];
    for (const f of files)
      for (const t of targets(f))
        if (!allowed(zoneOf(f), zoneOf(t)))
          bad.push(`${relative(ROOT, f)} (${zoneOf(f)}) → ${relative(ROOT, t)} (${zoneOf(t)})`);
    expect(bad).toEqual([]);
  });
  it('the rule itself: down is allowed, up and sideways are not', () => {
    expect(allowed('store', 'lib')).toBe(true);
    expect(allowed('lib', 'store')).toBe(false);
    expect(allowed('map', 'feature:chains')).toBe(false);
    expect(allowed('feature:chains', 'map')).toBe(false);
    expect(allowed('feature:workbench', 'feature:chains')).toBe(false);
    expect(allowed('feature:chains', 'feature:chains')).toBe(true);
    expect(allowed('app', 'feature:chains')).toBe(true);
    expect(allowed('store', 'feature:workbench')).toBe(false);
    expect(allowed('data-build', 'feature:chains')).toBe(false);
    expect(allowed('data-build', 'lib')).toBe(true);
    expect(allowed('components', 'map')).toBe(false);
  });
});
