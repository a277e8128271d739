import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '@/store/app-store';
import { currentViewUrl } from '@/store/url-sync';

/** The link to this view (the routed project is in it), with a copy button. */
export function ShareLink() {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  // Re-render when the view changes; the link itself comes from the store.
  useAppStore((s) => s.project);
  const url = currentViewUrl();
  return (
    <p className="share">
      <label>
        {t('wb.share')}
        <input readOnly value={url} onFocus={(e) => e.target.select()} data-testid="share-url" />
      </label>
      <button
        type="button"
        onClick={() => {
          void navigator.clipboard
            ?.writeText(currentViewUrl())
            .then(() => setCopied(true))
            .catch(() => setCopied(false));
        }}
      >
        {copied ? t('wb.copied') : t('wb.share')}
      </button>
    </p>
  );
}
