import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** The bare MapLibre page of `npm run bench`: built into dist-bench/ with the app's public/ (geo, fonts). */
export default defineConfig({
  root: at('./bare'),
  base: './',
  publicDir: at('../public'),
  resolve: { alias: { '@': at('../src') } },
  build: {
    outDir: at('../dist-bench'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
  },
  logLevel: 'warn',
});
