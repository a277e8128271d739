import { beforeEach, describe, expect, it } from 'vitest';
import { LAYER_COLORS } from '@/lib/layer-colors';
import { palette } from '@/lib/palette';
import { initialState, useAppStore } from './app-store';
import { type ImportedLayer, uniqueLayerId } from './workbench-slice';

const layer = (id: string, over: Partial<ImportedLayer> = {}): ImportedLayer => ({
  id,
  name: id,
  format: 'geojson',
  redline: false,
  visible: true,
  data: { type: 'FeatureCollection', features: [] },
  warnings: [],
  ...over,
});

const s = () => useAppStore.getState();

beforeEach(() => {
  useAppStore.setState({ ...initialState(), imported: [], selectedImported: null });
});

describe('imported layers in the store', () => {
  it('a new layer gets an id no other has, and a colour (red lines red, others the next free one)', () => {
    s().addImported(layer('import-1'));
    s().addImported(layer('import-1'));
    s().addImported(layer('r', { redline: true }));
    s().addImported(layer('own', { color: '#123456' }));
    expect(s().imported.map((l) => l.id)).toEqual(['import-1', 'import-1-2', 'r', 'own']);
    expect(s().imported.map((l) => l.color)).toEqual([
      LAYER_COLORS[0],
      LAYER_COLORS[1],
      palette.redline,
      '#123456',
    ]);
    expect(uniqueLayerId('a', [{ id: 'a' }, { id: 'a-2' }])).toBe('a-3');
  });

  it('renames (trimmed; empty keeps the name) and recolours (only #rrggbb)', () => {
    s().addImported(layer('a', { name: '控规' }));
    s().renameImported('a', '  控制性详细规划  ');
    expect(s().imported[0]?.name).toBe('控制性详细规划');
    s().renameImported('a', '   ');
    expect(s().imported[0]?.name).toBe('控制性详细规划');
    s().setImportedColor('a', '#2E7D32');
    expect(s().imported[0]?.color).toBe('#2e7d32');
    s().setImportedColor('a', 'red');
    expect(s().imported[0]?.color).toBe('#2e7d32');
  });

  it('a removed layer comes back in its place (undo); removing the picked feature’s layer clears the pick', () => {
    for (const id of ['a', 'b', 'c']) s().addImported(layer(id));
    const b = s().imported[1] as ImportedLayer;
    s().selectImported({ layer: 'b', feature: '0' });
    s().removeImported('b');
    expect(s().selectedImported).toBeNull();
    s().addImported(b, 1);
    expect(s().imported.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(s().imported[1]?.color).toBe(b.color);
    s().selectImported({ layer: 'a', feature: '2' });
    s().removeImported('c');
    expect(s().selectedImported).toEqual({ layer: 'a', feature: '2' });
  });
});
