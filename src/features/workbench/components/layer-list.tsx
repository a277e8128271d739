import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LongText } from '@/components/ui/long-text';
import { labelOr, showMessage } from '@/i18n/message';
import { formatNumber } from '@/lib/format';
import { LAYER_COLORS } from '@/lib/layer-colors';
import { useAppStore } from '@/store/app-store';
import type { ImportedLayer } from '@/store/workbench-slice';
import { ensureGisStrings } from '../gis-strings';
import { layerBounds } from '../model/imported-areas';
import { AttributeTable } from './attribute-table';
import { LayerExport } from './export-menu';
import { LayersStorageBanner } from './layers-storage-banner';

/** How long a removed layer can be brought back. */
const UNDO_MS = 8000;

/**
 * The imported layers (red lines included): show/hide, rename, colour, zoom to, the attribute table,
 * remove with a short undo; what each holds (format, features, red line) and its import notes. Above
 * them, whether they are being kept (layers-storage-banner.tsx).
 */
export function LayerList() {
  const { t, i18n } = useTranslation();
  ensureGisStrings(i18n);
  const imported = useAppStore((s) => s.imported);
  const [tableFor, setTableFor] = useState<string | null>(null);
  const [removed, setRemoved] = useState<{ layer: ImportedLayer; at: number } | null>(null);
  useEffect(
    function forgetRemoved() {
      if (!removed) return;
      const timer = setTimeout(() => setRemoved(null), UNDO_MS);
      return () => clearTimeout(timer);
    },
    [removed],
  );
  const remove = (l: ImportedLayer) => {
    const at = useAppStore.getState().imported.findIndex((x) => x.id === l.id);
    useAppStore.getState().removeImported(l.id);
    if (tableFor === l.id) setTableFor(null);
    setRemoved({ layer: l, at });
  };
  const undo = () => {
    if (!removed) return;
    useAppStore.getState().addImported(removed.layer, removed.at);
    setRemoved(null);
  };
  const table = imported.find((l) => l.id === tableFor);
  return (
    <div className="layer-list" data-testid="layer-list">
      <LayersStorageBanner />
      {imported.length > 0 ? (
        <>
          <h4>{t('gis.layers.title')}</h4>
          <ul className="imported-list" data-testid="imported-list">
            {imported.map((l) => (
              <LayerRow
                key={l.id}
                layer={l}
                onTable={() => setTableFor(tableFor === l.id ? null : l.id)}
                tableOpen={tableFor === l.id}
                onRemove={() => remove(l)}
              />
            ))}
          </ul>
        </>
      ) : null}
      {removed ? (
        <p className="layer-undo" role="status">
          <span className="long-text">{t('gis.layers.removed', { name: removed.layer.name })}</span>
          {' · '}
          <button type="button" className="small" data-testid="layer-undo" onClick={undo}>
            {t('gis.layers.undo')}
          </button>
        </p>
      ) : null}
      {table ? <AttributeTable layer={table} onClose={() => setTableFor(null)} /> : null}
    </div>
  );
}

