import '../bureau.css';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { nameIn } from '@/i18n/lang';
import { localMinute } from '@/lib/data/bureau-record';
import { useBuiltFile } from '@/lib/data/use-built-file';
import type { GeoData } from '@/lib/data/use-geo-data';
import { formatNumber } from '@/lib/format';
import { useAppStore } from '@/store/app-store';
import type { PreviewContext } from '../apply/preview';
import type { VerdictNames } from '../apply/verdict-words';
import { ensureBureauStrings } from '../bureau-strings';
import { currentTables } from '../model/build-nodes';
import type { ValidateContext } from '../model/validate-rows';
import { BureauStatus } from './bureau-status';
import { ExportCard, ResetCard } from './export-reset';
import { ImportPreview } from './import-preview';
import { issueLine } from './issue-line';
import { ImportSection } from './import-section';
import { PanelSaid } from './panel-said';
import { TemplateButtons } from './template-buttons';
import { useBureauImport } from './use-bureau-import';

type Context = PreviewContext & ValidateContext & { baseVersion: string };

/** What the import and preview read: the data in use, the shipped nodes and statistics, outlines, targets. */
function useBureauContext(data: GeoData): Context | null {
  const shippedNodes = useBuiltFile('nodes').data;
  const monitor = useBuiltFile('monitor').data;
  const counties = useBuiltFile('counties').data;
  const parkOutlines = useBuiltFile('parkOutlines').data;
  return useMemo(() => {
    if (!shippedNodes || !monitor || !counties || !parkOutlines) return null;
    return {
      catalog: data.catalog,
      places: data.places.features.map((f) => f.properties),
      nodes: data.nodes,
      bureau: data.bureau,
      shippedNodes,
      shippedStats: monitor.stats,
      targets: monitor.targets,
      counties,
      parkOutlines,
      baseVersion: data.manifest.version,
    };
  }, [data, shippedNodes, monitor, counties, parkOutlines]);
}

/** The bureau's own data: status, templates, import with validation and preview, apply, export, reset. */
export function BureauPanel({ data }: { data: GeoData }) {
  const { t, i18n } = useTranslation();
  ensureBureauStrings(i18n);
  const lang = useAppStore((s) => s.lang);
  const includeSample = useAppStore((s) => s.includeSample);
  const ctx = useBureauContext(data);
  const flow = useBureauImport(ctx, includeSample);
  const current = useCallback(
    () => currentTables({ nodes: data.nodes, bureau: data.bureau }, ctx?.shippedStats ?? []),
    [data, ctx],
  );
  const names = useMemo(() => {
    const targets = new Map(ctx?.targets.map((x) => [x.id, x]) ?? []);
    const nodeName = new Map(data.nodes.features.map((f) => [f.properties.id, f.properties]));
    const previewRows = flow.preview?.nodes.features ?? [];
    for (const f of previewRows)
      if (!nodeName.has(f.properties.id)) nodeName.set(f.properties.id, f.properties);
    const park = (id: string) => {
      const p = data.index.park(id);
      return p ? nameIn(lang, p) : id === 'prefecture' ? t('bureau.panel.verdict.prefecture') : id;
    };
    const n: VerdictNames & { node: (id: string) => string; stat: (key: string) => string } = {
      industry: (id) => {
        const x = data.index.industry(id);
        return x ? nameIn(lang, x) : id;
      },
      link: (id) => {
        const x = data.index.link(id);
        return x ? nameIn(lang, x) : id;
      },
      park,
      target: (id) => {
        const x = targets.get(id);
        return x ? nameIn(lang, x) : id;
      },
      value: (id, v) => {
        const x = targets.get(id);
        const unit = x ? (lang === 'zh' ? x.unit_zh : x.unit_en) : '';
        return `${formatNumber(v, lang, 2)}${unit ? (lang === 'zh' ? unit : ` ${unit}`) : ''}`;
      },
      num: (v) => formatNumber(v, lang, 2),
      node: (id) => {
        const x = nodeName.get(id);
        return x ? `${nameIn(lang, x)} (${id})` : id;
      },
      stat: (key) => {
        const [p = '', year = ''] = key.split('~');
        return `${park(p)} · ${year}`;
      },
    };
    return n;
  }, [data, ctx, lang, t, flow.preview]);
  const record = data.bureau;
  const s = flow.state;
  return (
    <section
      className="bureau"
      aria-labelledby="bureau-h"
      data-testid="bureau-panel"
      data-ready={ctx ? 'true' : 'false'}
    >
      <h2 id="bureau-h">{t('bureau.title')}</h2>
      <p className="muted bureau-intro">{t('bureau.panel.intro')}</p>
      <div className="bureau-grid">
        <BureauStatus record={record} version={data.manifest.version} />
        <TemplateButtons catalog={data.catalog} current={current} lang={lang} />
        <ImportSection state={s} onPick={(f) => void flow.pick(f)} lang={lang} disabled={!ctx} />
        <PanelSaid message={flow.message} />
        {s.step === 'preview' && flow.preview ? (
          <ImportPreview
            files={s.files}
            warnings={s.warnings.map((w) => issueLine(w, t, lang))}
            preview={flow.preview}
            mode={flow.mode}
            onMode={flow.setMode}
            onApply={() => void flow.apply()}
            onCancel={flow.cancel}
            saving={s.saving}
            names={names}
            includeSample={includeSample}
          />
        ) : null}
        <ExportCard current={current} appliedAt={record?.appliedAt ?? null} />
        <ResetCard applied={record !== null} disabled={s.step === 'preview' && s.saving} />
      </div>
      {!ctx ? (
        <p className="status" role="status">
          {t('bureau.panel.loading')}
        </p>
      ) : null}
      {record ? (
        <span hidden data-testid="bureau-applied-at">
          {localMinute(record.appliedAt)}
        </span>
      ) : null}
    </section>
  );
}
