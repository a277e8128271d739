/**
 * The stated limits of the import: every input is bounded, and a file past a bound is refused with a
 * message naming the limit (code `limit-exceeded`, params { limit, max, actual }), never a frozen page.
 */
import { countNonBlankLines } from '@/lib/text-lines';
import { fail } from './types';

export const LIMITS = {
  /** Bytes of one file as picked or dropped. */
  bytesPerFile: 50 * 1024 * 1024,
  /** Bytes of all files of one pick together. */
  bytesTotal: 200 * 1024 * 1024,
  /** Features in one import (all datasets together). */
  features: 250_000,
  /** Coordinate pairs in one import. */
  vertices: 5_000_000,
  /** Coordinate pairs in one ring or line. */
  ringVertices: 1_000_000,
  /** Rings and parts of one feature (a shapefile reader matches every hole against every shell). */
  parts: 10_000,
  /** Nesting depth of JSON arrays/objects and of GeometryCollections. */
  nesting: 64,
  /** Bytes an archive (zip, kmz) may expand to, counted while inflating (not read from its header). */
  archiveExpansion: 200 * 1024 * 1024,
  /** Entries in one archive. */
  archiveEntries: 10_000,
  /** Rows of one CSV or text file. */
  rows: 250_000,
  /** Linked documents followed inside one KMZ (NetworkLink), and how deep. */
  linkedDocuments: 100,
  linkDepth: 8,
  /** Zips inside zips that are unpacked. */
  archiveDepth: 3,
  /** Segment pairs compared by the self-intersection check of one polygon (crowded, hostile rings). */
  intersectionTests: 200_000_000,
} as const;

export type LimitName = keyof typeof LIMITS;

/** Refuse with `limit-exceeded` when `actual` is over the limit. */
export function checkLimit(limit: LimitName, actual: number, file: string): void {
  const max = LIMITS[limit];
  if (actual > max) {
    fail('limit-exceeded', file, `${file}: ${limit} ${actual} exceeds the limit of ${max}.`, {
      limit,
      max,
      actual,
    });
  }
}

/**
 * Count and refuse as one goes (a streaming parser's rows, a reader's features): `count(n)` adds n and
 * refuses with `limit-exceeded` as soon as the total passes the limit.
 */
export function limitCounter(limit: LimitName, file: string): (n?: number) => number {
  let total = 0;
  const max = LIMITS[limit];
  return (n = 1) => {
    total += n;
    if (total > max) checkLimit(limit, total, file);
    return total;
  };
}

/** Data rows of a delimited text (its lines that are not blank, less the header): a bound checked before parsing. */
export const countTextRows = (text: string): number => Math.max(0, countNonBlankLines(text) - 1);
