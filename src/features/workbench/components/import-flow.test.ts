import { describe, expect, it } from 'vitest';
import { beginImport, cancelImport, finishImport, importFlows, rerunImport } from './import-flow';

const parcel = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: '勐仑地块' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [100.8, 22],
            [100.81, 22],
            [100.81, 22.01],
            [100.8, 22.01],
            [100.8, 22],
          ],
        ],
      },
    },
  ],
});
const flow = () => importFlows.getState().layers;
const settled = () =>
  new Promise<void>((resolve) => {
    const stop = importFlows.subscribe((s) => {
      if (s.layers.status !== 'busy' && !s.layers.rerunning) {
        stop();
        resolve();
      }
    });
  });

// In Node there is no Worker: the client runs the same job on this thread (its documented fallback).
describe('the import flow', () => {
  it('goes busy, then waits on the card with the result; finishing clears it', async () => {
    const done = settled();
    beginImport('layers', [new File([parcel], 'parcel.geojson')]);
    expect(flow().status).toBe('busy');
    await done;
    expect(flow().status).toBe('pending');
    expect(flow().result?.data.features).toHaveLength(1);
    expect(flow().result?.bbox).toEqual([100.8, 22, 100.81, 22.01]);
    finishImport('layers');
    expect(flow()).toMatchObject({ status: 'idle', result: null, problem: null });
  });

  it('a refusal ends idle with the problem and the files it names', async () => {
    const done = settled();
    beginImport('layers', [new File(['{ nope'], 'bad.geojson')]);
    await done;
    expect(flow().status).toBe('idle');
    expect(flow().problem).toMatchObject({ error: { code: 'invalid-json', file: 'bad.geojson' } });
    expect(flow().files.map((f) => f.name)).toEqual(['bad.geojson']);
  });

  it('cancel ends the busy state at once, and the late answer changes nothing', async () => {
    beginImport('layers', [new File([parcel], 'slow.geojson')]);
    cancelImport('layers');
    expect(flow()).toMatchObject({ status: 'idle', problem: { error: { code: 'cancelled' } } });
    await new Promise((r) => setTimeout(r, 200));
    expect(flow().status).toBe('idle');
    expect(flow().result).toBeNull();
  });

  it('a re-run in another system keeps the card and replaces its result', async () => {
    let done = settled();
    beginImport('layers', [new File([parcel], 'parcel.geojson')]);
    await done;
    done = settled();
    rerunImport('layers', { id: 'EPSG:4490' });
    expect(flow()).toMatchObject({ status: 'pending', rerunning: true });
    await done;
    expect(flow()).toMatchObject({ status: 'pending', rerunning: false, crs: { id: 'EPSG:4490' } });
    finishImport('layers');
  });
});
