import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameIn } from '@/i18n/lang';
import type { GeoData } from '@/lib/data/use-geo-data';
import { POLLUTION, type Pollution, type Project } from '@/lib/domain/project';
import { useAppStore } from '@/store/app-store';
import { fromShownMoney, toShownMoney } from './money';

export const DEFAULT_PROJECT: Project = {
  industry: 'rubber',
  link: 'rubber-medical',
  landMu: 60,
  investWan: 20000,
  revenueWan: 40000,
  needsRail: false,
  needsPort: true,
  needsCold: false,
  pollution: 'light',
  overCapacity: false,
};

/** The project being routed: industry, link, land, money, needs, pollution, over-capacity. */
export function RoutingForm({ data }: { data: GeoData }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const project = useAppStore((s) => s.project);
  const { setProject } = useAppStore.getState();
  const [form, setForm] = useState<Project>(project ?? DEFAULT_PROJECT);
  const links = data.index.linksOf(form.industry);
  const set = (patch: Partial<Project>) => setForm((f) => ({ ...f, ...patch }));
  const toShown = (wan: number) => toShownMoney(wan, lang);
  const fromShown = (v: number) => fromShownMoney(v, lang);
  return (
    <form
      className="wb-section routing-form"
      onSubmit={(e) => {
        e.preventDefault();
        setProject(form);
      }}
    >
      <h3>{t('wb.routing')}</h3>
      <p className="hint">{t('wb.routingHint')}</p>
      <label>
        {t('wb.industry')}
        <select
          value={form.industry}
          onChange={(e) => set({ industry: e.target.value, link: null })}
          data-testid="route-industry"
        >
          {data.catalog.industries.map((i) => (
            <option key={i.id} value={i.id}>
              {nameIn(lang, i)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('wb.link')}
        <select
          value={form.link ?? ''}
          onChange={(e) => set({ link: e.target.value || null })}
          data-testid="route-link"
        >
          <option value="">{t('wb.anyLink')}</option>
          {links.map((l) => (
            <option key={l.id} value={l.id}>
              {nameIn(lang, l)}
            </option>
          ))}
        </select>
      </label>
      {(
        [
          ['landMu', 'wb.land'],
          ['investWan', 'wb.invest'],
          ['revenueWan', 'wb.revenue'],
        ] as const
      ).map(([k, label]) => (
        <label key={k}>
          {t(label)}
          <input
            type="number"
            min={0}
            step="any"
            required
            value={k === 'landMu' ? form[k] : toShown(form[k])}
            onChange={(e) => {
              const v = Math.max(0, Number(e.target.value));
              set({ [k]: k === 'landMu' ? v : fromShown(v) });
            }}
            data-testid={`route-${k}`}
          />
          {k === 'revenueWan' ? (
            <span className="field-note" data-testid="route-revenue-note">
              <span className="assume-tag" title={t('route.assumptionHelp')}>
                {t('route.assumption')}
              </span>{' '}
              {t('route.formAssumption')}
            </span>
          ) : null}
        </label>
      ))}
      <fieldset className="inline-set">
        <legend>{t('wb.needs')}</legend>
        {(
          [
            ['needsRail', 'wb.needRail'],
            ['needsPort', 'wb.needPort'],
            ['needsCold', 'wb.needCold'],
          ] as const
        ).map(([k, label]) => (
          <label key={k} className="inline">
            <input type="checkbox" checked={form[k]} onChange={(e) => set({ [k]: e.target.checked })} />{' '}
            {t(label)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('wb.pollution')}
        <select value={form.pollution} onChange={(e) => set({ pollution: e.target.value as Pollution })}>
          {POLLUTION.map((p) => (
            <option key={p} value={p}>
              {t(`wb.pollutionLevels.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={form.overCapacity}
          onChange={(e) => set({ overCapacity: e.target.checked })}
        />{' '}
        {t('wb.overCapacity')}
      </label>
      <div className="btn-row">
        <button type="submit" className="primary" data-testid="route-submit">
          {t('wb.route')}
        </button>
        {project ? (
          <button type="button" onClick={() => setProject(null)}>
            {t('wb.clearProject')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
