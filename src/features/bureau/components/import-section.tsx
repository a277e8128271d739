import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '@/i18n/lang';
import type { SheetIssue } from '@/lib/data/bureau-types';
import { issueLine } from './issue-line';
import type { ImportStep } from './use-bureau-import';

export const SHEET_ACCEPT = '.xlsx,.xls,.ods,.csv';

/** 导入: the file picker (several files), the reading, and the problems found (nothing applied). */
export function ImportSection({
  state,
  onPick,
  lang,
  disabled,
}: {
  state: ImportStep;
  onPick: (files: File[]) => void;
  lang: Lang;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const busy = state.step === 'reading' || (state.step === 'preview' && state.saving);
  return (
    <section className="bureau-card bureau-import" aria-labelledby="bureau-import-h">
      <h3 id="bureau-import-h">{t('bureau.panel.import.title')}</h3>
      <p className="muted">{t('bureau.panel.import.hint')}</p>
      <div className="bureau-buttons">
        <button
          type="button"
          className="primary"
          onClick={() => input.current?.click()}
          disabled={disabled || busy}
          data-testid="bureau-import-button"
        >
          {state.step === 'problems' ? t('bureau.panel.import.again') : t('bureau.panel.import.pick')}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          disabled={disabled || busy}
          accept={SHEET_ACCEPT}
          data-testid="bureau-import-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length > 0) onPick(files);
          }}
        />
      </div>
      {state.step === 'reading' ? (
        <p className="bureau-progress" role="status" aria-live="polite" data-testid="bureau-reading">
          {t('bureau.panel.import.reading', { files: state.files.join(t('bureau.panel.verdict.list')) })}
        </p>
      ) : null}
      {state.step === 'problems' ? <IssueList issues={state.issues} lang={lang} /> : null}
    </section>
  );
}

function IssueList({ issues, lang }: { issues: SheetIssue[]; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <div className="bureau-issues" role="alert" data-testid="bureau-issues">
      <p>
        <strong>{t('bureau.panel.import.problemsTitle', { count: issues.length })}</strong>
      </p>
      <ul>
        {issues.map((issue, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: problems are listed once, in order, never reordered
          <li key={i} className="long-text" data-code={issue.code}>
            {issueLine(issue, t, lang)}
          </li>
        ))}
      </ul>
      <p className="muted">{t('bureau.panel.import.problemsHint')}</p>
    </div>
  );
}
