import { checkLimit } from './limits';
import { fail } from './types';

/** Elements that each become a feature: KML placemarks, GPX waypoints, routes and tracks. */
const FEATURE_TAGS = ['Placemark', 'wpt', 'rte', 'trk'];
const isNameEnd = (c: number) =>
  c === 0x20 || c === 0x3e || c === 0x2f || c === 0x09 || c === 0x0a || c === 0x0d;

/** The deepest element nesting of XML text (see xmlScan). */
export const xmlDepth = (text: string): number => xmlScan(text).depth;

/**
 * The deepest element nesting of XML text and how many feature elements it has, by one linear scan
 * (comments, CDATA, declarations and quoted attribute values skipped), so that deeply nested or overfull
 * input is refused by its limit before any parser sees it.
 */
export function xmlScan(text: string): { depth: number; features: number } {
  let depth = 0;
  let max = 0;
  let features = 0;
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
      else {
        for (const tag of FEATURE_TAGS) {
          if (text.startsWith(tag, i + 1) && isNameEnd(text.charCodeAt(i + 1 + tag.length))) features++;
        }
        if (text.charCodeAt(j - 1) !== 0x2f) {
          depth++;
          if (depth > max) max = depth;
        }
      }
      i = j + 1;
    }
    i = text.indexOf('<', i);
  }
  return { depth: max, features };
}

const end = (text: string, marker: string, from: number) => {
  const at = text.indexOf(marker, from);
  return at < 0 ? text.length : at + marker.length;
};

/**
 * Refuse XML that declares a document type with entities (the "billion laughs" and quadratic-blowup
 * attacks): KML, GPX and the rest never need one. Also refuse nesting past LIMITS.nesting, and more
 * feature elements than LIMITS.features. Runs before any
 * XML parser sees the text; both scans are linear in the text's length.
 */
export function assertSafeXml(text: string, file: string): void {
  const head = text.slice(0, 65_536);
  if (/<!ENTITY/i.test(text) || /<!DOCTYPE[^>]*\[/i.test(head)) {
    fail('xml-entities', file, `${file} declares XML entities (<!ENTITY>), which are refused.`);
  }
  const { depth, features } = xmlScan(text);
  checkLimit('nesting', depth, file);
  checkLimit('features', features, file);
}
