import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { cspMeta } from './scripts/vite-csp';
import { LongestFirst } from './scripts/test-sequencer';
import { prerenderPages } from './scripts/vite-prerender';
import { inlineFirstPaint, preloadApp } from './scripts/vite-inline-first-paint';

export default defineConfig({
  base: './',
  // cspMeta last of the HTML transforms: it hashes the final inline blocks. prerenderPages copies the
  // finished index.html (its inline blocks and policy unchanged) into the static pages.
  plugins: [react(), inlineFirstPaint(), preloadApp(), cspMeta(), prerenderPages()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500, reportCompressedSize: true },
  // The import worker (features/workbench/import/import-worker.ts) is a module worker: its parsers load
  // on demand (dynamic imports), which an iife worker cannot do.
  worker: { format: 'es' },
  test: {
    // Two at a time, one per core: three were tried (issue 12) and took as long, the CPU being the limit.
    maxWorkers: 2,
    // The longest files first (test/durations.json), so the two workers finish together.
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'data/**/*.test.ts', 'test/unit/**/*.test.ts'],
          environment: 'node',
          // Some files build the whole data set in beforeAll (~3 s alone): beside two browser files on
          // two cores, more than the 10 s default (build.test timed out so in a full run).
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          // Two files at a time (two Chromiums on two cores): each test is slower, the suite some
          // 30% shorter, which keeps CI well inside its 15 minutes.
          fileParallelism: true,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // expect.poll's default (1 s) is shorter than a debounced URL write (400 ms of stillness) plus a
          // software-rendered frame on a loaded machine: polls wait up to 10 s (they end as soon as they hold).
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
