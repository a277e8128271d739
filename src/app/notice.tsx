import { useTranslation } from 'react-i18next';
import { showMessage } from '@/i18n/message';
import { useAppStore } from '@/store/app-store';

/** A quiet, dismissable line (URL parameters that were ignored, a storage problem), in the UI's language. */
export function Notice() {
  const { t } = useTranslation();
  const notice = useAppStore((s) => s.notice);
  const setNotice = useAppStore((s) => s.setNotice);
  if (!notice) return null;
  return (
    <div className="notice" role="status" data-testid="notice">
      <span>{showMessage(t, notice)}</span>
      <button type="button" onClick={() => setNotice(null)}>
        {t('dismiss')}
      </button>
    </div>
  );
}
