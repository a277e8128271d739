import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChainData } from '@/features/chains/model/chain-data';
import { rankHosts } from '@/features/chains/model/host-score';
import type { GeoData } from '@/features/geo/api/use-geo-data';
import { nameIn, noteIn } from '@/i18n/lang';
import { ProvenanceBadge } from '@/components/ui/provenance-badge';
import { formatNumber } from '@/lib/format';
import { useAppStore } from '@/store/app-store';
import { POLLUTION, type Pollution, type Project, revenuePerMu, routeProject } from '../model/routing';

const DEFAULT_PROJECT: Project = {
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

/** 项目流转: a project form, and every park checked against the plan's rules with the numbers. */
export function RoutingPanel({ data }: { data: GeoData }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const project = useAppStore((s) => s.project);
  const weights = useAppStore((s) => s.weights);
  const { setProject, selectAndFocus } = useAppStore.getState();
  const [form, setForm] = useState<Project>(project ?? DEFAULT_PROJECT);
  const cd = useChainData(data);
  const links = data.catalog.links.filter((l) => l.industry === form.industry);
  const set = (patch: Partial<Project>) => setForm((f) => ({ ...f, ...patch }));
  const n = (v: number, d = 0) => formatNumber(v, lang, d);
  // Money is kept in 万元 (the plan's unit, and the URL's); English shows and takes CNY million.
  const toShown = (wan: number) => (lang === 'en' ? wan / 100 : wan);
  const fromShown = (v: number) => (lang === 'en' ? v * 100 : v);
  const money = (wan: number, d = 0) => (lang === 'en' ? n(wan / 100, 2) : n(wan, d));

  const ranks = (() => {
    if (!project) return [];
    const industry = cd.industry(project.industry);
    const link = project.link ? cd.link(project.link) : undefined;
    const ctx = {
      planParks: industry?.plan_parks ?? [],
      links: data.catalog.links.filter((l) => l.industry === project.industry),
      linksByPark: cd.linksByPark,
    };
    const hosts = link ? rankHosts(link, cd.hostParks, ctx, weights) : [];
    const cold = new Set(
      cd.nodes.filter((x) => data.catalog.rules.cold_chain_links.includes(x.link)).map((x) => x.park),
    );
    const parks = cd.parks.filter((p) => p.extent === 'polygon');
    return routeProject(
      project,
      parks,
      data.catalog.rules,
      cold,
      (id) => hosts.find((h) => h.park === id)?.score ?? 0,
    );
  })();

  return (
    <div className="workbench" data-testid="routing-panel">
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
      {project ? (
        <section className="wb-section" aria-live="polite" data-testid="route-results">
          <p>
            <strong>{t('wb.perMu', { v: money(revenuePerMu(project), 1) })}</strong>{' '}
            <span className="muted">
              ({t(`provenance.${data.catalog.rules.floor_provenance}`)}:{' '}
              {noteIn(lang, data.catalog.rules, 'floor_source')})
            </span>
          </p>
          <p className="muted" data-testid="access-rule">
            {t('wb.accessRule', {
              rail: data.catalog.rules.rail_max_km,
              port: data.catalog.rules.port_max_km,
            })}{' '}
            <ProvenanceBadge
              provenance={data.catalog.rules.access_provenance}
              source={noteIn(lang, data.catalog.rules, 'access_source')}
            />
          </p>
          <ol className="route-list">
            {ranks.map((r) => {
              const park = cd.park(r.park);
              return (
                <li key={r.park} className={r.pass ? 'pass' : 'fail'} data-testid={`route-${r.park}`}>
                  <button
                    type="button"
                    className="linkish host-name"
                    onClick={() => selectAndFocus({ kind: 'park', id: r.park })}
                  >
                    {park ? nameIn(lang, park) : r.park}
                  </button>{' '}
                  <span className={`verdict ${r.pass ? 'ok' : 'no'}`}>
                    {r.pass ? t('wb.allPass') : t('wb.failedN', { n: r.failed.length })}
                  </span>
                  {project.link ? <span className="muted"> · {t('wb.score', { s: n(r.score) })}</span> : null}
                  <ul className="rule-list">
                    {r.rules.map((x) => (
                      <li key={x.id} className={x.pass ? 'ok' : 'no'}>
                        <span className="mark" aria-hidden="true">
                          {x.pass ? '✓' : '✗'}
                        </span>
                        <span className="sr-only">{x.pass ? t('wb.pass') : t('wb.fail')}: </span>
                        {t(`wb.rules.${x.id}`)}{' '}
                        <span className="muted">
                          {t(`wb.ruleValues.${x.id}`, {
                            ...x.values,
                            ...(x.id === 'intensity'
                              ? {
                                  perMu: money(Number(x.values.perMu), 1),
                                  floor: money(Number(x.values.floor)),
                                }
                              : {}),
                            level: x.values.level ? t(`levels.${x.values.level}`) : '',
                            pollution: x.values.pollution
                              ? t(`wb.pollutionLevels.${x.values.pollution}`)
                              : '',
                          })}
                        </span>
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ol>
          <ShareLink />
        </section>
      ) : null}
    </div>
  );
}

function ShareLink() {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const url = typeof window === 'undefined' ? '' : window.location.href;
  return (
    <p className="share">
      <label>
        {t('wb.share')}
        <input readOnly value={url} onFocus={(e) => e.target.select()} data-testid="share-url" />
      </label>
      <button
        type="button"
        onClick={() => {
          void navigator.clipboard?.writeText(window.location.href).then(() => setCopied(true));
        }}
      >
        {copied ? t('wb.copied') : t('wb.share')}
      </button>
    </p>
  );
}
