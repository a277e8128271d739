/**
 * The state of an import from pick to map, for the layers' 导入 / Import and the sites' 导入候选地 / Import
 * sites: busy (the worker reads and parses, with progress; cancellable), pending (the confirm card: the
 * result waits for 添加 / Add or 取消 / Cancel; changing the coordinate system re-runs the import), or
 * idle with the last problem or message. Kept outside React so a drop on the map (src/app/drop-zone.tsx)
 * can start an import before the panel that shows it has loaded.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Message } from '@/i18n/message';
import { forgetImportFiles, type ImportOk, startImport } from '../import/import-client';
import type { CrsOverride, ImportError, ImportProgress } from '../import/types';

export type ImportTarget = 'layers' | 'sites';

/** What went wrong: a refusal with a code (cancelled included), or a crash (errors.unexpected). */
export type ImportProblem = { error: ImportError } | { crash: string };

export interface ImportOptionsState {
  gcj02: boolean;
  redline: boolean;
}

export interface Flow {
  status: 'idle' | 'busy' | 'pending';
  /** The files of the import under way, waiting, or that last failed (named in its message). */
  files: File[];
  progress: ImportProgress | null;
  /** The result waiting on the confirm card. */
  result: ImportOk | null;
  /** A re-run with another coordinate system is under way (the card stays, its buttons wait). */
  rerunning: boolean;
  crs: CrsOverride | null;
  problem: ImportProblem | null;
  /** What the last confirm did (sites: how many added, which skipped). */
  message: Message | null;
  options: ImportOptionsState;
}

const idle = (options: ImportOptionsState): Flow => ({
  status: 'idle',
  files: [],
  progress: null,
  result: null,
  rerunning: false,
  crs: null,
  problem: null,
  message: null,
  options,
});

const NO_OPTIONS: ImportOptionsState = { gcj02: false, redline: false };

export const importFlows = createStore<Record<ImportTarget, Flow>>(() => ({
  layers: idle(NO_OPTIONS),
  sites: idle(NO_OPTIONS),
}));

export const useImportFlow = (target: ImportTarget): Flow => useStore(importFlows, (s) => s[target]);

const patch = (target: ImportTarget, p: Partial<Flow>) =>
  importFlows.setState((s) => ({ [target]: { ...s[target], ...p } }) as Record<ImportTarget, Flow>);
const flow = (target: ImportTarget) => importFlows.getState()[target];

/** The running import of each target: its cancel and a token that makes a stale answer harmless. */
const running: Record<ImportTarget, { token: number; cancel: () => void }> = {
  layers: { token: 0, cancel: () => {} },
  sites: { token: 0, cancel: () => {} },
};

function run(target: ImportTarget, files: File[], crs: CrsOverride | null) {
  running[target].cancel();
  const token = running[target].token + 1;
  const { gcj02 } = flow(target).options;
  const handle = startImport(files, crs ? { gcj02, crs } : { gcj02 }, (progress) => {
    if (running[target].token === token) patch(target, { progress });
  });
  running[target] = { token, cancel: handle.cancel };
  void handle.result.then((o) => {
    if (running[target].token !== token) return;
    running[target].cancel = () => {};
    if (o.ok) {
      patch(target, { status: 'pending', result: o, rerunning: false, progress: null, problem: null, crs });
      return;
    }
    const problem: ImportProblem = o.error ? { error: o.error } : { crash: o.crash };
    // A failed re-run keeps the card with the earlier result; a first run ends idle with the problem.
    if (flow(target).rerunning)
      patch(target, { status: 'pending', rerunning: false, progress: null, problem });
    else patch(target, { ...idle(flow(target).options), files: flow(target).files, problem });
  });
}

export function setImportOptions(target: ImportTarget, options: Partial<ImportOptionsState>): void {
  patch(target, { options: { ...flow(target).options, ...options } });
}

/** Starts an import of picked or dropped files (an import under way, or a waiting card, is replaced). */
export function beginImport(target: ImportTarget, files: File[]): void {
  if (files.length === 0) return;
  if (flow(target).status === 'pending') forgetImportFiles();
  patch(target, { ...idle(flow(target).options), status: 'busy', files });
  run(target, files, null);
}

/** Re-runs the waiting import in another coordinate system (the worker kept the files' bytes). */
export function rerunImport(target: ImportTarget, crs: CrsOverride): void {
  const f = flow(target);
  if (f.status !== 'pending') return;
  patch(target, { rerunning: true, problem: null, progress: null });
  run(target, f.files, crs);
}

/** Cancel: the worker is terminated and the busy state ends at once. */
export function cancelImport(target: ImportTarget): void {
  const f = flow(target);
  if (f.status === 'idle') return;
  running[target].cancel();
  running[target] = { token: running[target].token + 1, cancel: () => {} };
  const file = f.files.map((x) => x.name).join(', ');
  const error: ImportError = { code: 'cancelled', file, detail: `The import of ${file} was cancelled.` };
  patch(target, { ...idle(f.options), files: f.files, problem: { error } });
}

/** The card was answered: the result is taken (`message` says what came of it) or dropped. */
export function finishImport(target: ImportTarget, message: Message | null = null): void {
  forgetImportFiles();
  patch(target, { ...idle(flow(target).options), message });
}
