/**
 * Every fixture in test/fixtures/bad-data/<case>/ breaks data/ in one way; the build must stop with
 * a message naming the file, the record and the field. A fixture either overlays whole files or
 * patches one file (patch.json: file, find, replace); the find must match, so no fixture is a no-op.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateAndDerive } from './build';
import { DataError, formatIssue } from './issues';

const root = join(import.meta.dirname, '..', '..', '..');
const fixtures = join(root, 'test', 'fixtures', 'bad-data');
const cases = readdirSync(fixtures).sort();
const tmp = mkdtempSync(join(tmpdir(), 'xsbn-bad-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Expect {
  description: string;
  file: string;
  record?: string;
  field?: string;
  phrase: string;
}

function prepare(name: string): string {
  const dir = join(tmp, name);
  cpSync(join(root, 'data'), dir, { recursive: true, filter: (src) => !src.includes('scripts') });
  for (const f of readdirSync(join(fixtures, name))) {
    if (f === 'expect.json') continue;
    if (f === 'patch.json') {
      const p = JSON.parse(readFileSync(join(fixtures, name, f), 'utf8')) as {
        file: string;
        find: string;
        replace: string;
      };
      const text = readFileSync(join(dir, p.file), 'utf8');
      if (!text.includes(p.find)) throw new Error(`fixture ${name}: patch text not found in ${p.file}`);
      writeFileSync(join(dir, p.file), text.replace(p.find, p.replace));
    } else cpSync(join(fixtures, name, f), join(dir, f));
  }
  return dir;
}

describe('bad data stops the build with file, record and field', () => {
  it('has at least 15 broken fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)('%s', { timeout: 30_000 }, (name) => {
    const want = JSON.parse(readFileSync(join(fixtures, name, 'expect.json'), 'utf8')) as Expect;
    const dir = prepare(name);
    let error: unknown = null;
    try {
      validateAndDerive(dir);
    } catch (e) {
      error = e;
    }
    expect(error, `${name} should fail: ${want.description}`).toBeInstanceOf(DataError);
    const messages = (error as DataError).issues.map(formatIssue);
    // One message must name the file, the record and the field, and say what is wrong.
    const hit = messages.find(
      (m) =>
        m.startsWith(`${want.file}:`) &&
        m.includes(want.phrase) &&
        (!want.record || m.includes(`record ${want.record}`)) &&
        (!want.field || m.includes(`field ${want.field}`)),
    );
    expect(hit, `no message naming ${JSON.stringify(want)} in:\n${messages.join('\n')}`).toBeDefined();
  });

  it('the real data/ passes', { timeout: 30_000 }, () => {
    expect(existsSync(join(root, 'data', 'nodes.csv'))).toBe(true);
    expect(() => validateAndDerive(join(root, 'data'))).not.toThrow();
  });
});
