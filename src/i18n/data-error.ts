import type { TFunction } from 'i18next';
import type { zh } from './zh';

type LayerKey = keyof (typeof zh)['dataLayers'];

/** The layer a built file or map source holds, in the UI's language ("geo/nodes.geojson" → 产业链节点). */
export function layerName(t: TFunction, fileOrSource: string): string {
  const base = (fileOrSource.split('/').at(-1) ?? '').replace(/\.(geo)?json$/, '');
  const known: LayerKey[] = [
    'manifest',
    'catalog',
    'nodes',
    'places',
    'counties',
    'parks',
    'protected',
    'zones',
    'lines',
    'labels',
    'countries',
    'neighbours',
    'border',
    'search',
    'outside',
    'font-faces',
  ];
  const key = known.find((k) => k === base) ?? 'other';
  return t(`dataLayers.${key}`);
}

/** A built file's failure in words: which layer, which file, why. */
export function describeDataError(t: TFunction, e: unknown): string {
  const err = e as { name?: string; file?: string; failure?: string; detail?: string; message?: string };
  if (err?.name === 'DataFileError' && err.file && err.failure) {
    const failure = err.failure as 'network' | 'http' | 'not-json' | 'schema' | 'unlisted';
    return t(`dataError.${failure}`, {
      layer: layerName(t, err.file),
      file: err.file,
      detail: err.detail ?? '',
    });
  }
  return t('errors.unexpected', { detail: err?.message ?? String(e) });
}
