/**
 * The bureau's own data (本局数据), under `bureau.*`: one file a part. Not in the first JS:
 * features/bureau/bureau-strings.ts adds them when the monitoring page loads.
 * - bureau.panel.*: the panel (templates, import, preview, apply, status, export, reset)
 * - bureau.sheet.*: reading spreadsheets (templates' headers, cell and header problems)
 * - bureau.checks.*: validation of the rows and the preview of what changes
 */
import { bureauChecksEn, bureauChecksZh } from './bureau-checks';
import { bureauPanelEn, bureauPanelZh } from './bureau-panel';
import { bureauSheetEn, bureauSheetZh } from './bureau-sheet';

export const bureauZh = {
  title: '本局数据',
  panel: bureauPanelZh,
  sheet: bureauSheetZh,
  checks: bureauChecksZh,
};

export const bureauEn: typeof bureauZh = {
  title: 'The bureau’s own data',
  panel: bureauPanelEn,
  sheet: bureauSheetEn,
  checks: bureauChecksEn,
};
