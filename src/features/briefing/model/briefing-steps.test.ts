import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '@/lib/domain/host-score';
import { shippedCatalog, shippedIndex } from '../../../../test/support/shipped-data';
import { type BriefInput, type BriefSpec, buildBriefing, viewUrl, weakest } from './briefing-steps';

const nodesGeo = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../../public/geo/nodes.geojson'), 'utf8'),
);
const coords = new Map<string, [number, number]>(
  nodesGeo.features.map((f: { properties: { id: string }; geometry: { coordinates: [number, number] } }) => [
    f.properties.id,
    f.geometry.coordinates,
  ]),
);

const input = (spec: Partial<BriefSpec>, over: Partial<BriefInput> = {}): BriefInput => ({
  spec: { industry: null, link: null, park: null, title: '', notes: '', ...spec },
  ix: shippedIndex(true),
  lang: 'en',
  weights: DEFAULT_WEIGHTS,
  prefecture: [99.95, 21.13, 101.86, 22.6],
  coords: (id) => coords.get(id),
  baseUrl: 'http://x.test/',
  today: '2026-12-01',
  linkFigures: { provenance: shippedCatalog.link_figures.provenance, source: 'm', asOf: 'a' },
  includeSample: true,
  ...over,
});

const keys = (b: ReturnType<typeof buildBriefing>, step: string) =>
  b.steps.find((s) => s.id === step)?.lines.map((l) => l.text.key) ?? [];

describe('briefing steps', () => {
  it('makes the seven steps for rubber → medical goods → Mohan, each with a camera and a view', () => {
    const b = buildBriefing(input({ industry: 'rubber', link: 'rubber-medical', park: 'mohan' }));
    expect(b.problems).toEqual([]);
    expect(b.steps.map((s) => s.id)).toEqual([
      'layout',
      'industry',
      'chain',
      'gaps',
      'host',
      'contact',
      'close',
    ]);
    expect([b.industry, b.link, b.park]).toEqual(['rubber', 'rubber-medical', 'mohan']);
    const host = b.steps.find((s) => s.id === 'host');
    expect(host?.view).toEqual({ industries: ['rubber'], link: 'rubber-medical', park: 'mohan' });
    expect(host?.bbox).toEqual(shippedIndex().park('mohan')?.bbox);
    // The prefecture first; the industry's box holds every rubber node.
    expect(b.steps[0]?.bbox).toEqual([99.95, 21.13, 101.86, 22.6]);
    const box = b.steps[1]?.bbox ?? [0, 0, 0, 0];
    for (const n of shippedIndex().nodes.filter((x) => x.industry === 'rubber')) {
      const c = coords.get(n.id) ?? [0, 0];
      expect(c[0] >= box[0] && c[0] <= box[2] && c[1] >= box[1] && c[1] <= box[3]).toBe(true);
    }
    // The plan is quoted; every stage of the chain has its line; the 5亿 rule is there.
    expect(keys(b, 'layout')).toContain('briefing.lines.axisQuote');
    const stages = b.steps[2]?.lines.filter((l) => l.text.key === 'briefing.lines.stage') ?? [];
    expect(stages.length).toBeGreaterThanOrEqual(3);
    expect(stages.every((l) => (l.items?.length ?? 0) > 0 && l.evidence?.kind === 'records')).toBe(true);
    expect(keys(b, 'chain')).toContain('briefing.lines.bigRule');
    // The link in focus comes first among the gaps, with what to attract and its source.
    const gapLines = b.steps[3]?.lines ?? [];
    expect(gapLines[0]?.text.key).toBe('briefing.lines.gap');
    expect(gapLines[0]?.text.params?.name).toBe('Medical goods (gloves etc.)');
    expect(gapLines[1]?.text.key).toBe('briefing.lines.attract');
    expect(gapLines[2]?.text.key).toBe('briefing.lines.otherGaps');
    expect(gapLines[2]?.items?.length).toBeGreaterThan(0);
    expect(gapLines.find((l) => l.text.key === 'briefing.lines.attract')?.cite?.provenance).toBeDefined();
    // The host's land is a sample figure and says so; the contact names the zone's committee.
    const land = host?.lines.find((l) => l.text.key === 'briefing.lines.land');
    expect(land?.cite?.provenance).toBe('sample');
    const contact = b.steps.find((s) => s.id === 'contact')?.lines[0];
    expect(contact?.text.key).toBe('briefing.lines.committee');
    expect(b.steps.at(-1)?.url).toBe(
      'http://x.test/?lang=en&ind=rubber&link=rubber-medical&sel=park%3Amohan',
    );
  });

  it('chooses the link most in need and the best host when none is given', () => {
    const b = buildBriefing(input({ industry: 'rubber' }));
    expect(b.link).not.toBeNull();
    expect(b.park).not.toBeNull();
    expect(keys(b, 'host')[0]).toBe('briefing.lines.hostFor');
  });

  it('keeps the valid steps and says what is gone when a file names records the data no longer has', () => {
    const b = buildBriefing(input({ industry: 'rubber', link: 'rubber-gone', park: 'nowhere' }));
    expect(b.problems.map((p) => p.key)).toEqual(['briefing.problems.link', 'briefing.problems.park']);
    expect(b.steps).toHaveLength(7);
    const none = buildBriefing(input({ industry: 'cars' }));
    expect(none.problems).toEqual([{ key: 'briefing.problems.industry', params: { id: 'cars' } }]);
    expect(none.steps.map((s) => s.id)).toEqual(['layout', 'close']);
    // A link of another industry is not this industry's link.
    expect(buildBriefing(input({ industry: 'tea', link: 'rubber-medical' })).problems[0]?.key).toBe(
      'briefing.problems.link',
    );
  });

  it('with sample data excluded, the verdicts rest on public records and the land is unknown', () => {
    const b = buildBriefing(
      input(
        { industry: 'rubber', link: 'rubber-medical', park: 'mohan' },
        { ix: shippedIndex(false), includeSample: false },
      ),
    );
    expect(keys(b, 'host')).toContain('briefing.lines.landUnknown');
    expect(b.steps.at(-1)?.url).toContain('sample=0');
    const ev = b.steps[1]?.lines.find((l) => l.evidence)?.evidence;
    if (ev?.kind === 'records') expect(ev.sample).toBe(0);
  });

  it('takes the weakest provenance of a count and builds view links', () => {
    expect(weakest(['official', 'public'])).toBe('public');
    expect(weakest(['official', 'sample', 'estimate'])).toBe('sample');
    expect(weakest([])).toBe('official');
    expect(viewUrl('/', { lang: 'zh', industry: null, link: null, park: null, includeSample: true })).toBe(
      '/?lang=zh',
    );
  });
});
