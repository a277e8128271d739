import { describe, expect, it } from 'vitest';
import { CHUNK, type FromWorker } from './import-protocol';
import { type FileCache, featuresBbox, fileKey, runImportJob } from './import-job';
import { MAX_BYTES } from './types';

const points = (n: number) => ({
  type: 'FeatureCollection',
  features: Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    properties: { i },
    geometry: { type: 'Point', coordinates: [100.5 + (i % 100) / 1000, 22 + Math.floor(i / 100) / 1000] },
  })),
});

async function run(files: File[], cache: { current: FileCache | null } = { current: null }) {
  const out: FromWorker[] = [];
  await runImportJob(1, files, {}, (m) => out.push(m), cache);
  return out;
}

describe('the import worker job', () => {
  it('reads, reports each phase, and sends the features in chunks after a header', async () => {
    const n = CHUNK * 2 + 5;
    const file = new File([JSON.stringify(points(n))], 'many.geojson');
    const out = await run([file]);
    const phases = out.flatMap((m) => (m.type === 'progress' ? [m.progress.phase] : []));
    expect(phases[0]).toBe('reading');
    expect(phases).toContain('parsing');
    expect(phases.some((p) => p === 'checking' || p === 'reprojecting')).toBe(true);
    const done = out.find((m) => m.type === 'done');
    if (done?.type !== 'done' || !done.result.ok) throw new Error('no ok result');
    expect(done.total).toBe(n);
    expect(done.result.data.features).toHaveLength(0);
    expect(done.bbox).toEqual([100.5, 22, 100.599, 22.2]);
    const chunks = out.filter((m) => m.type === 'chunk');
    expect(chunks.map((c) => (c.type === 'chunk' ? c.features.length : 0))).toEqual([CHUNK, CHUNK, 5]);
    expect(out.indexOf(done)).toBeLessThan(out.indexOf(chunks[0] as FromWorker));
  });

  it('keeps the bytes for a re-run of the same files, which skips reading', async () => {
    const cache = { current: null as FileCache | null };
    const file = new File([JSON.stringify(points(3))], 'p.geojson');
    await run([file], cache);
    expect(cache.current?.key).toBe(fileKey([file]));
    const again = await run([file], cache);
    expect(again.some((m) => m.type === 'progress' && m.progress.phase === 'reading')).toBe(false);
    expect(again.some((m) => m.type === 'done' && m.result.ok)).toBe(true);
  });

  it('refuses a file over the size limit before reading a byte', async () => {
    const big = {
      name: 'big.geojson',
      size: MAX_BYTES + 1,
      arrayBuffer: () => Promise.reject(new Error('must not be read')),
    };
    const out: FromWorker[] = [];
    await runImportJob(2, [big], {}, (m) => out.push(m), { current: null });
    expect(out).toHaveLength(1);
    const [m] = out;
    expect(m?.type === 'done' && !m.result.ok && m.result.error.code).toBe('too-large');
  });

  it('turns an import error into a result and an unnamed failure into a crash message', async () => {
    const bad = await run([new File(['{ not json'], 'bad.geojson')]);
    const done = bad.find((m) => m.type === 'done');
    expect(done?.type === 'done' && !done.result.ok && done.result.error.code).toBe('invalid-json');
    const broken = { name: 'x.geojson', size: 3, arrayBuffer: () => Promise.reject(new Error('disk gone')) };
    const out: FromWorker[] = [];
    await runImportJob(3, [broken], {}, (m) => out.push(m), { current: null });
    expect(out.at(-1)).toEqual({ type: 'crash', id: 3, detail: 'Error: disk gone' });
  });

  it('finds the box of any geometry without recursion', () => {
    let deep: unknown = [101, 21];
    for (let i = 0; i < 50_000; i++) deep = [deep];
    const f = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: deep } };
    expect(featuresBbox([f as GeoJSON.Feature])).toEqual([101, 21, 101, 21]);
    expect(featuresBbox([])).toBeNull();
  });
});
