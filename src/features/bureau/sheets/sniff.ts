/**
 * What a file is, by its bytes (never its name): a zip (xlsx, xlsm, xlsb, ods), an OLE compound file
 * (xls, or an encrypted xlsx), XML or HTML text (SpreadsheetML 2003, flat ODS), delimited text (CSV, TXT),
 * or none of these. Text is UTF-8 (with or without BOM) or, failing that, GBK (Excel on Chinese Windows).
 */

export type SheetFormat = 'zip' | 'cfb' | 'xml' | 'text' | 'unknown';

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const BOM = [0xef, 0xbb, 0xbf];

export interface DecodedText {
  text: string;
  /** The encoding used when it had to be guessed (no BOM and not valid UTF-8). */
  guessed?: 'gbk';
}

/** UTF-8 (BOM or valid), else GBK. */
export function decodeSheetText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, BOM)) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), guessed: 'gbk' };
  }
}

/** True when the first KB looks like text: no NUL, few control bytes. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control <= head.length / 100;
}

export function sniffFormat(bytes: Uint8Array): SheetFormat {
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return 'zip';
  if (startsWith(bytes, CFB)) return 'cfb';
  if (bytes.length === 0 || !looksLikeText(bytes)) return bytes.length === 0 ? 'text' : 'unknown';
  const head = bytes.subarray(0, 4096);
  const count = (t: string) => t.split('\uFFFD').length - 1;
  // A cut multi-byte character at the end of the first 4 KB is not a reason to doubt UTF-8.
  let text = new TextDecoder('utf-8').decode(head);
  if (count(text) > 3) {
    // Decoding GBK hardly ever fails: many replacement characters mean it was not text after all.
    text = new TextDecoder('gbk').decode(head);
    if (count(text) > text.length / 50) return 'unknown';
  }
  return /^\s*</.test(text.replace(/^\uFEFF/, '')) ? 'xml' : 'text';
}
