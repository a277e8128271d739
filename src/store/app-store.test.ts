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
  it('the phone sheet: peek is the closed side panel, a tab chosen opens it to at least half', () => {
    const st = () => useAppStore.getState();
    st().setSheet('peek');
    expect([st().sheet, st().sideOpen]).toEqual(['peek', false]);
    st().setPanel('chain');
    expect([st().sheet, st().sideOpen]).toEqual(['half', true]);
    st().setSheet('full');
    st().setPanel('gaps');
    expect(st().sheet).toBe('full');
    st().setSideOpen(false);
    expect(st().sheet).toBe('peek');
    st().setSideOpen(true);
    expect(st().sheet).toBe('half');
    st().setSheet('peek');
    st().focusIndustry('tea');
    expect([st().sheet, st().sideOpen]).toEqual(['half', true]);
  });
  it('details open at half, keep their height for the next record, and leave the explorer as it was', () => {
    const st = () => useAppStore.getState();
    st().setSheet('full');
    st().setDetailsSheet('peek');
    st().selectAndFocus({ kind: 'park', id: 'menghai' });
    expect(st().detailsSheet).toBe('half');
    st().setDetailsSheet('full');
    st().select({ kind: 'park', id: 'mohan' });
    expect(st().detailsSheet).toBe('full');
    st().select(null);
    expect(st().sheet).toBe('full');
  });
});
