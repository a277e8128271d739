import { type ChildProcess, spawn } from 'node:child_process';
import { isAbsolute, join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export interface Served {
  url: string;
  stop: () => Promise<void>;
}

/** Starts scripts/serve.mjs on a free loopback port and resolves with its URL. */
export function serve(dir = process.env.XSBN_DIST ?? 'dist'): Promise<Served> {
  return new Promise((resolveP, reject) => {
    const child: ChildProcess = spawn(
      process.execPath,
      [join(root, 'scripts', 'serve.mjs'), '--root', isAbsolute(dir) ? dir : join(root, dir), '--port', '0'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 15_000);
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolveP({
          url: m[1],
          stop: () =>
            new Promise((r) => {
              child.once('exit', () => r());
              child.kill();
            }),
        });
      }
    });
    child.stderr?.on('data', (b: Buffer) => {
      out += b.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}): ${out}`));
    });
  });
}
