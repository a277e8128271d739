import { describe, expect, it } from 'vitest';
import { jsonErrorLocation } from './parse-geojson';
import { xmlErrorLocation } from './parse-kml';
import { dbfEncoding, projcsName } from './parse-shapefile';
import { decodeText, decodeXml, normaliseEncoding } from './read-text';
import { fixEntryName } from './unzip';

const GBK_JINGHONG = [0xbe, 0xb0, 0xba, 0xe9]; // 景洪

describe('text decoding', () => {
  it('reads UTF-8 (with or without BOM) and falls back to GBK', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('景洪')]))).toBe('景洪');
    expect(decodeText(new TextEncoder().encode('景洪'))).toBe('景洪');
    expect(decodeText(new Uint8Array(GBK_JINGHONG))).toBe('景洪');
  });

  it('honours an XML encoding declaration', () => {
    const head = new TextEncoder().encode('<?xml version="1.0" encoding="GB2312"?><a>');
    expect(decodeXml(new Uint8Array([...head, ...GBK_JINGHONG]))).toContain('<a>景洪');
  });

  it('normalises code-page names from .cpg files', () => {
    expect(normaliseEncoding('UTF-8')).toBe('utf-8');
    expect(normaliseEncoding('65001')).toBe('utf-8');
    expect(normaliseEncoding(' GBK\r\n')).toBe('gbk');
    expect(normaliseEncoding('ANSI 936')).toBe('gbk');
    expect(normaliseEncoding('1252')).toBe('windows-1252');
    expect(normaliseEncoding('no-such-encoding')).toBeUndefined();
  });

  it('chooses the .dbf encoding from .cpg, language driver, or content', () => {
    const dbf = new Uint8Array(40);
    expect(dbfEncoding(dbf, new TextEncoder().encode('UTF-8'))).toBe('utf-8');
    dbf[29] = 0x4d;
    expect(dbfEncoding(dbf)).toBe('gbk');
    dbf[29] = 0;
    dbf[8] = 33; // header length
    dbf.set(GBK_JINGHONG, 34);
    expect(dbfEncoding(dbf)).toBe('gbk');
  });

  it('re-decodes GBK zip entry names that came out as Latin-1', () => {
    expect(fixEntryName(String.fromCharCode(...GBK_JINGHONG, 0x2e, 0x73, 0x68, 0x70))).toBe('景洪.shp');
    expect(fixEntryName('parks/parks.shp')).toBe('parks/parks.shp');
  });
});

describe('error locations', () => {
  it('from JSON.parse messages (V8 with and without line/column, Firefox)', () => {
    expect(jsonErrorLocation('{\n  "a": ,\n}', 'Unexpected token , in JSON at position 9')).toEqual({
      line: 2,
      column: 8,
    });
    expect(jsonErrorLocation('', 'Unexpected token in JSON at position 9 (line 2 column 8)')).toEqual({
      line: 2,
      column: 8,
    });
    expect(
      jsonErrorLocation('', 'JSON.parse: unexpected character at line 3 column 5 of the JSON data'),
    ).toEqual({ line: 3, column: 5 });
    expect(jsonErrorLocation('', 'JSON Parse error: Unexpected identifier')).toBeUndefined();
  });

  it('from XML parser messages (Chrome, Firefox, xmldom)', () => {
    expect(xmlErrorLocation('error on line 3 at column 20: Opening and ending tag mismatch')).toEqual({
      line: 3,
      column: 20,
    });
    expect(xmlErrorLocation('XML Parsing Error: mismatched tag\nLine Number 3, Column 20:')).toEqual({
      line: 3,
      column: 20,
    });
    expect(xmlErrorLocation('bad @#[line:3,col:20]')).toEqual({ line: 3, column: 20 });
  });

  it('reads the PROJCS name of a .prj, and nothing from a GEOGCS one', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(projcsName(enc('PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS[...]]'))).toBe(
      'WGS_1984_Web_Mercator_Auxiliary_Sphere',
    );
    expect(projcsName(enc('GEOGCS["GCS_WGS_1984",DATUM[...]]'))).toBeUndefined();
    expect(projcsName(undefined)).toBeUndefined();
  });
});
