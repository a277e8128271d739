import { describe, expect, it } from 'vitest';
import { catalogSchema, manifestSchema } from './catalog';
import { describeIssue } from './describe-issue';

const first = (r: { success: boolean; error?: { issues: unknown[] } }) =>
  describeIssue(r.error?.issues[0] as Parameters<typeof describeIssue>[0]);

describe('describeIssue', () => {
  it('names the path and the expected type', () => {
    const r = manifestSchema.safeParse(
      { version: 'x', files: [{ file: 'a', count: 'seven' }] },
      { reportInput: true },
    );
    expect(r.success).toBe(false);
    expect(first(r)).toBe('files.0.count: expected number, got "seven"');
  });

  it('lists the allowed values of an enum', () => {
    const r = catalogSchema.safeParse(
      {
        rules: {
          revenue_per_mu_floor_wan: { national: 1, provincial: 1, prefectural: 1 },
          floor_provenance: 'rumour',
        },
        industries: [],
        links: [],
        parks: [],
      },
      { reportInput: true },
    );
    expect(first(r)).toBe(
      'rules.floor_provenance: expected "official" / "public" / "estimate" / "sample", got "rumour"',
    );
  });

  it('says what is missing', () => {
    expect(first(manifestSchema.safeParse({ files: [] }, { reportInput: true }))).toBe(
      'version: expected string, got nothing',
    );
    expect(first(manifestSchema.safeParse(null, { reportInput: true }))).toBe('expected object, got null');
  });

  it('leaves out the value when the parse did not keep it, and copes with no issue', () => {
    const r = manifestSchema.safeParse({ version: 1, files: [] });
    expect(first(r)).toBe('version: expected string');
    expect(describeIssue(undefined)).toBe('invalid');
  });
});
