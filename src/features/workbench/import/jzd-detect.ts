/**
 * Whether a .txt is a 界址点坐标交换文件 (parse-jzd.ts reads it): cheap, so group-files can route .txt files
 * without loading the parser.
 */
import { decodeText } from './read-text';

export const SECTION = /^\s*[[【]\s*(属性描述|地块坐标)\s*[\]】]\s*$/;

/** True when the text has the format's section headers (or its @-terminated parcel lines). */
export function looksLikeJzd(bytes: Uint8Array): boolean {
  // The first 8 KB, cut at a character boundary (a cut UTF-8 character would make it look like GBK).
  let n = Math.min(bytes.length, 8192);
  while (n > 0 && n < bytes.length && ((bytes[n] ?? 0) & 0xc0) === 0x80) n--;
  const head = decodeText(bytes.subarray(0, n));
  const lines = head.split(/\r?\n/);
  const sections = lines.filter((l) => SECTION.test(l)).length;
  const parcel = lines.some((l) => /^[^,]*\d[^,]*,[^,]*,.*,\s*@\s*$/.test(l));
  return sections >= 1 && (sections >= 2 || parcel);
}
