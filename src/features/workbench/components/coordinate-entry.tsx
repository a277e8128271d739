import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Message, showMessage } from '@/i18n/message';
import { useAppStore } from '@/store/app-store';
import { ensureGisStrings } from '../gis-strings';
import {
  type CornerRow,
  type CornerSystem,
  GK_ZONES,
  type GkZoneId,
  pastedRows,
  readCorners,
} from '../model/corner-coords';

const blank = (): CornerRow[] => [
  { a: '', b: '' },
  { a: '', b: '' },
  { a: '', b: '' },
];

/**
 * 输入坐标: a site's corners typed as longitude/latitude (decimal or 度分秒) or CGCS2000 Gauss–Krüger
 * X (northing) / Y (easting) in a chosen zone; several pasted lines fill the rows. The site is checked
 * like a drawn one (store: addSiteFromCorners).
 */
export function CoordinateEntry() {
  const { t, i18n } = useTranslation();
  ensureGisStrings(i18n);
  const [open, setOpen] = useState(false);
  const [system, setSystem] = useState<'lonlat' | GkZoneId>('lonlat');
  const [rows, setRows] = useState<CornerRow[]>(blank);
  const [paste, setPaste] = useState('');
  const [errors, setErrors] = useState<Message[]>([]);
  const gk = system !== 'lonlat';
  const sys: CornerSystem = system === 'lonlat' ? { kind: 'lonlat' } : { kind: 'gk', zone: system };
  const fill = (text: string) => {
    const pasted = pastedRows(text);
    if (pasted.length === 0) return;
    setRows(pasted.length >= 3 ? pasted : [...pasted, ...blank().slice(pasted.length)]);
    setErrors([]);
  };
  const setCell = (i: number, k: keyof CornerRow, v: string) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, [k]: v } : r)));
  const add = () => {
    const r = readCorners(rows, sys);
    if (!r.ok) {
      setErrors(r.errors);
      return;
    }
    setErrors([]);
    const site = useAppStore.getState().addSiteFromCorners(r.corners, 'typed');
    if (site) {
      setRows(blank());
      useAppStore.getState().setNotice({ key: 'gis.draw.coords.added', params: { name: site.name } });
    }
  };
  if (!open)
    return (
      <button type="button" data-testid="coords-open" onClick={() => setOpen(true)}>
        {t('gis.draw.coords.open')}
      </button>
    );
  return (
    <fieldset className="coord-entry" data-testid="coords-form">
      <legend>{t('gis.draw.coords.title')}</legend>
      <label className="coord-system">
        {t('gis.draw.coords.system')}{' '}
        <select
          value={system}
          data-testid="coords-system"
          onChange={(e) => {
            setSystem(e.target.value as typeof system);
            setErrors([]);
          }}
        >
          <option value="lonlat">{t('gis.draw.coords.lonlat')}</option>
          <optgroup label={t('gis.draw.coords.gk')}>
            {GK_ZONES.map((z) => (
              <option key={z.id} value={z.id}>
                {t(z.kind === 'gk3' ? 'gis.draw.coords.zone3' : 'gis.draw.coords.zone6', { cm: z.cm })}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      {gk ? <p className="hint">{t('gis.draw.coords.gkHint')}</p> : null}
      <table className="coord-rows">
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">{t('gis.draw.coords.rowHead')}</span>
            </th>
            <th scope="col">{gk ? t('gis.draw.coords.x') : t('gis.draw.coords.lon')}</th>
            <th scope="col">{gk ? t('gis.draw.coords.y') : t('gis.draw.coords.lat')}</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            // Rows have no identity of their own: their place is what the planner sees and is told about.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <tr key={i} data-testid="coords-row">
              <th scope="row">{i + 1}</th>
              {(['a', 'b'] as const).map((k) => (
                <td key={k}>
                  <input
                    value={r[k]}
                    inputMode={gk ? 'decimal' : 'text'}
                    aria-label={`${t('gis.draw.coords.row', { n: i + 1 })} ${
                      k === 'a'
                        ? t(gk ? 'gis.draw.coords.x' : 'gis.draw.coords.lon')
                        : t(gk ? 'gis.draw.coords.y' : 'gis.draw.coords.lat')
                    }`}
                    placeholder={gk ? '' : k === 'a' ? t('gis.draw.coords.lonlatExample') : ''}
                    data-testid={`coords-${k}`}
                    onChange={(e) => setCell(i, k, e.target.value)}
                    onPaste={(e) => {
                      const text = e.clipboardData.getData('text');
                      if (!/\n/.test(text.trim())) return;
                      e.preventDefault();
                      fill(text);
                    }}
                  />
                </td>
              ))}
              <td>
                <button
                  type="button"
                  className="linkish"
                  aria-label={t('gis.draw.coords.removeRow', { n: i + 1 })}
                  title={t('gis.draw.coords.removeRow', { n: i + 1 })}
                  onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="btn-row">
        <button
          type="button"
          data-testid="coords-add-row"
          onClick={() => setRows((rs) => [...rs, { a: '', b: '' }])}
        >
          {t('gis.draw.coords.addRow')}
        </button>
      </div>
      <label className="coord-paste">
        {t('gis.draw.coords.paste')}
        <textarea
          rows={3}
          value={paste}
          data-testid="coords-paste"
          onChange={(e) => setPaste(e.target.value)}
        />
      </label>
      <div className="btn-row">
        <button
          type="button"
          data-testid="coords-fill"
          disabled={paste.trim() === ''}
          onClick={() => fill(paste)}
        >
          {t('gis.draw.coords.pasteApply')}
        </button>
        <button type="button" className="primary" data-testid="coords-add" onClick={add}>
          {t('gis.draw.coords.add')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('gis.draw.coords.close')}
        </button>
      </div>
      {errors.length > 0 ? (
        <ul className="status error long-text" role="alert" data-testid="coords-errors">
          {errors.map((m) => (
            <li key={showMessage(t, m)}>{showMessage(t, m)}</li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
