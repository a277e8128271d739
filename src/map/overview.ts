/**
 * The static overview index.html paints before any script (#map-overview: geo/overview.svg, drawn by
 * the data build over PREFECTURE_BOUNDS in Web Mercator). The map page places it over the map's box
 * with the padding of the map's first view (fitBounds of the same box: the picture is where the map
 * will draw), and removes it when the map is first idle; any other page removes it at once.
 * Imports nothing: the app's first chunk uses it too.
 */
const ID = 'map-overview';

export interface Inset {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Lays the overview over `box` (the map's container) with the first view's padding. Moves are
 * transforms and sizes are set directly: the picture's place in the stylesheet is the app header's
 * height and the first view's padding, so the correction is usually nothing, and where it is not (a
 * header that wraps, the side panel closed) it is not a layout shift.
 */
export function placeOverview(box: DOMRect, padding: Inset): void {
  const el = document.getElementById(ID);
  const img = el?.querySelector('img');
  if (!el || !img) return;
  el.style.transform = '';
  img.style.transform = '';
  const at = el.getBoundingClientRect();
  Object.assign(el.style, {
    width: `${box.width}px`,
    height: `${box.height}px`,
    transform: `translate(${box.left - at.left}px, ${box.top - at.top}px)`,
  });
  Object.assign(img.style, {
    width: `${Math.max(0, box.width - padding.left - padding.right)}px`,
    height: `${Math.max(0, box.height - padding.top - padding.bottom)}px`,
    transform: `translate(${padding.left - img.offsetLeft}px, ${padding.top - img.offsetTop}px)`,
  });
}

/** Whether the overview is on the page and shown (index.html hides it for a link with a selection). */
export function overviewShown(): boolean {
  const el = document.getElementById(ID);
  return el !== null && el.getClientRects().length > 0;
}

/** Fades the overview out (at once under reduced motion) and removes it. */
export function removeOverview(fade = false): void {
  const el = document.getElementById(ID);
  if (!el) return;
  const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
  if (!fade || still) {
    el.remove();
    return;
  }
  el.classList.add('fading');
  setTimeout(() => el.remove(), 260);
}
