import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '@/store/app-store';

/**
 * Files dropped anywhere on the page are imported (they never leave the browser). The import code
 * loads on the first drop; a failure, even of that load, becomes a notice, never an unhandled rejection.
 */
export function DropZone({ className, children }: { className: string; children: ReactNode }) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);
  const onDrop = async (e: React.DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const files = [...e.dataTransfer.files];
    if (files.length === 0) return;
    const store = useAppStore.getState();
    store.setPanel('checks');
    try {
      const { importIntoStore } = await import('@/features/workbench/components/import-into-store');
      const error = await importIntoStore(files, { gcj02: false, redline: false }, t);
      if (error) store.setNotice({ key: 'errors.unexpected', params: { detail: error } });
    } catch (err) {
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
