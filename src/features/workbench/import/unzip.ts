/**
 * Zip archives (zip, kmz) read from their central directory, each entry inflated in small steps while the
 * real inflated bytes are counted: the sizes an archive states are never trusted to be small. Past
 * LIMITS.bytesPerFile one entry is refused (`too-large`), past LIMITS.archiveExpansion or
 * LIMITS.archiveEntries the archive (`limit-exceeded`), so a zip bomb stops after a bounded amount of work.
 * Zips inside the zip are unpacked too (to LIMITS.archiveDepth), within the same budget.
 */
import { Inflate } from 'fflate';
import { checkLimit, LIMITS } from './limits';
import { decodeText } from './read-text';
import { fail, ImportFailure, type InputFile, MAX_BYTES } from './types';

/** Entries no one means to import: macOS resource forks, folders. */
const isJunk = (name: string) =>
  name.endsWith('/') || /(^|\/)__MACOSX\//.test(name) || /(^|\/)\._/.test(name);

/**
 * Zip entry names without the UTF-8 flag are read as Latin-1; archives made on Chinese Windows store them
 * in GBK. Re-decode such names (UTF-8 if valid, else GBK).
 */
export function fixEntryName(name: string): string {
  if (![...name].every((c) => c.charCodeAt(0) < 256) || /^[\x20-\x7e]*$/.test(name)) return name;
  return decodeText(Uint8Array.from(name, (c) => c.charCodeAt(0)));
}

/** Bytes inflated and entries seen so far in one archive and the archives inside it. */
export interface ArchiveBudget {
  expanded: number;
  entries: number;
}

/** Compressed bytes handed to the inflater at a time: one step yields at most about 1,000 times as much. */
const STEP = 16 * 1024;

class BadZip extends Error {}
const bad = (message: string): never => {
  throw new BadZip(message);
};

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  statedSize: number;
  localOffset: number;
}

function readEntries(b: Uint8Array): Entry[] {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const u16 = (o: number) => (o + 2 <= b.length ? v.getUint16(o, true) : bad('truncated'));
  const u32 = (o: number) => (o + 4 <= b.length ? v.getUint32(o, true) : bad('truncated'));
  const u64 = (o: number) => u32(o) + u32(o + 4) * 2 ** 32;
  let eocd = -1;
  for (let o = b.length - 22; o >= 0 && o >= b.length - 22 - 65_535; o--) {
    if (v.getUint32(o, true) === 0x06054b50) {
      eocd = o;
      break;
    }
  }
  if (eocd < 0) bad('no end of central directory record');
  let count = u16(eocd + 10);
  let offset = u32(eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && u32(eocd - 20) === 0x07064b50) {
    const z = u64(eocd - 12);
    if (u32(z) !== 0x06064b50) bad('broken zip64 record');
    count = u64(z + 32);
    offset = u64(z + 48);
  }
  return readDirectory(b, count, offset, u16, u32, u64);
}

