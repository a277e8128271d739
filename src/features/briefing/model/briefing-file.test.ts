import { describe, expect, it } from 'vitest';
import { briefingFile, briefingFileName, readBriefingFile } from './briefing-file';

const spec = { industry: 'rubber', link: 'rubber-medical', park: 'mohan', title: 'Glove maker', notes: 'n' };

describe('briefing file', () => {
  it('round-trips what it saves', () => {
    const text = JSON.stringify(briefingFile(spec, 'en', false, '2026-12-01'));
    expect(readBriefingFile(text, 'b.json')).toEqual({
      ok: true,
      spec,
      lang: 'en',
      includeSample: false,
      warnings: [],
    });
    expect(briefingFileName(spec, '2026-12-01')).toBe('briefing-rubber-rubber-medical-mohan-2026-12-01.json');
  });
  it('refuses what is not a briefing, with the reason', () => {
    expect(readBriefingFile('{', 'x.json')).toEqual({
      ok: false,
      error: { key: 'briefing.file.notJson', params: { file: 'x.json' } },
    });
    expect(readBriefingFile('{"type":"FeatureCollection"}', 'x.geojson')).toMatchObject({
      ok: false,
      error: { key: 'briefing.file.notBriefing' },
    });
    expect(readBriefingFile('[1,2]', 'x.json')).toMatchObject({
      ok: false,
      error: { key: 'briefing.file.notBriefing' },
    });
    expect(readBriefingFile('{"type":"xsbn-briefing","version":9}', 'x.json')).toMatchObject({
      ok: false,
      error: { key: 'briefing.file.version', params: { v: '9' } },
    });
    expect(readBriefingFile(' '.repeat(70_000), 'big.json')).toMatchObject({
      ok: false,
      error: { key: 'briefing.file.tooBig' },
    });
  });
  it('drops a field of the wrong form and says which', () => {
    const r = readBriefingFile(
      JSON.stringify({
        type: 'xsbn-briefing',
        version: 1,
        industry: 'Rubber!',
        park: 3,
        title: 7,
        lang: 'fr',
      }),
      'b.json',
    );
    expect(r.ok && r.spec).toEqual({ industry: null, link: null, park: null, title: '', notes: '' });
    expect(r.ok && r.warnings.map((w) => w.params?.field)).toEqual(['industry', 'park', 'title', 'lang']);
  });
});
