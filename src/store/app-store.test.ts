import { beforeEach, describe, expect, it } from 'vitest';
import { initialState, useAppStore } from './app-store';

beforeEach(() => useAppStore.setState(initialState()));

describe('app store', () => {
  it('toggles layer groups and keeps them in a stable order', () => {
    const { toggleGroup } = useAppStore.getState();
    toggleGroup('ports');
    toggleGroup('axis');
    expect(useAppStore.getState().hidden).toEqual(['axis', 'ports']);
    toggleGroup('ports');
    expect(useAppStore.getState().hidden).toEqual(['axis']);
  });
  it('selects and clears', () => {
    useAppStore.getState().select({ kind: 'node', id: 'rb-01' });
    expect(useAppStore.getState().selection).toEqual({ kind: 'node', id: 'rb-01' });
    useAppStore.getState().select(null);
    expect(useAppStore.getState().selection).toBeNull();
  });
});
