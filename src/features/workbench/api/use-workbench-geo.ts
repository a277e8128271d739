import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { builtFileQuery, DataFileError } from '@/lib/data/built-files';
import type { GeoData } from '@/lib/data/use-geo-data';
import { type WorkbenchInput, workbenchInput } from '../model/workbench-input';

export type WorkbenchGeo =
  | { status: 'loading' }
  | { status: 'error'; errors: DataFileError[]; retry: () => void }
  | { status: 'ready'; input: WorkbenchInput };

/** The polygon files the planner tools read (loaded when a planner tab first opens), as turf inputs. */
export function useWorkbenchGeo(data: GeoData): WorkbenchGeo {
  const m = data.manifest;
  const queries = [
    useQuery(builtFileQuery(m, 'counties')),
    useQuery(builtFileQuery(m, 'parkOutlines')),
    useQuery(builtFileQuery(m, 'protectedAreas')),
    useQuery(builtFileQuery(m, 'zones')),
    useQuery(builtFileQuery(m, 'lines')),
  ] as const;
  const [counties, parks, protectedAreas, zones, lines] = queries.map((q) => q.data) as [
    (typeof queries)[0]['data'],
    (typeof queries)[1]['data'],
    (typeof queries)[2]['data'],
    (typeof queries)[3]['data'],
    (typeof queries)[4]['data'],
  ];
  const errors = queries.map((q) => q.error).filter((e): e is Error => e !== null);
  const errorKey = errors.map((e) => e.message).join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the errors are keyed by their text
  return useMemo((): WorkbenchGeo => {
    if (errors.length > 0)
      return {
        status: 'error',
        errors: errors.map((e) =>
          e instanceof DataFileError ? e : new DataFileError('geo', 'network', e.message),
        ),
        retry: () => {
          for (const q of queries) if (q.isError) void q.refetch();
        },
      };
    if (!counties || !parks || !protectedAreas || !zones || !lines) return { status: 'loading' };
    return {
      status: 'ready',
      input: workbenchInput({ counties, parks, protectedAreas, zones, lines }, data),
    };
  }, [counties, parks, protectedAreas, zones, lines, data, errorKey]);
}
