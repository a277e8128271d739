/**
 * Absolute URL of a file the app serves itself (the worker and font loader need absolute URLs). Relative
 * to the document's base, which is the app's root on every page (a pre-rendered /en/parks/menghai/ has
 * <base href="../../../">; main.tsx gives index.html one too, as the address changes to clean URLs).
 */
export function assetUrl(path: string, version?: string): string {
  const url = new URL(`${import.meta.env.BASE_URL}${path}`, document.baseURI);
  if (version) url.searchParams.set('v', version);
  return url.href;
}
