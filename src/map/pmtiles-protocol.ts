/**
 * The `pmtiles` protocol, for the nodes and parks archives the data build writes above its size
 * threshold: registered when a style reads them, the reader (the `pmtiles` package) loaded then, not
 * with the map's chunk. It reads an archive's directories and tiles by HTTP Range requests.
 */
import { type AddProtocolAction, addProtocol } from 'maplibre-gl';

type TileFn = AddProtocolAction;

let reader: Promise<TileFn> | null = null;
let registered = false;

export function registerPmtiles(): void {
  if (registered) return;
  registered = true;
  addProtocol('pmtiles', async (params, abort) => {
    reader ??= import('pmtiles').then(({ Protocol }) => new Protocol().tile as TileFn);
    return (await reader)(params, abort);
  });
}
