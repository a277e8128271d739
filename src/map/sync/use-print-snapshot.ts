import type { Map as MlMap } from 'maplibre-gl';
import { useEffect } from 'react';

/**
 * Print draws the map: the WebGL canvas does not keep its picture (preserveDrawingBuffer is off), so
 * a printed page would show a blank box. Before printing (`beforeprint`, or the print media query
 * starting to match, as when a headless browser prints to PDF), the map is redrawn synchronously and
 * its canvas copied into an <img> in its place; the image is removed after printing.
 */
export function usePrintSnapshot(map: MlMap | null): void {
  useEffect(
    function snapshotForPrint() {
      if (!map) return;
      const wrap = map.getContainer();
      let img: HTMLImageElement | null = null;
      const put = () => {
        if (img) return;
        try {
          map.redraw();
          const canvas = map.getCanvas();
          const copy = document.createElement('canvas');
          copy.width = canvas.width;
          copy.height = canvas.height;
          copy.getContext('2d')?.drawImage(canvas, 0, 0);
          img = document.createElement('img');
          img.className = 'map-print-image';
          img.alt = canvas.getAttribute('aria-label') ?? '';
          img.src = copy.toDataURL('image/png');
          img.dataset.testid = 'map-print-image';
          wrap.append(img);
        } catch (e) {
          console.warn('print snapshot:', e instanceof Error ? e.message : e);
        }
      };
      const remove = () => {
        img?.remove();
        img = null;
      };
      const media = window.matchMedia('print');
      const onMedia = (e: MediaQueryListEvent) => (e.matches ? put() : remove());
      window.addEventListener('beforeprint', put);
      window.addEventListener('afterprint', remove);
      media.addEventListener('change', onMedia);
      if (media.matches) put();
      return () => {
        window.removeEventListener('beforeprint', put);
        window.removeEventListener('afterprint', remove);
        media.removeEventListener('change', onMedia);
        remove();
      };
    },
    [map],
  );
}
