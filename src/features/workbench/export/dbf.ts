/**
 * dBASE III tables (.dbf) for Shapefiles: text (C) and number (N) fields, UTF-8 text (the .cpg says so).
 * Field names are at most 10 bytes (cut at a character boundary) and unique, case-insensitively, as GDAL
 * and ArcGIS read them.
 */
import type { AttrValue, Attrs } from './types';

const enc = new TextEncoder();
const bytesOf = (s: string) => enc.encode(s);

/** The longest prefix of `s` that fits in `max` UTF-8 bytes. */
export function cutBytes(s: string, max: number): string {
  let out = '';
  let n = 0;
  for (const ch of s) {
    const b = bytesOf(ch).length;
    if (n + b > max) break;
    out += ch;
    n += b;
  }
  return out;
}

/** DBF field names for attribute keys: ≤ 10 bytes, unique (name, nam_1, na_12 …), in key order. */
export function dbfFieldNames(keys: string[]): Map<string, string> {
  const used = new Set<string>();
  const out = new Map<string, string>();
  for (const key of keys) {
    const base = cutBytes(key.replace(/[\s\0]/g, '_'), 10) || 'field';
    let name = base;
    for (let i = 1; used.has(name.toLowerCase()); i++) {
      const tail = `_${i}`;
      name = cutBytes(base, 10 - tail.length) + tail;
    }
    used.add(name.toLowerCase());
    out.set(key, name);
  }
  return out;
}

export interface DbfField {
  key: string;
  name: string;
  type: 'C' | 'N';
  length: number;
  decimals: number;
}

const decimalsOf = (v: number) => {
  const s = String(v);
  if (/e/i.test(s)) return Math.min(15, Math.max(0, -Math.floor(Math.log10(Math.abs(v) || 1)) + 6));
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
};

const textOf = (v: AttrValue): string => (v === null ? '' : String(v));

/** The fields for a set of records: N when every present value is a finite number, else C (≤ 254 bytes). */
export function dbfFields(keys: string[], rows: Attrs[]): DbfField[] {
  const names = dbfFieldNames(keys);
  return keys.map((key) => {
    const values = rows.map((r) => r[key]).filter((v) => v !== null && v !== undefined) as AttrValue[];
    const numeric = values.length > 0 && values.every((v) => typeof v === 'number' && Number.isFinite(v));
    const name = names.get(key) ?? key;
    if (numeric) {
      const decimals = Math.min(15, Math.max(0, ...values.map((v) => decimalsOf(v as number))));
      const width = Math.max(1, ...values.map((v) => (v as number).toFixed(decimals).length));
      if (width <= 24) return { key, name, type: 'N', length: width, decimals };
    }
    const length = Math.min(254, Math.max(1, ...values.map((v) => bytesOf(textOf(v)).length)));
    return { key, name, type: 'C', length, decimals: 0 };
  });
}

/** A .dbf file for the records, in the fields' order. */
export function writeDbf(fields: DbfField[], rows: Attrs[], today = new Date()): Uint8Array {
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((s, f) => s + f.length, 0);
  const out = new Uint8Array(headerLength + recordLength * rows.length + 1);
  const view = new DataView(out.buffer);
  out[0] = 0x03;
  out[1] = today.getUTCFullYear() - 1900;
  out[2] = today.getUTCMonth() + 1;
  out[3] = today.getUTCDate();
  view.setUint32(4, rows.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  fields.forEach((f, i) => {
    const at = 32 + 32 * i;
    out.set(bytesOf(f.name).subarray(0, 10), at);
    out[at + 11] = f.type.charCodeAt(0);
    out[at + 16] = f.length;
    out[at + 17] = f.decimals;
  });
  out[headerLength - 1] = 0x0d;
  let at = headerLength;
  for (const row of rows) {
    out[at++] = 0x20;
    for (const f of fields) {
      const v = row[f.key];
      const cell = out.subarray(at, at + f.length);
      cell.fill(0x20);
      if (v !== null && v !== undefined) {
        if (f.type === 'N') {
          const s = bytesOf((v as number).toFixed(f.decimals));
          cell.set(s, f.length - s.length);
        } else cell.set(bytesOf(cutBytes(textOf(v), f.length)));
      }
      at += f.length;
    }
  }
  out[at] = 0x1a;
  return out;
}
