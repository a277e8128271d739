/**
 * The import's steps: reading the files → their problems (nothing applied) or the preview (mode merge or
 * replace) → apply (one IndexedDB transaction, THEN the query cache: every page follows) or cancel
 * (nothing applied). A refused save changes nothing and says why.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { type BureauLoad, type BureauWriteProblem, saveBureau, storageEstimate } from '@/lib/data/bureau-db';
import type { LedgerRow, SheetIssue, StatRow } from '@/lib/data/bureau-types';
import { bureauQueryOptions } from '@/lib/data/use-geo-data';
import { buildRecord } from '../apply/build-record';
import { type Preview, type PreviewContext, previewImport } from '../apply/preview';
import type { ImportMode } from '../model/merge';
import type { ValidateContext } from '../model/validate-rows';
import { readAndCheckOffThread } from '../apply/read-check-client';

export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; files: string[] }
  | { step: 'problems'; files: string[]; issues: SheetIssue[] }
  | {
      step: 'preview';
      files: string[];
      imported: { ledger: LedgerRow[] | null; stats: StatRow[] | null };
      warnings: SheetIssue[];
      saving: boolean;
    };

/** What the panel says after a step (kept until the next one). */
export type PanelMessage =
  | { kind: 'applied'; at: string }
  | { kind: 'cancelled' }
  | { kind: 'save-failed'; problem: BureauWriteProblem; detail: string; used?: number; quota?: number }
  | { kind: 'read-failed'; detail: string }
  | { kind: 'nothing' };

const detailOf = (e: unknown) => (e instanceof Error ? e.message || e.name : String(e));

export function useBureauImport(
  ctx: (PreviewContext & ValidateContext & { baseVersion: string }) | null,
  includeSample: boolean,
) {
  const client = useQueryClient();
  const [state, setState] = useState<ImportStep>({ step: 'idle' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const [message, setMessage] = useState<PanelMessage | null>(null);

  const pick = useCallback(
    async (files: File[]) => {
      if (!ctx || files.length === 0) return;
      const names = files.map((f) => f.name);
      setMessage(null);
      setState({ step: 'reading', files: names });
      try {
        // Read and checked in the bureau's worker (the page keeps answering); the same code on the page
        // when no worker starts. Only what the checks need of the context is posted.
        const checked = await readAndCheckOffThread(files, {
          catalog: ctx.catalog,
          counties: ctx.counties,
          parkOutlines: ctx.parkOutlines,
        });
        if (!checked.ok) {
          setState({ step: 'problems', files: names, issues: checked.issues });
          return;
        }
        if (checked.ledger === null && checked.stats === null) {
          setState({ step: 'idle' });
          setMessage({ kind: 'nothing' });
          return;
        }
        setMode('merge');
        setState({
          step: 'preview',
          files: names,
          imported: { ledger: checked.ledger, stats: checked.stats },
          warnings: checked.warnings,
          saving: false,
        });
      } catch (e) {
        setState({ step: 'idle' });
        setMessage({ kind: 'read-failed', detail: detailOf(e) });
      }
    },
    [ctx],
  );

  const imported = state.step === 'preview' ? state.imported : null;
  const preview: Preview | null = useMemo(
    () => (ctx && imported ? previewImport(ctx, imported, mode, includeSample) : null),
    [ctx, imported, mode, includeSample],
  );

  const cancel = useCallback(() => {
    setState({ step: 'idle' });
    setMessage({ kind: 'cancelled' });
  }, []);

  const apply = useCallback(async () => {
    if (!ctx || !preview || state.step !== 'preview' || state.saving) return;
    setState({ ...state, saving: true });
    const record = buildRecord(preview.merged, preview.nodes, {
      baseVersion: ctx.baseVersion,
      files: state.files,
      now: new Date(),
    });
    const saved = await saveBureau(record);
    if (!saved.ok) {
      // Nothing changed: the data in use stays; the preview stays, to try again.
      const est = saved.problem === 'full' ? await storageEstimate() : null;
      setState({ ...state, saving: false });
      setMessage({
        kind: 'save-failed',
        problem: saved.problem,
        detail: saved.detail,
        ...(est ? { used: est.usage, quota: est.quota } : {}),
      });
      return;
    }
    // Saved: only now does the app read it (the map, the panels, the monitoring view).
    client.setQueryData<BureauLoad>(bureauQueryOptions().queryKey, { record });
    void client.invalidateQueries({ queryKey: ['bureau', 'storage'] });
    setState({ step: 'idle' });
    setMessage({ kind: 'applied', at: record.appliedAt });
  }, [ctx, preview, state, client]);

  const reset = useCallback(() => {
    setState({ step: 'idle' });
  }, []);

  return { state, mode, setMode, preview, message, setMessage, pick, apply, cancel, reset };
}
