import { describe, expect, it } from 'vitest';
import { metersPerPixel } from '@/lib/map-snapshot';
import { dms, PRINT_SCALES, scalePrintLayout, scaleText, zoomForScale } from './scale-print';

const JINGHONG: [number, number] = [100.8, 22.0];

describe('print at scale', () => {
  it('picks the zoom whose metres per CSS pixel are scale × 0.0254 / 96 at the centre', () => {
    for (const s of PRINT_SCALES) {
      const z = zoomForScale(s, 22);
      expect(metersPerPixel(22, z)).toBeCloseTo((s * 0.0254) / 96, 9);
    }
    // 1:50,000 at 22° N: 13.229 m a pixel; 40 075 016.686 × cos 22° / (512 × 13.229) = 5485.8 = 2^12.42.
    expect(zoomForScale(50_000, 22)).toBeCloseTo(12.421, 2);
    // One scale step (×2) is one zoom level.
    expect(zoomForScale(10_000, 22) - zoomForScale(20_000, 22)).toBeCloseTo(1, 9);
  });

  it('sizes the frame to the paper: A4 landscape is wider than tall, A3 is √2 times A4', () => {
    const a4 = scalePrintLayout(50_000, 'A4', 'landscape', JINGHONG);
    expect(a4.pageMm).toEqual([297, 210]);
    expect(a4.frameMm[0]).toBe(297 - 20 - 14);
    expect(a4.framePx[0]).toBe(Math.round((a4.frameMm[0] / 25.4) * 96));
    const a3 = scalePrintLayout(50_000, 'A3', 'portrait', JINGHONG);
    expect(a3.pageMm).toEqual([297, 420]);
    expect(a3.frameMm[1]).toBeGreaterThan(a3.frameMm[0]);
  });

  it('the frame covers frame-mm × scale on the ground (1 mm on paper is 50 m at 1:50,000)', () => {
    const l = scalePrintLayout(50_000, 'A4', 'landscape', JINGHONG);
    const [w, s, e, n] = l.bounds;
    const widthM = (e - w) * 111_319.49 * Math.cos((22 * Math.PI) / 180);
    // The map's sphere (radius 6 378 137 m): 111 319.49 m a degree of latitude.
    const heightM = (n - s) * 111_319.49;
    expect(widthM / (l.frameMm[0] * 50)).toBeCloseTo(1, 3);
    expect(heightM / (l.frameMm[1] * 50)).toBeCloseTo(1, 3);
    // On the ellipsoid a degree of latitude at 22° N is 110 752 m (geodesy tables): 0.51 % shorter.
    expect(l.nsShortPercent).toBeCloseTo((1 - 110_752 / 111_319.49) * 100, 1);
  });

  it('grid ticks: round values inside the frame, in order, with degree-minute labels', () => {
    const l = scalePrintLayout(50_000, 'A4', 'landscape', JINGHONG);
    expect(l.ticks.lon.length).toBeGreaterThanOrEqual(2);
    expect(l.ticks.lat.length).toBeGreaterThanOrEqual(2);
    for (const t of [...l.ticks.lon, ...l.ticks.lat]) {
      expect(t.share).toBeGreaterThanOrEqual(0);
      expect(t.share).toBeLessThanOrEqual(1);
      expect(
        Math.abs(t.value * 60 - Math.round((t.value * 60) / l.stepMinutes) * l.stepMinutes),
      ).toBeLessThan(1e-6);
    }
    // Longitude left to right, latitude top (north) to bottom.
    expect(l.ticks.lon.map((t) => t.share)).toEqual(
      [...l.ticks.lon.map((t) => t.share)].sort((a, b) => a - b),
    );
    const lat = l.ticks.lat;
    expect((lat[0]?.value ?? 0) > (lat.at(-1)?.value ?? 0) ? 'north first' : 'south first').toBe(
      'south first',
    );
    expect(lat[0]?.share ?? 0).toBeGreaterThan(lat.at(-1)?.share ?? 1);
    // The centre's own longitude sits at the middle of the frame.
    const mid = l.ticks.lon.find((t) => Math.abs(t.value - 100.8) < 1e-9);
    expect(mid?.share).toBeCloseTo(0.5, 9);
    expect(mid?.label).toBe('100°48′');
  });

  it('every scale, paper and orientation gets 2 to 15 ticks on each edge', () => {
    for (const s of PRINT_SCALES)
      for (const paper of ['A4', 'A3'] as const)
        for (const o of ['portrait', 'landscape'] as const) {
          const l = scalePrintLayout(s, paper, o, JINGHONG);
          for (const edge of [l.ticks.lon, l.ticks.lat]) {
            expect(edge.length, `${s} ${paper} ${o}`).toBeGreaterThanOrEqual(2);
            expect(edge.length, `${s} ${paper} ${o}`).toBeLessThanOrEqual(15);
          }
        }
  });

  it('the scale bar is a round distance, its paper length = metres / scale', () => {
    const l = scalePrintLayout(50_000, 'A4', 'landscape', JINGHONG);
    expect([1, 2, 5]).toContain(l.scaleBar.meters / 10 ** Math.floor(Math.log10(l.scaleBar.meters)));
    expect(l.scaleBar.mm).toBeCloseTo((l.scaleBar.meters / 50_000) * 1000, 9);
    expect(l.scaleBar.share * l.frameMm[0]).toBeCloseTo(l.scaleBar.mm, 0);
    expect(l.scaleBar.share).toBeLessThanOrEqual(0.25);
  });

  it('writes the scale and the angles', () => {
    expect(scaleText(50_000)).toBe('1:50,000');
    expect(scaleText(500_000)).toBe('1:500,000');
    expect(dms(22.025, false)).toBe('22°01′');
    expect(dms(22.0125, true)).toBe('22°00′45″');
  });
});
