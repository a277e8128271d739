import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en';
import { bureauEn } from '@/i18n/strings/bureau';
import { zh } from '@/i18n/zh';
import { bureauZh } from '@/i18n/strings/bureau';
import type { VerdictChanges } from '../model/verdict-changes';
import { type Tr, verdictLines } from './verdict-words';

/** i18next's lookup and interpolation over the real strings. */
const lookup =
  (table: object): Tr =>
  (key, params = {}) => {
    let node: unknown = table;
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node !== 'string') throw new Error(`no string ${key}`);
    return node.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k]));
  };

const names = {
  industry: (id: string) => `I:${id}`,
  link: (id: string) => `L:${id}`,
  park: (id: string) => `P:${id}`,
  target: (id: string) => `T:${id}`,
  value: (_: string, v: number) => `${v} u`,
  num: (n: number) => String(n),
};

const changes: VerdictChanges = {
  links: [{ industry: 'tea', link: 'tea-health', from: 'missing', to: 'weak', strength: { from: 0, to: 1 } }],
  gaps: [
    { industry: 'tea', link: 'tea-health', change: 'priority', from: 1.5, to: 0.5 },
    { industry: 'tea', link: 'tea-brand', change: 'left', from: 1, to: null },
  ],
  hosts: [{ industry: 'tea', link: 'tea-health', from: ['menghai', 'gasa'], to: [] }],
  cells: [{ industry: 'tea', link: 'tea-health', park: 'menghai', from: 'missing', to: 'weak' }],
  targets: [
    {
      scope: { kind: 'park', park: 'menghai' },
      target: 'revenue-per-mu',
      from: { status: 'no-data', value: null },
      to: { status: 'met', value: 650 },
    },
  ],
};

describe('verdictLines', () => {
  it('words each change from → to in English', () => {
    const l = verdictLines(changes, names, lookup({ ...en, bureau: bureauEn }));
    expect(l.links).toEqual(['I:tea · L:tea-health: link status Missing → Weak']);
    expect(l.gaps).toEqual([
      'I:tea · L:tea-health: gap priority 1.5 → 0.5',
      'I:tea · L:tea-brand: no longer a gap',
    ]);
    expect(l.hosts).toEqual(['I:tea · L:tea-health: recommended host parks P:menghai, P:gasa → none']);
    expect(l.cells).toEqual(['P:menghai × L:tea-health: Missing → Weak']);
    expect(l.targets).toEqual(['P:menghai · T:revenue-per-mu: no public data → met (650 u)']);
  });

  it('and in Chinese, with no English word of its own', () => {
    const l = verdictLines(changes, names, lookup({ ...zh, bureau: bureauZh }));
    expect(l.links).toEqual(['I:tea · L:tea-health：环节状态 缺失 → 薄弱']);
    expect(l.targets).toEqual(['P:menghai · T:revenue-per-mu：无公开数据 → 已达到（650 u）']);
    expect(l.hosts[0]).toContain('P:menghai、P:gasa → 无');
  });
});
