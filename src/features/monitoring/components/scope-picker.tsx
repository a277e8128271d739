import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '@/store/app-store';
import { type ParkLike, scopeOptions } from '../model/view-model';

/** 全州园区 or one park (or part of a park, or town): choosing goes to `monitor` / `monitor:<id>`. */
export function ScopePicker({ parks, park }: { parks: readonly ParkLike[]; park: string | null }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const navigate = useAppStore((s) => s.navigate);
  const id = useId();
  const options = scopeOptions(parks, lang, t('monitor.prefecture'));
  return (
    <p className="mon-scope">
      <label htmlFor={id}>{t('monitor.scope')}</label>
      <select
        id={id}
        value={park ?? ''}
        data-testid="monitor-scope"
        onChange={(e) => navigate(e.target.value === '' ? 'monitor' : `monitor:${e.target.value}`)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.depth === 1 ? `\u00a0\u00a0\u00a0${o.label}` : o.label}
          </option>
        ))}
      </select>
    </p>
  );
}
