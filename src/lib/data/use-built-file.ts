import { useQuery } from '@tanstack/react-query';
import { type BuiltFileName, builtFileQuery, manifestQueryOptions } from './built-files';

/**
 * One built file for a component, through its one query (shared with every other reader of the file).
 * `enabled: false` waits (e.g. until the search box is first focused).
 */
export function useBuiltFile<K extends BuiltFileName>(
  name: K,
  { enabled = true }: { enabled?: boolean } = {},
) {
  const manifest = useQuery(manifestQueryOptions()).data;
  return useQuery({ ...builtFileQuery(manifest, name), enabled: enabled && manifest !== undefined });
}
