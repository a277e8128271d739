import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const SHOWN = 8;

/** A list that shows its first lines and the rest on request ("and N more"). */
export function ShortList({ items }: { items: string[] }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <>
      <ul className="bureau-list">
        {shown.map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines are derived, listed once, never reordered
          <li key={i} className="long-text">
            {line}
          </li>
        ))}
      </ul>
      {items.length > SHOWN && !all ? (
        <button type="button" className="linkish" onClick={() => setAll(true)}>
          {t('bureau.panel.preview.more', { count: items.length - SHOWN })}
        </button>
      ) : null}
    </>
  );
}
