import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's link (the routed project is in it), with a copy button. */
export function ShareLink() {
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
