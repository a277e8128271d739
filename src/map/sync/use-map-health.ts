import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import { useSyncExternalStore } from 'react';
import { BUILT_SOURCES } from '../ids';

export interface MapHealthState {
  /** The WebGL context is lost: nothing is drawn until the browser gives it back. */
  contextLost: boolean;
  /** Built sources that failed to load (404, damaged file), by source id. */
  failedSources: string[];
  /**
   * The pre-built label glyphs did not load: labels drawn from the font files instead, or (those
   * failing too) with what the system has; null while they are fine.
   */
  glyphs: 'font-files' | 'none' | null;
}

/**
 * Watches one map from the moment it is created (a source can fail before the map's first `load`):
 * a lost WebGL context (MapLibre restores itself when it comes back) and built sources that failed,
 * with a retry that loads them again.
 */
export class MapHealth {
  private state: MapHealthState = { contextLost: false, failedSources: [], glyphs: null };
  private listeners = new Set<() => void>();

  constructor(
    private readonly map: MlMap,
    private readonly urls: Record<string, string>,
  ) {
    map.on('error', (e) => {
      const id = (e as { sourceId?: string }).sourceId;
      if (id && (BUILT_SOURCES as readonly string[]).includes(id) && !this.state.failedSources.includes(id))
        this.set({ failedSources: [...this.state.failedSources, id] });
    });
    map.on('webglcontextlost', () => this.set({ contextLost: true }));
    map.on('webglcontextrestored', () => this.set({ contextLost: false }));
  }

  noteGlyphs(glyphs: MapHealthState['glyphs']): void {
    this.set({ glyphs });
  }

  private set(patch: Partial<MapHealthState>) {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  subscribe = (l: () => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  snapshot = () => this.state;

  retrySources = () => {
    const failed = this.state.failedSources;
    this.set({ failedSources: [] });
    for (const id of failed) {
      const url = this.urls[id];
      const source = this.map.getSource<GeoJSONSource>(id);
      if (url && source?.type === 'geojson') source.setData(url);
    }
  };
}

const HEALTHY: MapHealthState = { contextLost: false, failedSources: [], glyphs: null };
const noop = () => () => {};

/** useMapHealth — Receives: the map's health tracker. Emits: its state, re-rendering on change. */
export function useMapHealth(health: MapHealth | null): MapHealthState {
  return useSyncExternalStore(health?.subscribe ?? noop, health?.snapshot ?? (() => HEALTHY));
}
