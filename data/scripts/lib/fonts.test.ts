import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
});