function LayerRow({
  layer: l,
  onTable,
  tableOpen,
  onRemove,
}: {
  layer: ImportedLayer;
  onTable: () => void;
  tableOpen: boolean;
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { updateImported, moveCamera } = useAppStore.getState();
  const lang = useAppStore((s) => s.lang);
  // A format code from the import (geojson, jzd…) in words; an older layer's own label as it is.
  const format = labelOr(t, (k) => i18n.exists(k), `gis.import.formatNames.${l.format}`, l.format);
  const [renaming, setRenaming] = useState(false);
  // A walk over every coordinate: once per layer's data, not on every render of the list.
  const bbox = useMemo(() => layerBounds(l.data), [l.data]);
  const name = { name: l.name };
  return (
    <li className="layer-row" data-testid="layer-row" data-layer={l.id}>
      <div className="layer-head">
        <input
          type="checkbox"
          checked={l.visible}
          onChange={(e) => updateImported(l.id, { visible: e.target.checked })}
          aria-label={t('gis.layers.visible', name)}
          data-testid="layer-visible"
        />
        <ColorPicker layer={l} />
        {renaming ? (
          <RenameField layer={l} onDone={() => setRenaming(false)} />
        ) : (
          // A double-click renames (the ✎ button next to it does the same from the keyboard).
          // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut for the ✎ button
          <span className="layer-name" onDoubleClick={() => setRenaming(true)} data-testid="layer-name">
            <LongText text={l.name} lines={2} />
          </span>
        )}
        {renaming ? null : (
          <button
            type="button"
            className="icon-btn"
            onClick={() => setRenaming(true)}
            aria-label={t('gis.layers.renameLayer', name)}
            title={t('gis.layers.rename')}
            data-testid="layer-rename"
          >
            ✎
          </button>
        )}
      </div>
      <p className="muted layer-meta">
        {format} · {t('gis.layers.features', { n: formatNumber(l.data.features.length, lang) })}
        {l.redline ? (
          <>
            {' · '}
            <span className="redline-tag" data-testid="layer-redline-tag">
              {t('gis.layers.redline')}
            </span>
          </>
        ) : null}
      </p>
      {l.warnings.length > 0 ? (
        <p className="hint long-text" data-testid="import-warnings">
          {t('gis.layers.warnings')}: {l.warnings.map((w) => showMessage(t, w)).join(t('listSep'))}
        </p>
      ) : null}
      <div className="btn-row">
        <label className="inline">
          <input
            type="checkbox"
            checked={l.redline}
            onChange={(e) => updateImported(l.id, { redline: e.target.checked })}
            data-testid="layer-redline"
          />{' '}
          {t('gis.layers.redline')}
        </label>
        <button
          type="button"
          className="small"
          disabled={!bbox}
          onClick={() => bbox && moveCamera({ kind: 'bounds', bbox, maxZoom: 15 })}
          aria-label={t('gis.layers.zoomTo', name)}
          data-testid="layer-zoom"
        >
          {t('gis.layers.zoom')}
        </button>
        <button
          type="button"
          className="small"
          onClick={onTable}
          aria-label={t('gis.layers.tableOf', name)}
          aria-expanded={tableOpen}
          data-testid="layer-table"
        >
          {t('gis.layers.table')}
        </button>
        <button
          type="button"
          className="small danger"
          onClick={onRemove}
          aria-label={t('gis.layers.removeLayer', name)}
          data-testid="layer-remove"
        >
          {t('gis.layers.remove')}
        </button>
      </div>
      <LayerExport layerId={l.id} name={l.name} />
    </li>
  );
}

/** The name as a text field: Enter saves, Esc cancels (so does leaving it with Esc); leaving it saves. */
function RenameField({ layer, onDone }: { layer: ImportedLayer; onDone: () => void }) {
  const { t } = useTranslation();
  const cancelled = useRef(false);
  const save = (value: string) => {
    if (!cancelled.current) useAppStore.getState().renameImported(layer.id, value);
    onDone();
  };
  return (
    <input
      type="text"
      className="layer-name-field"
      defaultValue={layer.name}
      maxLength={120}
      // biome-ignore lint/a11y/noAutofocus: the planner asked to rename: the field takes the focus
      autoFocus
      aria-label={t('gis.layers.nameField')}
      title={t('gis.layers.renameHint')}
      data-testid="layer-name-input"
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        else if (e.key === 'Escape') {
          e.stopPropagation();
          cancelled.current = true;
          e.currentTarget.blur();
        }
      }}
      onBlur={(e) => save(e.currentTarget.value)}
    />
  );
}

/**
 * The layer's colour: a swatch that opens eight colours (a pick closes it) and the browser's own colour
 * picker; Esc closes it too.
 */
function ColorPicker({ layer: l }: { layer: ImportedLayer }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDetailsElement>(null);
  const close = () => {
    if (box.current) box.current.open = false;
  };
  const setColor = (c: string) => useAppStore.getState().setImportedColor(l.id, c);
  const color = l.color ?? LAYER_COLORS[0];
  return (
    <details
      className="layer-color"
      ref={box}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && box.current?.open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <summary
        aria-label={t('gis.layers.colorOf', { name: l.name })}
        title={t('gis.layers.color')}
        data-testid="layer-color"
        data-color={color}
      >
        <span className="layer-swatch" style={{ background: color }} />
      </summary>
      <div className="layer-colors">
        {LAYER_COLORS.map((c, i) => (
          <button
            key={c}
            type="button"
            className="layer-swatch-btn"
            aria-label={t('gis.layers.colorPick', { name: l.name, n: i + 1 })}
            aria-pressed={c.toLowerCase() === color.toLowerCase()}
            data-testid="layer-color-option"
            data-color={c}
            onClick={() => {
              setColor(c);
              close();
            }}
          >
            <span className="layer-swatch" style={{ background: c }} />
          </button>
        ))}
        <input
          type="color"
          value={color}
          onChange={(e) => setColor(e.target.value)}
          aria-label={t('gis.layers.colorCustom', { name: l.name })}
          data-testid="layer-color-input"
        />
      </div>
    </details>
  );
}
