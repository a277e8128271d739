import type { Page } from 'playwright-core';

/** Number of rendered features per layer, from queryRenderedFeatures over the whole viewport. */
export function countRendered(page: Page, layers: string[]): Promise<Record<string, number>> {
  return page.evaluate((ls) => {
    const m = window.__map;
    const out: Record<string, number> = {};
    for (const l of ls) out[l] = m?.getLayer(l) ? m.queryRenderedFeatures({ layers: [l] }).length : -1;
    return out;
  }, layers);
}

export function mapState(
  page: Page,
  source: string,
  id: string,
): Promise<{ hover?: boolean; selected?: boolean }> {
  return page.evaluate(
    ([s, i]) =>
      (window.__map?.getFeatureState({ source: s as string, id: i as string }) ?? {}) as {
        hover?: boolean;
        selected?: boolean;
      },
    [source, id] as const,
  );
}

/** A point (map-relative px) inside a park's fill with no chain node or other point within 14 px. */
export async function clickableParkPoint(page: Page, parkId: string): Promise<{ x: number; y: number }> {
  const pt = await page.evaluate((id) => {
    const m = window.__map;
    if (!m) return null;
    const canvas = m.getCanvas();
    const w = canvas.clientWidth;
    const h = canvas.clientHeight;
    for (let y = 20; y < h - 20; y += 9) {
      for (let x = 420; x < w - 420; x += 9) {
        const hits = m.queryRenderedFeatures([x, y], { layers: ['parks-fill'] });
        if (!hits.some((f) => f.properties.id === id)) continue;
        const near = m.queryRenderedFeatures(
          [
            [x - 14, y - 14],
            [x + 14, y + 14],
          ],
          { layers: ['nodes-point', 'nodes-outside', 'nodes-badge', 'places-port', 'places-station'] },
        );
        if (near.length === 0) return { x, y };
      }
    }
    return null;
  }, parkId);
  if (!pt) throw new Error(`no clickable point inside park ${parkId}`);
  return pt;
}

/** Clicks the map at lon/lat (page coordinates from map.project plus the map's offset on the page). */
export async function clickAt(
  page: Page,
  lonlat: [number, number],
  opts: { double?: boolean } = {},
): Promise<void> {
  const box = await page.getByTestId('map').boundingBox();
  const pt = await page.evaluate((ll) => window.__map?.project(ll as [number, number]), lonlat);
  const x = (box?.x ?? 0) + (pt?.x ?? 0);
  const y = (box?.y ?? 0) + (pt?.y ?? 0);
  if (opts.double) await page.mouse.dblclick(x, y);
  else await page.mouse.click(x, y);
}
