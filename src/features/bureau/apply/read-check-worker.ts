/**
 * The bureau's import worker: reads and checks the picked files off the page's thread (a 20,000-row
 * ledger takes seconds), so the page keeps answering. One request at a time per message id.
 */
import type { ValidateContext } from '../model/validate-rows';
import { readAndCheck } from './read-check';

export interface ReadCheckRequest {
  id: number;
  files: File[];
  ctx: ValidateContext;
}

self.onmessage = async (e: MessageEvent<ReadCheckRequest>) => {
  const { id, files, ctx } = e.data;
  try {
    // Plain objects: a File has a bytes() method in current browsers, which the reader would take for
    // bytes already read.
    const inputs = files.map((f) => ({ name: f.name, size: f.size, arrayBuffer: () => f.arrayBuffer() }));
    self.postMessage({ id, result: await readAndCheck(inputs, ctx) });
  } catch (err) {
    self.postMessage({ id, crash: err instanceof Error ? err.message || err.name : String(err) });
  }
};