function readDirectory(
  b: Uint8Array,
  count: number,
  start: number,
  u16: (o: number) => number,
  u32: (o: number) => number,
  u64: (o: number) => number,
): Entry[] {
  const entries: Entry[] = [];
  let p = start;
  for (let k = 0; k < count; k++) {
    if (u32(p) !== 0x02014b50) bad(`central directory entry ${k + 1} is damaged`);
    const flags = u16(p + 8);
    const method = u16(p + 10);
    let compressedSize = u32(p + 20);
    let statedSize = u32(p + 24);
    const nameLength = u16(p + 28);
    const extraLength = u16(p + 30);
    const commentLength = u16(p + 32);
    let localOffset = u32(p + 42);
    const raw = b.subarray(p + 46, p + 46 + nameLength);
    let latin1 = '';
    for (const c of raw) latin1 += String.fromCharCode(c);
    const name = flags & 0x800 ? new TextDecoder().decode(raw) : fixEntryName(latin1);
    // Zip64: the sizes and offset that do not fit 32 bits are in extra field 0x0001, in this order.
    for (let e = p + 46 + nameLength; e + 4 <= p + 46 + nameLength + extraLength; ) {
      const id = u16(e);
      const size = u16(e + 2);
      if (id === 1) {
        let f = e + 4;
        if (statedSize === 0xffffffff) {
          statedSize = u64(f);
          f += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(f);
          f += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(f);
      }
      e += 4 + size;
    }
    entries.push({ name, method, flags, compressedSize, statedSize, localOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The compressed bytes of one entry, found through its local header. */
function dataOf(b: Uint8Array, e: Entry): Uint8Array {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const o = e.localOffset;
  if (o + 30 > b.length || v.getUint32(o, true) !== 0x04034b50)
    bad(`the local header of ${e.name} is damaged`);
  const start = o + 30 + v.getUint16(o + 26, true) + v.getUint16(o + 28, true);
  if (start + e.compressedSize > b.length) bad(`${e.name} is truncated`);
  return b.subarray(start, start + e.compressedSize);
}

/** Inflate `data`, counting the real output; `onBytes` refuses when a limit is passed. */
function inflateCounted(data: Uint8Array, onBytes: (n: number) => void): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    onBytes(size);
    if (chunk.length > 0) chunks.push(chunk);
  });
  if (data.length === 0) bad('an entry has no compressed data');
  for (let o = 0; o < data.length; o += STEP) {
    inflater.push(data.subarray(o, o + STEP), o + STEP >= data.length);
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function tooLarge(label: string, bytes: number): never {
  return fail(
    'too-large',
    label,
    `${label} is more than ${bytes} bytes unpacked; the limit is ${MAX_BYTES}.`,
    {
      bytes,
      max: MAX_BYTES,
    },
  );
}

/**
 * The files in a zip, named `archive.zip/path/in/zip` (and `archive.zip/inner.zip/path` for a zip inside).
 * Each entry is held to MAX_BYTES like a file, the whole archive to LIMITS.archiveExpansion and
 * LIMITS.archiveEntries, counted as the bytes come out of the inflater.
 */
export function unzipFiles(
  zip: InputFile,
  budget: ArchiveBudget = { expanded: 0, entries: 0 },
  depth = 0,
  top: string = zip.name,
): InputFile[] {
  let entries: Entry[];
  const files: InputFile[] = [];
  try {
    entries = readEntries(zip.bytes);
    budget.entries += entries.length;
    checkLimit('archiveEntries', budget.entries, top);
    let stated = budget.expanded;
    for (const e of entries) {
      if (isJunk(e.name)) continue;
      const label = `${zip.name}/${e.name}`;
      // A stated size over a limit is believed (it can only refuse sooner); a small one is never trusted.
      if (e.statedSize > MAX_BYTES) tooLarge(label, e.statedSize);
      stated += e.statedSize;
      checkLimit('archiveExpansion', stated, top);
    }
    for (const e of entries) {
      if (isJunk(e.name)) continue;
      const label = `${zip.name}/${e.name}`;
      if (e.flags & 1) bad(`${e.name} is encrypted`);
      const data = dataOf(zip.bytes, e);
      const before = budget.expanded;
      const count = (n: number) => {
        if (n > MAX_BYTES) tooLarge(label, n);
        budget.expanded = before + n;
        checkLimit('archiveExpansion', budget.expanded, top);
      };
      let bytes: Uint8Array;
      if (e.method === 0) {
        count(data.length);
        bytes = data;
      } else if (e.method === 8) bytes = inflateCounted(data, count);
      else bytes = bad(`${e.name} uses compression method ${e.method}, which is not supported`);
      const file = { name: label, bytes };
      if (/\.zip$/i.test(e.name)) {
        if (depth + 1 >= LIMITS.archiveDepth) checkLimit('archiveDepth', depth + 2, top);
        for (const inner of unzipFiles(file, budget, depth + 1, top)) files.push(inner);
      } else files.push(file);
    }
  } catch (e) {
    if (e instanceof ImportFailure) throw e;
    const message = e instanceof Error ? e.message : String(e);
    return fail('invalid-zip', zip.name, `${zip.name} is not a readable zip archive: ${message}`, {
      reason: message,
    });
  }
  return files;
}
