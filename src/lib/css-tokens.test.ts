import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cssTokens, TOKENS_CSS_PATH, tokensCss } from './css-tokens';

describe('tokens.css', () => {
  it('is what palette.ts and ui-tokens.ts generate (else run `npx tsx scripts/write-tokens.ts`)', () => {
    expect(readFileSync(TOKENS_CSS_PATH, 'utf8')).toBe(tokensCss());
  });

  it('names each token once, and each is a colour', () => {
    const tokens = cssTokens();
    const names = tokens.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    for (const [name, value] of tokens)
      expect(value, name).toMatch(/^(#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|rgba?\([\d\s.,]+\))$/i);
  });

  it('puts the map palette under --map-…', () => {
    expect(tokensCss()).toContain('--map-level-national: #c0392b;');
    expect(tokensCss()).toContain('--map-county-line: #b8a98c;');
  });
});
