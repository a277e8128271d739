/**
 * Self-hosted CJK font for map labels and the DOM (no glyph server, no remote font): copies the
 * unicode-range subsets of @fontsource/noto-sans-sc (OFL) into public/fonts and writes both the CSS
 * @font-face rules and the MapLibre `font-faces` list from the package's own CSS, so the two share files.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
export const FONT_FAMILY = 'Noto Sans SC';

export interface FontFace {
  url: string;
  'unicode-range': string[];
}

export function buildFonts(outDir: string, weights: number[] = [400]): { faces: FontFace[]; files: number } {
  const pkg = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
  mkdirSync(outDir, { recursive: true });
  const faces: FontFace[] = [];
  const css: string[] = [];
  for (const weight of weights) {
    const text = readFileSync(join(pkg, `${weight}.css`), 'utf8');
    for (const block of text.split('@font-face').slice(1)) {
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1]?.trim();
      if (!file) continue;
      copyFileSync(join(pkg, 'files', file), join(outDir, file));
      const ranges = range ? range.split(',').map((s) => s.trim()) : ['U+0-10FFFF'];
      if (weight === 400) faces.push({ url: `fonts/${file}`, 'unicode-range': ranges });
      css.push(
        `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-display:swap;font-weight:${weight};` +
          `src:url(./${file}) format('woff2');unicode-range:${ranges.join(',')}}`,
      );
    }
  }
  writeFileSync(join(outDir, 'noto-sans-sc.css'), `${css.join('\n')}\n`);
  writeFileSync(join(outDir, 'font-faces.json'), `${JSON.stringify(faces)}\n`);
  return { faces, files: css.length };
}
