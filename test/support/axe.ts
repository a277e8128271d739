import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Serious and critical axe-core violations on the page. axe is evaluated through the DevTools protocol,
 * which the page's Content-Security-Policy does not govern (an inline <script> tag would be refused by
 * it), and nothing is fetched.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const found = (await page.evaluate(`(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | '));
  })()`)) as string[];
  return found;
}

/** The rule sets issue 14 asks to be clean: WCAG 2 A and AA, 2.1 AA, and axe's best practices. */
export const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'];

/**
 * Every axe-core violation of those tags, whatever its impact: "rule (impact) ×n: targets [why]", so a
 * failing test says which element breaks which rule.
 */
export async function allViolations(page: Page, tags: string[] = A11Y_TAGS): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return (await page.evaluate(`(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ${JSON.stringify(tags)} },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => v.id + ' (' + v.impact + ') ×' + v.nodes.length + ': ' + v.nodes.slice(0, 3)
      .map((n) => n.target.join(' ') + ' [' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 200) + ']').join(' | '));
  })()`)) as string[];
}
