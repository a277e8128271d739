import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preview } from '../apply/preview';
import type { VerdictNames } from '../apply/verdict-words';
import type { KeyedDiff } from '../model/diff';
import type { ImportMode } from '../model/merge';
import { ShortList } from './short-list';
import { VerdictList } from './verdict-list';

export interface PreviewProps {
  files: string[];
  /** Notes that do not stop the import (a blank sheet skipped, an encoding guessed), in the UI's language. */
  warnings: string[];
  preview: Preview;
  mode: ImportMode;
  onMode: (m: ImportMode) => void;
  onApply: () => void;
  onCancel: () => void;
  saving: boolean;
  names: VerdictNames & { node: (id: string) => string; stat: (key: string) => string };
  includeSample: boolean;
}

/** The preview: merge or replace, the records added / changed / removed, the verdicts; then apply or cancel. */
export function ImportPreview(p: PreviewProps) {
  const { t } = useTranslation();
  const ids = useId();
  const { diff } = p.preview;
  const same = [diff.nodes, diff.stats].every(
    (d) => d.added.length + d.changed.length + d.removed.length === 0,
  );
  return (
    <section className="bureau-preview" aria-labelledby={`${ids}-h`} data-testid="bureau-preview">
      <h3 id={`${ids}-h`}>{t('bureau.panel.preview.title')}</h3>
      <p className="muted long-text">
        {t('bureau.panel.preview.files', { files: p.files.join(t('bureau.panel.verdict.list')) })}
      </p>
      {p.warnings.length > 0 ? (
        <ul className="bureau-warnings" data-testid="bureau-warnings">
          {p.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      <fieldset className="bureau-mode">
        <legend>{t('bureau.panel.preview.mode')}</legend>
        {(['merge', 'replace'] as const).map((m) => (
          <label key={m} className="bureau-mode-option">
            <input
              type="radio"
              name={`${ids}-mode`}
              value={m}
              checked={p.mode === m}
              onChange={() => p.onMode(m)}
              disabled={p.saving}
              data-testid={`bureau-mode-${m}`}
            />
            <span>
              <strong>{t(`bureau.panel.preview.${m}`)}</strong>{' '}
              <span className="muted">{t(`bureau.panel.preview.${m}Hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {same ? (
        <p data-testid="bureau-no-change">{t('bureau.panel.preview.noChange')}</p>
      ) : (
        <div className="bureau-diff">
          <DiffBlock
            title={t('bureau.panel.preview.nodes')}
            diff={diff.nodes}
            name={p.names.node}
            kind="nodes"
          />
          <DiffBlock
            title={t('bureau.panel.preview.stats')}
            diff={diff.stats}
            name={p.names.stat}
            kind="stats"
          />
        </div>
      )}
      <VerdictList changes={p.preview.verdicts} names={p.names} includeSample={p.includeSample} />
      <div className="bureau-buttons bureau-decide">
        <button
          type="button"
          className="primary"
          onClick={p.onApply}
          disabled={p.saving}
          aria-busy={p.saving}
          data-testid="bureau-apply"
        >
          {p.saving ? t('bureau.panel.preview.saving') : t('bureau.panel.preview.apply')}
        </button>
        <button type="button" onClick={p.onCancel} disabled={p.saving} data-testid="bureau-cancel">
          {t('bureau.panel.preview.cancel')}
        </button>
      </div>
    </section>
  );
}

function DiffBlock({
  title,
  diff,
  name,
  kind,
}: {
  title: string;
  diff: KeyedDiff;
  name: (id: string) => string;
  kind: 'nodes' | 'stats';
}) {
  const { t } = useTranslation();
  const field = (f: string) => t(`bureau.sheet.col.${f}.label` as never);
  const sep = t('bureau.panel.verdict.list');
  const parts = [
    { key: 'added', lines: diff.added.map(name) },
    {
      key: 'changed',
      lines: diff.changed.map(
        (c) => `${name(c.id)}${t('bureau.panel.preview.fields', { fields: c.fields.map(field).join(sep) })}`,
      ),
    },
    { key: 'removed', lines: diff.removed.map(name) },
  ] as const;
  return (
    <div className="bureau-diff-block" data-testid={`bureau-diff-${kind}`}>
      <h4>{title}</h4>
      <p className="bureau-counts">
        {parts.map((x) => (
          <span
            key={x.key}
            className={`bureau-count bureau-${x.key}`}
            data-testid={`bureau-${kind}-${x.key}`}
          >
            {t(`bureau.panel.preview.${x.key}`, { count: x.lines.length })}
          </span>
        ))}
      </p>
      {parts
        .filter((x) => x.lines.length > 0)
        .map((x) => (
          <div key={x.key} className="bureau-diff-list" data-list={x.key}>
            <h5>{t(`bureau.panel.preview.${x.key}`, { count: x.lines.length })}</h5>
            <ShortList items={x.lines} />
          </div>
        ))}
    </div>
  );
}
