/**
 * One readable line for the first problem zod found, without zod's locale tables (zod/mini ships
 * none): where it is (the path) and what was expected.
 */
import type { z } from 'zod/mini';

type Issue = z.core.$ZodIssue;

/** ", got …" when the parse kept the input (safeParse(x, { reportInput: true })), else nothing. */
function received(issue: Issue): string {
  if (!('input' in issue)) return '';
  const input = issue.input;
  if (input === null) return ', got null';
  if (Array.isArray(input)) return ', got an array';
  if (input === undefined) return ', got nothing';
  return typeof input === 'object' ? ', got an object' : `, got ${JSON.stringify(input)}`;
}

export function describeIssue(issue: Issue | undefined): string {
  if (!issue) return 'invalid';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  switch (issue.code) {
    case 'invalid_type':
      return `${where}expected ${issue.expected}${received(issue)}`;
    case 'invalid_value':
      return `${where}expected ${issue.values.map((v) => JSON.stringify(v)).join(' / ')}${received(issue)}`;
    case 'too_small':
      return `${where}too small (minimum ${String(issue.minimum)})`;
    case 'too_big':
      return `${where}too big (maximum ${String(issue.maximum)})`;
    case 'invalid_format':
      return `${where}not a valid ${issue.format}`;
    default:
      return `${where}${issue.message && issue.message !== 'Invalid input' ? issue.message : issue.code}`;
  }
}
