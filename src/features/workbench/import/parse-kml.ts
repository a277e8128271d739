import type { kml as toGeoJson } from '@tmcw/togeojson';
import { decodeXml } from './read-text';
import { fail, type RawDataset } from './types';

type XmlDocument = Parameters<typeof toGeoJson>[0];
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
  const reason = message
    .replace(/This page contains the following errors:|Below is a rendering of the page.*$/gs, '')
    .replace(/error on line \d+ at column \d+:\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
  return fail(
    'invalid-xml',
    label,
    `${label} is not valid XML${where}: ${reason}`,
    at ? { ...at } : undefined,
  );
}

async function parseXml(label: string, text: string): Promise<XmlDocument> {
  if (typeof globalThis.DOMParser === 'function') {
    const doc = new globalThis.DOMParser().parseFromString(text, 'application/xml');
    const error = doc.getElementsByTagName('parsererror')[0];
    if (error) invalidXml(label, error.textContent ?? '', xmlErrorLocation(error.textContent ?? ''));
    return doc;
  }
  // No DOMParser (Node, i.e. tests and scripts): xmldom, which reports the same errors a browser would.
  const { DOMParser } = await import('@xmldom/xmldom');
  const parser = new DOMParser({
    // Fatal errors throw by themselves; make the others (e.g. an undefined entity) fatal too, as in browsers.
    onError: (level, message) => {
      if (level === 'error') throw new Error(message);
    },
  });
  try {
    return parser.parseFromString(text, 'application/xml');
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const locator = (e as { locator?: { lineNumber?: number; columnNumber?: number } }).locator;
    const at =
      locator?.lineNumber && locator.columnNumber
        ? { line: locator.lineNumber, column: locator.columnNumber }
        : xmlErrorLocation(message);
    return invalidXml(label, message.replace(/@#\[line:.*$/s, ''), at);
  }
}

export async function parseKml(label: string, bytes: Uint8Array): Promise<RawDataset> {
  const text = decodeXml(bytes);
  if (text.trim() === '') fail('empty-file', label, `${label} is empty.`);
  const doc = await parseXml(label, text);
  const { kml } = await import('@tmcw/togeojson');
  const fc = kml(doc);
  return {
    label,
    format: 'kml',
    warnings: [],
    features: fc.features.map((f, index) => ({
      geometry: f.geometry,
      properties: { ...f.properties },
      index,
    })),
  };
}
