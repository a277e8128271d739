/** Today's date in the local calendar as YYYY-MM-DD (the date on every hand-over). */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** A file name for a hand-over: a base, the date, an extension; no characters a file system refuses. */
export function fileName(base: string, date: string, ext: string): string {
  const safe = base
    .replace(/[\\/:*?"<>|\s]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return `${safe || 'xsbn'}-${date}.${ext}`;
}
