/**
 * Sends the imported layers to the map's `imported` source without blocking the page: a 200,000-point
 * layer copied to MapLibre's worker in one setData is one long task (the copy is made on the page's
 * thread), so features go as `updateData` diffs of CHUNK features, each awaited (its own task), and only
 * what changed is sent: a layer whose data, red-line flag and colour are unchanged (shown, hidden or
 * renamed) is not sent again. The source's features are keyed by `__key` (its promoteId, style.ts).
 */
import type { GeoJSONSource, GeoJSONSourceDiff } from 'maplibre-gl';
import type { ImportedLayer } from '@/store/workbench-slice';

/** Features per updateData call. */
export const PUSH_CHUNK = 10_000;

/** What the source holds of a layer: the inputs it was made from and how many of its features are in. */
interface Sent {
  data: GeoJSON.FeatureCollection;
  redline: boolean;
  color: string | null;
  count: number;
}

export type MapFeature = (l: ImportedLayer, f: GeoJSON.Feature, i: number) => GeoJSON.Feature;
export type KeyOf = (layer: string, index: number) => string;

/** The steps that bring the source from `sent` to `layers`: keys to remove, then features to add. */
export function planPush(
  sent: ReadonlyMap<string, Sent>,
  layers: readonly ImportedLayer[],
): { remove: { id: string; count: number }[]; add: ImportedLayer[] } {
  const wanted = new Map(layers.map((l) => [l.id, l]));
  const remove: { id: string; count: number }[] = [];
  const add: ImportedLayer[] = [];
  for (const [id, s] of sent) {
    const l = wanted.get(id);
    const same =
      l &&
      l.data === s.data &&
      l.redline === s.redline &&
      (l.color ?? null) === s.color &&
      s.count === l.data.features.length;
    if (!same) remove.push({ id, count: s.count });
  }
  for (const l of layers) {
    const s = sent.get(l.id);
    const same =
      s &&
      l.data === s.data &&
      l.redline === s.redline &&
      (l.color ?? null) === s.color &&
      s.count === l.data.features.length;
    if (!same) add.push(l);
  }
  return { remove, add };
}

/** One per map and source: call `push(layers)` on every change of the imported layers; a newer push supersedes. */
export class ImportedPusher {
  private readonly sent = new Map<string, Sent>();
  private generation = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly source: () => GeoJSONSource | undefined,
    private readonly toMap: MapFeature,
    private readonly keyOf: KeyOf,
    /** Which features this source holds (the points go to a clustered source of their own). */
    private readonly include: (f: GeoJSON.Feature) => boolean = () => true,
  ) {}

  push(layers: readonly ImportedLayer[]): Promise<void> {
    const gen = ++this.generation;
    // Runs after the previous push has stopped (at its next chunk), against what it left in the source,
    // and never in the task that changed the store (a click on 添加图层 has its own work to finish).
    this.chain = this.chain
      .then(() => new Promise((r) => setTimeout(r, 0)))
      .then(() => this.run(gen, layers))
      .catch(() => {});
    return this.chain;
  }

  private async apply(diff: GeoJSONSourceDiff): Promise<boolean> {
    const src = this.source();
    if (!src) return false;
    await src.updateData(diff);
    return true;
  }

  private async run(gen: number, layers: readonly ImportedLayer[]): Promise<void> {
    if (gen !== this.generation) return;
    const { remove, add } = planPush(this.sent, layers);
    if (remove.length > 0) {
      const ids: string[] = [];
      for (const r of remove) {
        const fs = this.sent.get(r.id)?.data.features ?? [];
        for (let i = 0; i < r.count; i++) {
          const f = fs[i];
          if (f && this.include(f)) ids.push(this.keyOf(r.id, i));
        }
      }
      if (ids.length > 0 && !(await this.apply({ remove: ids }))) return;
      for (const r of remove) this.sent.delete(r.id);
    }
    for (const l of add) {
      const s: Sent = { data: l.data, redline: l.redline, color: l.color ?? null, count: 0 };
      this.sent.set(l.id, s);
      const fs = l.data.features;
      for (let at = 0; at < fs.length; at += PUSH_CHUNK) {
        if (gen !== this.generation) return;
        const chunk: GeoJSON.Feature[] = [];
        const end = Math.min(fs.length, at + PUSH_CHUNK);
        for (let i = at; i < end; i++) {
          const f = fs[i] as GeoJSON.Feature;
          if (this.include(f)) chunk.push(this.toMap(l, f, i));
        }
        if (chunk.length > 0 && !(await this.apply({ add: chunk }))) return;
        s.count = end;
        // The next chunk in a task of its own, whenever updateData settles.
        if (chunk.length > 0) await new Promise((r) => setTimeout(r, 0));
      }
    }
  }
}
