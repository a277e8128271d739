/**
 * Rules for every stylesheet under src/: colours only as tokens (tokens.css is the one file that
 * writes them, generated from src/lib/palette.ts and src/lib/ui-tokens.ts), media queries only at
 * the breakpoints of src/lib/breakpoints.ts, one block per query and file, and no token used that
 * nobody defines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BREAKPOINTS_PX, PHONE_MAX_PX, PHONE_QUERY } from '@/lib/breakpoints';
import { cssTokens, TOKENS_CSS_PATH } from '@/lib/css-tokens';
import { ui } from '@/lib/ui-tokens';

const root = join(import.meta.dirname, '..', '..');
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : [],
  );
const sheets = walk(join(root, 'src')).map((file) => ({
  file: relative(root, file).split('\\').join('/'),
  // Comments out: they may name a colour or a width.
  css: readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''),
}));
const others = sheets.filter((s) => s.file !== TOKENS_CSS_PATH);

/** The value of every declaration (`prop: value`), selectors left out (`#root` is not a colour). */
const values = (css: string) =>
  [...css.matchAll(/([\w-]+)\s*:\s*([^;{}]+)(?=[;}])/g)].map((m) => ({ prop: m[1], value: m[2] ?? '' }));

describe('stylesheets', () => {
  it('are found', () => {
    expect(sheets.map((s) => s.file)).toContain(TOKENS_CSS_PATH);
    expect(others.length).toBeGreaterThan(5);
  });

  it('write no colour of their own: hex, rgb(), hsl()… only in tokens.css', () => {
    const literal = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;
    const found = others.flatMap(({ file, css }) =>
      values(css)
        .filter((d) => literal.test(d.value))
        .map((d) => `${file}: ${d.prop}: ${d.value.trim()}`),
    );
    expect(found).toEqual([]);
  });

  it('use only custom properties that are defined (a token, or one a rule sets)', () => {
    const defined = new Set(
      sheets.flatMap(({ css }) => [...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1])),
    );
    // var(--x, fallback) may be set from a style attribute only; var(--x) must exist.
    const used = sheets.flatMap(({ file, css }) =>
      [...css.matchAll(/var\(\s*(--[\w-]+)\s*\)/g)].map((m) => ({ file, name: m[1] ?? '' })),
    );
    expect(used.filter((u) => !defined.has(u.name)).map((u) => `${u.file}: ${u.name}`)).toEqual([]);
  });

  it('use every interface token (ui-tokens.ts has no dead colour)', () => {
    const all = others.map((s) => s.css).join('\n');
    const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const unused = Object.keys(ui).filter((k) => !all.includes(`var(--${kebab(k)})`));
    expect(unused).toEqual([]);
    expect(cssTokens().length).toBeGreaterThan(Object.keys(ui).length);
  });

  it('query only the breakpoints of src/lib/breakpoints.ts, once per file', () => {
    const problems: string[] = [];
    for (const { file, css } of sheets) {
      const queries = [...css.matchAll(/@media\s+([^{]+)\{/g)].map((m) =>
        (m[1] ?? '').trim().replace(/\s+/g, ' '),
      );
      for (const q of queries) {
        for (const w of q.matchAll(/\((?:max|min)-width:\s*([\d.]+)(\w*)\)/g))
          if (w[2] !== 'px' || !BREAKPOINTS_PX.includes(Number(w[1])))
            problems.push(`${file}: @media ${q} (not a breakpoint)`);
        if (/width/.test(q) && !/\((?:max|min)-width:\s*[\d.]+px\)/.test(q))
          problems.push(`${file}: @media ${q} (write the width as (max-width: Npx))`);
      }
      for (const q of new Set(queries))
        if (queries.filter((x) => x === q).length > 1) problems.push(`${file}: @media ${q} more than once`);
    }
    expect(problems).toEqual([]);
  });

  it('write the phone query as PHONE_QUERY', () => {
    expect(PHONE_QUERY).toBe(`(max-width: ${PHONE_MAX_PX}px)`);
    const phone = others.filter((s) => s.css.includes(`(max-width: ${PHONE_MAX_PX}px)`));
    expect(phone.length).toBeGreaterThan(3);
    for (const { css } of phone) expect(css).toContain(`@media ${PHONE_QUERY}`);
  });
});
