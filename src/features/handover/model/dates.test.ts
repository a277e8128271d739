import { describe, expect, it } from 'vitest';
import { fileName, todayIso } from './dates';

describe('dates and file names', () => {
  it('writes the local date as YYYY-MM-DD', () => {
    expect(todayIso(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });
  it('makes a file name with no characters a file system refuses', () => {
    expect(fileName('brief-mohan-zh-en', '2025-01-05', 'pdf')).toBe('brief-mohan-zh-en-2025-01-05.pdf');
    expect(fileName('西双版纳 产业/地图', '2025-01-05', 'png')).toBe('西双版纳-产业-地图-2025-01-05.png');
    expect(fileName('  ', '2025-01-05', 'png')).toBe('xsbn-2025-01-05.png');
  });
});
