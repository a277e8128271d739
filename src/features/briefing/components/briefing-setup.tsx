import { type ChangeEvent, type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ensureBriefingStrings } from '../briefing-strings';
import { useEvidenceIndex } from '@/components/data/use-evidence-index';
import { isLang, nameIn, textIn } from '@/i18n/lang';
import { type Message, showMessage } from '@/i18n/message';
import type { GeoData } from '@/lib/data/use-geo-data';
import { useAppStore } from '@/store/app-store';
import { readBriefingFile } from '../model/briefing-file';

const MAX_TITLE = 120;
const MAX_NOTES = 1000;

/**
 * The briefing's set-up: the industry, the link in focus and the park (each automatic unless chosen),
 * the audience's language, an optional title and notes; or a briefing file saved before.
 */
export function SetupForm({ data, close }: { data: GeoData; close: () => void }) {
  const { t, i18n } = useTranslation();
  ensureBriefingStrings(i18n);
  const id = useId();
  const lang = useAppStore((s) => s.lang);
  const current = useAppStore((s) => s.industries);
  const currentLink = useAppStore((s) => s.link);
  const selection = useAppStore((s) => s.selection);
  const ix = useEvidenceIndex(data);
  const [industry, setIndustry] = useState(current[0] ?? data.catalog.industries[0]?.id ?? '');
  const [link, setLink] = useState(
    currentLink && ix.link(currentLink)?.industry === industry ? currentLink : '',
  );
  const page = useAppStore((s) => s.page);
  // The park selected on the map, or the park whose profile page this is.
  const [park, setPark] = useState(
    selection?.kind === 'park' ? selection.id : page.startsWith('park:') ? page.slice(5) : '',
  );
  const [audience, setAudience] = useState(lang);
  const [title, setTitle] = useState('');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<Message | null>(null);

  const start = (spec: {
    industry: string | null;
    link: string | null;
    park: string | null;
    title: string;
    notes: string;
  }) => {
    const s = useAppStore.getState();
    s.startBriefing(spec);
    if (s.page !== 'map') s.navigate('map');
    close();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    useAppStore.getState().setLang(audience);
    start({ industry: industry || null, link: link || null, park: park || null, title, notes });
  };
  const openFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const r = readBriefingFile(await file.text(), file.name);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    const s = useAppStore.getState();
    if (r.lang && isLang(r.lang)) s.setLang(r.lang);
    if (r.includeSample !== null) s.setIncludeSample(r.includeSample);
    s.setNotice(r.warnings[0] ?? { key: 'briefing.file.opened', params: { file: file.name } });
    start(r.spec);
  };
  const links = ix.linksOf(industry);
  return (
    <form onSubmit={submit} method="dialog">
      <h2 id="brief-setup-h">{t('briefing.setup.heading')}</h2>
      <p className="hint">{t('briefing.setup.generated')}</p>
      <label htmlFor={`${id}-ind`}>{t('briefing.setup.industry')}</label>
      <select
        id={`${id}-ind`}
        value={industry}
        data-testid="brief-industry"
        onChange={(e) => {
          setIndustry(e.target.value);
          setLink('');
        }}
      >
        {data.catalog.industries.map((i) => (
          <option key={i.id} value={i.id}>
            {nameIn(lang, i)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-link`}>{t('briefing.setup.link')}</label>
      <select
        id={`${id}-link`}
        value={link}
        data-testid="brief-link"
        onChange={(e) => setLink(e.target.value)}
      >
        <option value="">{t('briefing.setup.linkAuto')}</option>
        {links.map((l) => (
          <option key={l.id} value={l.id}>
            {nameIn(lang, l)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-park`}>{t('briefing.setup.park')}</label>
      <select
        id={`${id}-park`}
        value={park}
        data-testid="brief-park"
        onChange={(e) => setPark(e.target.value)}
      >
        <option value="">{t('briefing.setup.parkAuto')}</option>
        {ix.parks.map((p) => (
          <option key={p.id} value={p.id}>
            {textIn(lang, p, 'name')}
          </option>
        ))}
      </select>
      <fieldset>
        <legend>{t('briefing.setup.language')}</legend>
        {(['zh', 'en'] as const).map((l) => (
          <label key={l} className="inline">
            <input
              type="radio"
              name={`${id}-lang`}
              value={l}
              checked={audience === l}
              onChange={() => setAudience(l)}
              data-testid={`brief-lang-${l}`}
            />{' '}
            <span lang={l === 'zh' ? 'zh-CN' : 'en'}>{l === 'zh' ? '中文' : 'English'}</span>
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-title`}>{t('briefing.setup.customTitle')}</label>
      <input
        id={`${id}-title`}
        value={title}
        maxLength={MAX_TITLE}
        onChange={(e) => setTitle(e.target.value)}
        data-testid="brief-title-input"
      />
      <label htmlFor={`${id}-notes`}>{t('briefing.setup.notes')}</label>
      <textarea
        id={`${id}-notes`}
        value={notes}
        maxLength={MAX_NOTES}
        rows={3}
        onChange={(e) => setNotes(e.target.value)}
        data-testid="brief-notes-input"
      />
      {error ? (
        <p role="alert" className="status error" data-testid="brief-file-error">
          {showMessage(t, error)}
        </p>
      ) : null}
      <div className="brief-setup-actions">
        <button type="submit" className="primary" data-testid="brief-start">
          {t('briefing.setup.start')}
        </button>
        <label className="button" data-testid="brief-file-label">
          {t('briefing.setup.openFile')}
          <input
            type="file"
            accept=".json,application/json"
            onChange={openFile}
            data-testid="brief-file"
            className="sr-only"
          />
        </label>
        <button type="button" onClick={close} data-testid="brief-cancel">
          {t('briefing.setup.cancel')}
        </button>
      </div>
    </form>
  );
}
