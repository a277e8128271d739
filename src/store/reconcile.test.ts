import { describe, expect, it } from 'vitest';
import { defaultView } from './app-store';
import { type KnownIds, reconcileView } from './reconcile';

const known: KnownIds = {
  industries: new Set(['rubber', 'tea']),
  links: new Map([
    ['rubber-medical', 'rubber'],
    ['tea-raw', 'tea'],
  ]),
  parks: new Set(['gasa']),
  nodes: new Set(['rb-01']),
  places: new Set(['gasa-airport']),
};

describe('reconcileView', () => {
  it('keeps what exists', () => {
    const v = {
      ...defaultView(),
      industries: ['rubber'],
      link: 'rubber-medical',
      selection: { kind: 'node' as const, id: 'rb-01' },
    };
    expect(reconcileView(v, known)).toEqual({ patch: {}, ignored: [] });
  });
  it('drops a routed project whose industry or link is unknown', () => {
    const project = {
      industry: 'rubber',
      link: 'tea-raw',
      landMu: 1,
      investWan: 1,
      revenueWan: 1,
      needsRail: false,
      needsPort: false,
      needsCold: false,
      pollution: 'none' as const,
      overCapacity: false,
    };
    expect(reconcileView({ ...defaultView(), project }, known)).toEqual({
      patch: { project: null },
      ignored: ['proj=rubber~tea-raw'],
    });
    expect(
      reconcileView({ ...defaultView(), project: { ...project, link: 'rubber-medical' } }, known),
    ).toEqual({ patch: {}, ignored: [] });
  });
  it('drops unknown industries, links of other industries and selections of removed records', () => {
    const v = {
      ...defaultView(),
      industries: ['rubber', 'coffee'],
      link: 'tea-raw',
      selection: { kind: 'park' as const, id: 'nowhere' },
    };
    expect(reconcileView(v, known)).toEqual({
      patch: { industries: ['rubber'], link: null, selection: null },
      ignored: ['ind=coffee', 'link=tea-raw', 'sel=park:nowhere'],
    });
  });
});
