import { useTranslation } from 'react-i18next';
import { showMessage } from '@/i18n/message';
import { download } from '@/lib/download';
import { useAppStore } from '@/store/app-store';

/**
 * Stays in the Sites panel while the sites are not being saved: why, and how to keep them (export);
 * for a store that could not be read nor copied aside, buttons to download or discard its text.
 */
export function SitesStorageBanner() {
  const { t } = useTranslation();
  const storage = useAppStore((s) => s.sitesStorage);
  const release = useAppStore((s) => s.releaseHeldSites);
  if (storage.status === 'ok') return null;
  return (
    <div
      className="status warn data-missing long-text"
      role="status"
      data-testid="sites-storage"
      data-status={storage.status}
    >
      <p>{showMessage(t, storage.message)}</p>
      {storage.status === 'held' ? (
        <div className="btn-row">
          <button
            type="button"
            data-testid="download-held-sites"
            onClick={() => {
              const stamp = new Date().toISOString().replace(/[:.]/g, '-');
              download(`candidate-sites-unreadable-${stamp}.txt`, storage.raw, 'text/plain');
              release();
            }}
          >
            {t('sitesStore.downloadRaw')}
          </button>
          <button type="button" className="danger" data-testid="discard-held-sites" onClick={release}>
            {t('sitesStore.discardRaw')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
