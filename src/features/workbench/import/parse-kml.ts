/**
 * KML and KMZ with @tmcw/togeojson over @xmldom/xmldom (no DOM: runs in the import worker). A KMZ's root
 * document (doc.kml) may hold <NetworkLink>s to other KML files in the same archive: they are followed
 * (relative to the linking file's folder, or to the archive's root), each document read once, within
 * LIMITS.linkedDocuments and LIMITS.linkDepth. Links to another host are never fetched: a warning names them.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { checkLimit } from './limits';
import { parseXml } from './parse-xml';
import { decodeXml } from './read-text';
import { fail, type ImportWarning, type InputFile, type RawDataset, type RawFeature } from './types';

export { xmlErrorLocation } from './parse-xml';

type Togeojson = typeof import('@tmcw/togeojson');
type Tree = ReturnType<Togeojson['kmlWithFolders']>;
type Node = Tree['children'][number];

async function readDocument(label: string, bytes: Uint8Array): Promise<Document> {
  const text = decodeXml(bytes);
  if (text.trim() === '') fail('empty-file', label, `${label} is empty.`);
  return parseXml(label, text);
}

/** Not places: togeojson lists each NetworkLink (no geometry) and GroundOverlay (its image's box) too. */
const NOT_PLACES = new Set(['networklink', 'groundoverlay', 'photooverlay']);

/**
 * The document's placemarks in document order, each with `folder`: the names of the <Folder>s it sits in,
 * joined by '/' (absent at the top level), as Google Earth and 奥维 organise layers.
 */
function placemarks(tg: Togeojson, doc: Document): GeoJSON.Feature[] {
  const out: GeoJSON.Feature[] = [];
  const walk = (nodes: Node[], path: string[]) => {
    for (const n of nodes) {
      if (n.type === 'folder') {
        const name = typeof n.meta?.name === 'string' ? n.meta.name.trim() : '';
        walk(n.children as Node[], name ? [...path, name] : path);
        continue;
      }
      const f = n as GeoJSON.Feature;
      if (NOT_PLACES.has(String(f.properties?.['@geometry-type']))) continue;
      out.push(path.length ? { ...f, properties: { ...f.properties, folder: path.join('/') } } : f);
    }
  };
  walk(tg.kmlWithFolders(doc as unknown as Parameters<Togeojson['kml']>[0]).children, []);
  return out;
}

export async function parseKml(label: string, bytes: Uint8Array): Promise<RawDataset> {
  const doc = await readDocument(label, bytes);
  const tg = await import('@tmcw/togeojson');
  const warnings: ImportWarning[] = [];
  for (const link of networkLinks(doc)) {
    // A loose KML's links lead to other files or hosts: neither is read (pick the files, or a KMZ).
    if (isRemote(link.href)) warnings.push(remoteWarning(label, link.href));
  }
  return {
    label,
    format: 'kml',
    warnings,
    features: placemarks(tg, doc).map((f, index) => ({
      geometry: f.geometry,
      properties: { ...f.properties },
      index,
    })),
  };
}

interface Link {
  href: string;
  name?: string;
}

/** The NetworkLinks of a document: their <Link> (KML 2.2) or <Url> (KML 2.0) href and their name. */
export function networkLinks(doc: Document): Link[] {
  const out: Link[] = [];
  const nodes = doc.getElementsByTagName('NetworkLink');
  for (let i = 0; i < nodes.length; i++) {
    const nl = nodes[i] as Element;
    const child = (el: Element, tag: string) => {
      for (let c = el.firstChild; c; c = c.nextSibling)
        if ((c as Element).localName === tag) return c as Element;
      return undefined;
    };
    const linkEl = child(nl, 'Link') ?? child(nl, 'Url');
    const href = (linkEl && child(linkEl, 'href')?.textContent?.trim()) || '';
    const name = child(nl, 'name')?.textContent?.trim();
    if (href) out.push(name ? { href, name } : { href });
  }
  return out;
}

const isRemote = (href: string) => /^[a-z][a-z0-9+.-]*:/i.test(href) && !/^[a-z]:[\\/]/i.test(href);

const remoteWarning = (file: string, href: string): ImportWarning => ({
  code: 'kml-remote-link',
  file,
  detail: `${file}: the network link to ${href} was not followed (the app does not reach other hosts).`,
  params: { href },
});

/** `href` resolved against the folder `base` ('' for the root): ./ and ../ removed, no leading slash. */
export function resolveHref(base: string, href: string): string {
  const clean = href.replace(/[?#].*$/, '').replace(/\\/g, '/');
  const parts = clean.startsWith('/') ? [] : base.split('/').filter(Boolean);
  for (const p of clean.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(decodeURIComponentSafe(p));
  }
  return parts.join('/');
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

/**
 * A KMZ's documents as one dataset: the root document (doc.kml, else the first .kml at the top level), then
 * every document its NetworkLinks reach. Linked documents' features carry `document` (the path in the KMZ)
 * and `layer` (the link's name, when it has one), and every feature its `folder`.
 */
export async function parseKmz(label: string, entries: InputFile[]): Promise<RawDataset> {
  const prefix = `${label}/`;
  const files = new Map<string, Uint8Array>();
  for (const e of entries)
    files.set(e.name.startsWith(prefix) ? e.name.slice(prefix.length) : e.name, e.bytes);
  const kmls = [...files.keys()].filter((p) => /\.kml$/i.test(p));
  const root =
    kmls.find((p) => p.toLowerCase() === 'doc.kml') ?? kmls.find((p) => !p.includes('/')) ?? kmls[0];
  if (root === undefined) {
    const found = [...files.keys()].join(', ');
    fail('unsupported-format', label, `${label} contains no KML document (found: ${found || 'nothing'}).`, {
      extension: 'kmz',
      found,
    });
  }
  const tg = await import('@tmcw/togeojson');
  const features: RawFeature[] = [];
  const warnings: ImportWarning[] = [];
  const visited = new Set<string>();
  let linked = 0;
  const visit = async (path: string, depth: number, layer: string | undefined): Promise<void> => {
    visited.add(path);
    const docLabel = `${label}/${path}`;
    const doc = await readDocument(docLabel, files.get(path) as Uint8Array);
    for (const f of placemarks(tg, doc)) {
      const properties: Record<string, unknown> = { ...f.properties };
      if (depth > 0) {
        properties.document = path;
        if (layer) properties.layer = layer;
      }
      features.push({ geometry: f.geometry, properties, index: features.length });
    }
    for (const link of networkLinks(doc)) {
      if (isRemote(link.href)) {
        warnings.push(remoteWarning(docLabel, link.href));
        continue;
      }
      let target = resolveHref(folderOf(path), link.href);
      if (!files.has(target) && files.has(resolveHref('', link.href))) target = resolveHref('', link.href);
      if (!files.has(target)) {
        warnings.push({
          code: 'kml-missing-link',
          file: docLabel,
          detail: `${docLabel}: the network link to ${link.href} names no file in the archive.`,
          params: { href: link.href },
        });
        continue;
      }
      if (visited.has(target)) {
        warnings.push({
          code: 'kml-link-cycle',
          file: docLabel,
          detail: `${docLabel}: the network link to ${link.href} leads to a document already read; it was read once.`,
          params: { href: link.href },
        });
        continue;
      }
      linked++;
      checkLimit('linkedDocuments', linked, label);
      checkLimit('linkDepth', depth + 1, label);
      await visit(target, depth + 1, link.name ?? layer);
    }
  };
  await visit(root, 0, undefined);
  return { label: `${label}/${root}`, format: 'kml', features, warnings };
}
