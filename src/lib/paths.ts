/** Absolute URL of a file the app serves itself (the worker and font loader need absolute URLs). */
export function assetUrl(path: string, version?: string): string {
  const url = new URL(`${import.meta.env.BASE_URL}${path}`, window.location.href);
  if (version) url.searchParams.set('v', version);
  return url.href;
}
