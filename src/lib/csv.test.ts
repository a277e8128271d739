import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('CSV cells', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
  });
  it('leaves ordinary text and numbers alone, quoting what needs quotes', () => {
    expect(csvCell('勐海产业园区')).toBe('勐海产业园区');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell('-12.50000')).toBe('-12.50000');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });
  it('writes a BOM, a header and one line per row', () => {
    expect(toCsv(['a', 'b'], [['=x', 1]])).toBe("\uFEFFa,b\n'=x,1\n");
  });
});
