import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '@/store/app-store';

/**
 * Files dropped anywhere on the page are imported (they never leave the browser) through the same steps
 * as the 导入 / Import button: the import worker, its progress, the confirm card in the checks panel. The
 * import code loads on the first drop; a failure of that load becomes a notice, never an unhandled rejection.
 */
export function DropZone({ className, children }: { className: string; children: ReactNode }) {
  const { i18n } = useTranslation();
  const [dragging, setDragging] = useState(false);
  const onDrop = async (e: React.DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const files = [...e.dataTransfer.files];
    if (files.length === 0) return;
    const store = useAppStore.getState();
    // The checks panel shows the import's progress, its confirm card and any error.
    store.setPanel('checks');
    try {
      const { importIntoStore } = await import('@/features/workbench/components/import-into-store');
      importIntoStore(files, i18n, 'layers');
    } catch (err) {
      // Only the import code's own load can fail here; the import itself reports in the panel.
      store.setNotice({
        key: 'errors.unexpected',
        params: { detail: err instanceof Error ? err.message : String(err) },
      });
    }
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping files is a pointer shortcut; the 导入 / Import button is the keyboard path
    <div
      className={`${className}${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => void onDrop(e)}
    >
      {children}
    </div>
  );
}
