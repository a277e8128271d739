import { describe, expect, it } from 'vitest';
import { AA_TEXT, composite, contrastRatio, luminance, parseColor } from './contrast';

describe('parseColor', () => {
  it('reads hex in every length and rgb()/rgba()', () => {
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('#0008')).toEqual({ r: 0, g: 0, b: 0, a: 0x88 / 255 });
    expect(parseColor('#c0392b')).toEqual({ r: 192, g: 57, b: 43, a: 1 });
    expect(parseColor('#ffffffee').a).toBeCloseTo(0xee / 255);
    expect(parseColor('rgb(1, 2, 3)')).toEqual({ r: 1, g: 2, b: 3, a: 1 });
    expect(parseColor('rgba(1, 2, 3, 0.5)')).toEqual({ r: 1, g: 2, b: 3, a: 0.5 });
    expect(parseColor('rgb(1 2 3 / 50%)')).toEqual({ r: 1, g: 2, b: 3, a: 0.5 });
  });
  it('refuses what is not a colour', () => {
    expect(() => parseColor('red')).toThrow(/not a colour/);
    expect(() => parseColor('#12345')).toThrow(/not a colour/);
  });
});

describe('contrastRatio', () => {
  it('gives the WCAG extremes and is symmetric', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777', '#777')).toBe(1);
    expect(contrastRatio('#fff', '#767676')).toBeCloseTo(contrastRatio('#767676', '#fff'), 10);
  });
  it('matches published values: #767676 on white is the 4.54:1 AA grey', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(AA_TEXT);
    expect(luminance(parseColor('#808080'))).toBeCloseTo(0.2159, 3);
  });
  it('composites a see-through or faded colour over the background first', () => {
    // The old dimmed park label: the level red at 45 % over white is about 2:1.
    const faded = composite(parseColor('#c0392b'), parseColor('#ffffff'), 0.45);
    expect(contrastRatio(faded, '#ffffff')).toBeLessThan(2.5);
    expect(contrastRatio('#c0392b73', '#ffffff')).toBeCloseTo(contrastRatio(faded, '#ffffff'), 1);
    expect(contrastRatio('#00000000', '#ffffff')).toBe(1);
  });
});
