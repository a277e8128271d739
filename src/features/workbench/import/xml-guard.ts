import { checkLimit } from './limits';
import { fail } from './types';

/**
 * The deepest element nesting of XML text, by one linear scan (comments, CDATA, declarations and quoted
 * attribute values skipped), so that deeply nested input is refused by its limit before any parser sees it.
 */
export function xmlDepth(text: string): number {
  let depth = 0;
  let max = 0;
  const n = text.length;
  let i = text.indexOf('<');
  while (i >= 0 && i < n) {
    const next = text.charCodeAt(i + 1);
    if (text.startsWith('<!--', i)) i = end(text, '-->', i + 4);
    else if (text.startsWith('<![CDATA[', i)) i = end(text, ']]>', i + 9);
    else if (next === 0x3f /* ? */ || next === 0x21 /* ! */) i = end(text, '>', i + 2);
    else {
      // A tag: find its '>' outside quoted attribute values.
      let j = i + 1;
      let quote = 0;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === 0x22 || c === 0x27) quote = c;
        else if (c === 0x3e) break;
      }
      if (next === 0x2f /* / */) depth--;
      else if (text.charCodeAt(j - 1) !== 0x2f) {
        depth++;
        if (depth > max) max = depth;
      }
      i = j + 1;
    }
    i = text.indexOf('<', i);
  }
  return max;
}

const end = (text: string, marker: string, from: number) => {
  const at = text.indexOf(marker, from);
  return at < 0 ? text.length : at + marker.length;
};

/**
 * Refuse XML that declares a document type with entities (the "billion laughs" and quadratic-blowup
 * attacks): KML, GPX and the rest never need one. Also refuse nesting past LIMITS.nesting. Runs before any
 * XML parser sees the text; both scans are linear in the text's length.
 */
export function assertSafeXml(text: string, file: string): void {
  const head = text.slice(0, 65_536);
  if (/<!ENTITY/i.test(text) || /<!DOCTYPE[^>]*\[/i.test(head)) {
    fail('xml-entities', file, `${file} declares XML entities (<!ENTITY>), which are refused.`);
  }
  checkLimit('nesting', xmlDepth(text), file);
}
