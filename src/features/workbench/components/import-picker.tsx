import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type ImportTarget, setImportOptions, useImportFlow } from './import-flow';
import { importIntoStore } from './import-into-store';

/** What the import inputs accept (the import reads more by content; this only guides the picker). */
export const IMPORT_ACCEPT =
  '.geojson,.json,.kml,.kmz,.csv,.txt,.zip,.shp,.dbf,.prj,.shx,.cpg,.gpkg,.dxf,.gpx,.fgb';

/**
 * A button that opens a real <input type=file> and hands the picked files to the import of `target`
 * (layers or sites); disabled while that import is busy.
 */
export function ImportPicker(props: {
  target: ImportTarget;
  label: string;
  buttonTestid: string;
  inputTestid: string;
  primary?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const busy = useImportFlow(props.target).status === 'busy';
  return (
    <>
      <button
        type="button"
        className={props.primary ? 'primary' : undefined}
        onClick={() => input.current?.click()}
        disabled={busy}
        data-testid={props.buttonTestid}
      >
        {busy ? t('wb.importing') : props.label}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept={IMPORT_ACCEPT}
        data-testid={props.inputTestid}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) importIntoStore(files, i18n, props.target);
        }}
      />
    </>
  );
}

/** The 坐标为 GCJ-02 option of an import. */
export function Gcj02Option({ target, testid }: { target: ImportTarget; testid: string }) {
  const { t } = useTranslation();
  const f = useImportFlow(target);
  return (
    <label className="inline">
      <input
        type="checkbox"
        checked={f.options.gcj02}
        onChange={(e) => setImportOptions(target, { gcj02: e.target.checked })}
        data-testid={testid}
      />{' '}
      {t('wb.gcj02')}
    </label>
  );
}
