import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFonts, shellText, toRanges } from './fonts';

const dir = mkdtempSync(join(tmpdir(), 'xsbn-fonts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hex = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}`;

describe('fonts', () => {
  it('writes code points as compact unicode ranges', () => {
    expect(toRanges([0x4e00, 0x4e01, 0x4e02, 0x4e05, 0x41])).toEqual(['U+41', 'U+4E00-4E02', 'U+4E05']);
  });

  it("reads the shell's text from index.html: title and body, without tags or comments", () => {
    const file = join(dir, 'index.html');
    writeFileSync(
      file,
      '<html><head><title>产业</title><meta content="不要"></head><body><!-- 注释 --><p class="x">地图</p></body></html>',
    );
    expect(shellText(file)).toBe('产业地图');
  });

  it("gives the shell's characters files of their own and declares each file's exact characters", async () => {
    const out = join(dir, 'fonts');
    await buildFonts(out, '西双版纳产业地图园区', '西双版纳');
    const css = readFileSync(join(out, 'xsbn-sans.css'), 'utf8');
    const first = readFileSync(join(out, 'xsbn-first.css'), 'utf8');
    const faces = `${first}${css}`
      .trim()
      .split('\n')
      .map((line) => ({
        file: /url\((?:\.\/)?([^)]+)\)/.exec(line)?.[1] ?? '',
        range: /unicode-range:([^}]+)/.exec(line)?.[1] ?? '',
      }));
    const fileOf = (c: string) => faces.find((f) => f.range.split(',').includes(hex(c)))?.file ?? 'none';
    // The shell's characters are embedded (data: URLs, inlined into index.html by the build); the
    // rest are files the page fetches.
    for (const c of '西双版纳') expect(fileOf(c)).toMatch(/^data:font\/woff2;base64,/);
    for (const c of '产业地图园区') expect(fileOf(c)).toMatch(/^app-noto/);
    expect(first.length).toBeLessThan(16_000);
    // MapLibre cannot read the stylesheet: the embedded faces are also files in font-faces.json.
    const mapFaces = JSON.parse(readFileSync(join(out, 'font-faces.json'), 'utf8')) as { url: string }[];
    const firstFiles = mapFaces.filter((f) => f.url.startsWith('fonts/app-first-'));
    expect(firstFiles.length).toBeGreaterThan(0);
    for (const f of firstFiles)
      expect(statSync(join(out, f.url.slice('fonts/'.length))).size).toBeGreaterThan(0);
    // The full subsets are the fallback, in a stylesheet of their own.
    expect(readFileSync(join(out, 'noto-sans-sc.css'), 'utf8')).toContain("font-family:'Noto Sans SC'");
    expect(css).not.toContain("'Noto Sans SC'");
  }, 60_000);
  it('cuts from a subset only the characters its file holds: none is written empty, the rest are uncovered', async () => {
    // Subsets 88 and 86 of Noto Sans SC declare U+25B8 (▸) and U+2922 (⤢) in their unicode-range, but
    // their files hold no glyph for them: a cut of only those had an empty glyf table that Chromium
    // refuses ("OTS parsing error: glyf: zero-length table"). A stale file of an earlier build goes.
    const out = join(dir, 'fonts-missing');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'app-noto-sans-sc-86-400-normal.woff2'), 'stale');
    const { uncovered } = await buildFonts(out, '园区\u25b8\u2922', '');
    expect(uncovered).toEqual(expect.arrayContaining(['\u25b8', '\u2922']));
    expect(uncovered).not.toContain('园');
    expect(existsSync(join(out, 'app-noto-sans-sc-86-400-normal.woff2'))).toBe(false);
    const cuts = readdirSync(out).filter((f) => /^(app|pdf)-.*\.(woff2|ttf)$/.test(f));
    expect(cuts.length).toBeGreaterThan(0);
    for (const f of cuts) {
      const font = fontkit.create(readFileSync(join(out, f)));
      expect(font.characterSet.filter((c) => c > 0x20).length, f).toBeGreaterThan(0);
    }
    const css = readFileSync(join(out, 'xsbn-sans.css'), 'utf8');
    expect(css).not.toMatch(/U\+25B8|U\+2922/);
  }, 60_000);
});
