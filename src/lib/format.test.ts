import { describe, expect, it } from 'vitest';
import { formatNumber, formatWan } from './format';

describe('formatWan', () => {
  it('uses 万元 below 1亿 and 亿元 from there in Chinese', () => {
    expect(formatWan(1800, 'zh')).toBe('1,800万元');
    expect(formatWan(50000, 'zh')).toBe('5亿元');
    expect(formatWan(12500, 'zh')).toBe('1.25亿元');
  });
  it('uses CNY million in English (100 万元 = CNY 1 million)', () => {
    expect(formatWan(50000, 'en')).toBe('CNY 500 million');
    expect(formatWan(450, 'en')).toBe('CNY 4.5 million');
  });
  it('groups digits per locale', () => {
    expect(formatNumber(6843.6, 'en', 1)).toBe('6,843.6');
  });
});
