/**
 * XML for the import parsers (KML, GPX): @xmldom/xmldom, never the DOM's DOMParser, so the parsers also run
 * in the import worker. Entity declarations are refused first (xml-guard.ts); errors name line and column.
 */
import type { Document } from '@xmldom/xmldom';
import { fail } from './types';
import { assertSafeXml } from './xml-guard';

type Location = { line: number; column: number };

/** Line/column from a browser `<parsererror>` text or an xmldom message. */
export function xmlErrorLocation(message: string): Location | undefined {
  const m =
    /line (\d+)\D{0,20}column (\d+)/i.exec(message) ??
    /Line Number (\d+), Column (\d+)/i.exec(message) ??
    /\[line:(\d+),col:(\d+)\]/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
}

function invalidXml(label: string, message: string, at: Location | undefined): never {
  const where = at ? ` at line ${at.line}, column ${at.column}` : '';
  const reason = message.replace(/\s+/g, ' ').trim().slice(0, 200);
  return fail(
    'invalid-xml',
    label,
    `${label} is not valid XML${where}: ${reason}`,
    at ? { ...at } : undefined,
  );
}

/** Parse XML text; `invalid-xml` (with line and column) or `xml-entities` on failure. */
export async function parseXml(label: string, text: string): Promise<Document> {
  assertSafeXml(text, label);
  const { DOMParser } = await import('@xmldom/xmldom');
  const parser = new DOMParser({
    // Fatal errors throw by themselves; make the others (e.g. an undefined entity) fatal too, as in browsers.
    onError: (level, message) => {
      if (level === 'error') throw new Error(message);
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(text, 'application/xml');
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const locator = (e as { locator?: { lineNumber?: number; columnNumber?: number } }).locator;
    const at =
      locator?.lineNumber && locator.columnNumber
        ? { line: locator.lineNumber, column: locator.columnNumber }
        : xmlErrorLocation(message);
    return invalidXml(label, message.replace(/@#\[line:.*$/s, ''), at);
  }
  if (!doc.documentElement) invalidXml(label, 'no root element', undefined);
  return doc;
}
