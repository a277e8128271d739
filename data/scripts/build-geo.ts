/** CLI: `tsx data/scripts/build-geo.ts [dataDir] [outDir]` — validates data/ and writes public/geo/. */
import { join } from 'node:path';
import { AppSchemaError } from './lib/app-schemas';
import { buildGeo } from './lib/build';
import { buildFonts, charactersIn, FONT_FAMILY, shellText } from './lib/fonts';
import { buildMapGlyphs, labelCharacters, MAP_STYLE_CHARS } from './lib/map-glyphs';
import { DataError, formatIssue } from './lib/issues';

const root = join(import.meta.dirname, '..', '..');
const dataDir = process.argv[2] ?? join(root, 'data');
const outDir = process.argv[3] ?? join(root, 'public', 'geo');

try {
  const t0 = performance.now();
  const { manifest } = buildGeo(dataDir, outDir);
  const chars = charactersIn([dataDir, join(root, 'src'), join(root, 'index.html')]);
  const fonts = await buildFonts(join(root, 'public', 'fonts'), chars, shellText(join(root, 'index.html')));
  const glyphs = buildMapGlyphs(
    join(root, 'public', 'fonts'),
    labelCharacters(outDir, MAP_STYLE_CHARS),
    FONT_FAMILY,
    fonts.faces,
  );
  for (const f of manifest.files) {
    console.log(
      `  ${f.file.padEnd(20)} ${String(f.count ?? '').padStart(4)} features  ${(f.bytes / 1024).toFixed(1).padStart(7)} kB  ${f.hash}`,
    );
  }
  console.log(
    `  fonts: ${[...chars].length} characters used → ${(fonts.appBytes / 1024).toFixed(0)} kB cut-down subsets, full subsets as fallback`,
  );
  console.log(
    `  map labels: ${glyphs.glyphs} glyphs pre-built in ${glyphs.ranges} ranges, ${(glyphs.bytes / 1024).toFixed(0)} kB`,
  );
  if (fonts.uncovered.length > 0)
    console.warn(
      `  fonts: ${fonts.uncovered.length} character(s) in no font subset (a fallback font on screen, "?" in the PDF brief): ${fonts.uncovered.join(' ')}`,
    );
  console.log(
    `data build ok (${manifest.version}) in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${outDir}`,
  );
} catch (e) {
  if (e instanceof DataError) {
    console.error(`data build failed: ${e.issues.length} problem(s) in ${dataDir}`);
    for (const i of e.issues) console.error(`  ✗ ${formatIssue(i)}`);
    process.exit(1);
  }
  if (e instanceof AppSchemaError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
