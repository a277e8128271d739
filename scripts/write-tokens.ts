/**
 * Writes src/styles/tokens.css (the colours as CSS custom properties) from src/lib/palette.ts and
 * src/lib/ui-tokens.ts. Run after changing either: `npx tsx scripts/write-tokens.ts`.
 */
import { writeFileSync } from 'node:fs';
import { TOKENS_CSS_PATH, tokensCss } from '../src/lib/css-tokens';

writeFileSync(TOKENS_CSS_PATH, tokensCss());
console.log(`wrote ${TOKENS_CSS_PATH}`);
