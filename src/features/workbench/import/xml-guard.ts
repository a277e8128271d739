import { fail } from './types';

/**
 * Refuse XML that declares a document type with entities (the "billion laughs" and quadratic-blowup
 * attacks): KML, GPX and the rest never need one. Runs before any XML parser sees the text.
 */
export function assertSafeXml(text: string, file: string): void {
  const head = text.slice(0, 65_536);
  if (/<!ENTITY/i.test(text) || /<!DOCTYPE[^>]*\[/i.test(head)) {
    fail('xml-entities', file, `${file} declares XML entities (<!ENTITY>), which are refused.`);
  }
}
