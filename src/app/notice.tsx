import { useTranslation } from 'react-i18next';
import { useAppStore } from '@/store/app-store';

/** A quiet, dismissable line (e.g. URL parameters that were ignored). */
export function Notice() {
  const { t } = useTranslation();
  const notice = useAppStore((s) => s.notice);
  const setNotice = useAppStore((s) => s.setNotice);
  if (!notice) return null;
  return (
    <div className="notice" role="status" data-testid="notice">
      <span>{notice}</span>
      <button type="button" onClick={() => setNotice(null)}>
        {t('dismiss')}
      </button>
    </div>
  );
}
