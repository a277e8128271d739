import { describe, expect, it } from 'vitest';
import { FRAME, legendCell, niceScale, pngLayout, printScale, scaleLabel } from './png-layout';

describe('pngLayout', () => {
  const base = {
    mapCssWidth: 800,
    mapCssHeight: 600,
    ratio: 2,
    legendItems: 10,
    notes: 2,
    attributionLines: 1,
    scaleCssPx: 100,
  };
  it('puts the map at 2× its CSS size inside a padded frame, the header above it', () => {
    const l = pngLayout(base);
    expect(l.map).toEqual({ x: 32, y: 32 + 120, w: 1600, h: 1200 });
    expect(l.width).toBe(1600 + 64);
    expect(l.title.y).toBe(32);
    expect(l.subtitle.y).toBeGreaterThan(l.title.y);
    expect(l.subtitle.y + l.subtitle.h).toBeLessThanOrEqual(l.map.y);
  });
  it('lays the legend out in columns below the map, then the notes and the attribution', () => {
    const l = pngLayout(base);
    expect(l.legendColumns).toBe(Math.floor(1600 / (FRAME.legendColumn * 2)));
    expect(l.legendRows).toBe(Math.ceil(10 / l.legendColumns));
    expect(l.legend.y).toBeGreaterThan(l.map.y + l.map.h);
    expect(l.notes.y).toBeGreaterThanOrEqual(l.legend.y + l.legend.h);
    expect(l.attribution.y).toBeGreaterThanOrEqual(l.notes.y + l.notes.h);
    expect(l.height).toBe(l.attribution.y + l.attribution.h + 32);
    const last = legendCell(l, 9);
    expect(last.y + last.h).toBeLessThanOrEqual(l.legend.y + l.legend.h);
    expect(legendCell(l, 1).x).toBeGreaterThan(legendCell(l, 0).x);
  });
  it('puts the north arrow top right and the scale bar bottom left inside the map', () => {
    const l = pngLayout(base);
    expect(l.north.x + l.north.w).toBeLessThanOrEqual(l.map.x + l.map.w);
    expect(l.north.y).toBeGreaterThanOrEqual(l.map.y);
    expect(l.scale.x).toBeGreaterThanOrEqual(l.map.x);
    expect(l.scale.y + l.scale.h).toBeLessThanOrEqual(l.map.y + l.map.h);
    expect(l.scale.w).toBe((100 + 24) * 2);
  });
  it('keeps one legend column on a narrow map', () => {
    const l = pngLayout({ ...base, mapCssWidth: 200, legendItems: 3 });
    expect(l.legendColumns).toBe(1);
    expect(l.legendRows).toBe(3);
  });
});

describe('niceScale', () => {
  it('takes the longest 1/2/5 × 10ⁿ m that fits', () => {
    expect(niceScale(100, 120)).toEqual({ meters: 10000, cssPx: 100 });
    expect(niceScale(10, 120)).toEqual({ meters: 1000, cssPx: 100 });
    expect(niceScale(30, 120).meters).toBe(2000);
    expect(niceScale(300, 120).meters).toBe(20000);
    expect(niceScale(0.5, 120).meters).toBe(50);
    for (const mpp of [0.3, 7, 42, 123, 999]) expect(niceScale(mpp, 120).cssPx).toBeLessThanOrEqual(120);
  });
  it('labels in km from 1 km up', () => {
    expect(scaleLabel(20000, { km: '公里', m: '米' })).toBe('20 公里');
    expect(scaleLabel(500, { km: 'km', m: 'm' })).toBe('500 m');
  });
});

describe('printScale', () => {
  it('is a round distance at most a quarter of the width, as a share of it', () => {
    expect(printScale(100, 1000)).toEqual({ meters: 20000, share: 0.2 });
    const s = printScale(37.3, 1920);
    expect(s.share).toBeLessThanOrEqual(0.25);
    expect(s.share).toBeGreaterThan(0.25 / 5);
    expect(s.share * 1920 * 37.3).toBeCloseTo(s.meters, 6);
  });
});
