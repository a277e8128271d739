/**
 * The bureau's own data (本局数据: templates, import, preview, apply, export, reset), under `bureau.*`.
 * Not in the first JS: features/bureau/bureau-strings.ts adds them when the monitoring page loads.
 */
export const bureauZh = {
  title: '本局数据',
};

export const bureauEn: typeof bureauZh = {
  title: 'The bureau’s own data',
};
