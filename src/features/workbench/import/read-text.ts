/**
 * Text decoding for imported files. Chinese users' files are UTF-8 or GBK (Excel, ArcGIS and older tools on
 * Chinese Windows write GBK); both are recognised without asking.
 */

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** True if the bytes are valid UTF-8 (ASCII included). */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A WHATWG encoding label for a code-page name as found in .cpg files, XML declarations etc. */
export function normaliseEncoding(label: string | undefined): string | undefined {
  const l = label
    ?.trim()
    .toLowerCase()
    .replace(/^ansi\s*/, '');
  if (!l) return undefined;
  if (['65001', 'utf8', 'utf-8'].includes(l)) return 'utf-8';
  if (['936', 'cp936', 'gbk', 'gb2312', 'gb18030', 'euc-cn'].includes(l)) return 'gbk';
  if (['950', 'cp950', 'big5'].includes(l)) return 'big5';
  const name = /^\d+$/.test(l) ? `windows-${l}` : l;
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return undefined;
  }
}

/** Decode a text file: honour a BOM, else UTF-8 if the bytes are valid UTF-8, else `fallback` (GBK). */
export function decodeText(bytes: Uint8Array, fallback = 'gbk'): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (isUtf8(bytes)) return new TextDecoder('utf-8').decode(bytes);
  return new TextDecoder(fallback).decode(bytes);
}

/** Decode an XML file, honouring `<?xml ... encoding="..."?>` when the bytes are not UTF-8. */
export function decodeXml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = normaliseEncoding(/<\?xml[^>]*encoding=["']([^"']+)["']/i.exec(head)?.[1]);
  if (declared && declared !== 'utf-8' && !isUtf8(bytes)) return new TextDecoder(declared).decode(bytes);
  return decodeText(bytes);
}
