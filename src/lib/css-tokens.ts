import { palette } from './palette';
import { ui } from './ui-tokens';

/** Where the generated stylesheet lives, from the repository's root. */
export const TOKENS_CSS_PATH = 'src/styles/tokens.css';

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `{ level: { national: '#c0392b' } }` → `[['level-national', '#c0392b']]`. */
function flatten(tokens: Record<string, unknown>, prefix = ''): [string, string][] {
  return Object.entries(tokens).flatMap(([key, value]): [string, string][] => {
    const name = `${prefix}${kebab(key)}`;
    if (typeof value === 'string') return [[name, value]];
    if (value && typeof value === 'object') return flatten(value as Record<string, unknown>, `${name}-`);
    throw new Error(`token ${name}: not a colour`);
  });
}

/** Every custom property of the tokens stylesheet, name (without `--`) → value, in order. */
export function cssTokens(): [string, string][] {
  return [...flatten(palette, 'map-'), ...flatten(ui)];
}

/**
 * The text of src/styles/tokens.css: the map's palette as `--map-…` and the interface's colours by
 * their own names. Written by `npx tsx scripts/write-tokens.ts`; src/lib/css-tokens.test.ts checks
 * that the file is up to date.
 */
export function tokensCss(): string {
  const lines = (tokens: [string, string][]) => tokens.map(([name, value]) => `  --${name}: ${value};`);
  return [
    '/* Generated from src/lib/palette.ts and src/lib/ui-tokens.ts by `npx tsx scripts/write-tokens.ts`:',
    '   do not edit. The only stylesheet that writes colours. */',
    ':root {',
    '  /* The map (src/lib/palette.ts). */',
    ...lines(flatten(palette, 'map-')),
    '  /* The interface (src/lib/ui-tokens.ts). */',
    ...lines(flatten(ui)),
    '}',
    '',
  ].join('\n');
}
