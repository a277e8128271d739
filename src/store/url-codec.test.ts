import { describe, expect, it } from 'vitest';
import { decodeView, encodeView, type UrlView } from './url-codec';

const view: UrlView = { lang: 'en', selection: { kind: 'park', id: 'gasa' }, hidden: ['wings', 'ports'] };

describe('url codec', () => {
  it('round-trips a view', () => {
    const search = encodeView(view);
    expect(search).toBe('?lang=en&sel=park%3Agasa&hide=wings%2Cports');
    expect(decodeView(search)).toEqual({ view, ignored: [] });
  });
  it('leaves defaults out, so the plain view is a plain URL', () => {
    expect(encodeView({ lang: 'zh', selection: null, hidden: [] })).toBe('');
  });
  it('keeps parameters that are not ours', () => {
    expect(encodeView(view, '?utm=x&lang=zh')).toContain('utm=x');
  });
  it('falls back to defaults on garbage and says what it ignored', () => {
    const { view: v, ignored } = decodeView('?lang=fr&sel=company:1&hide=roads,parks');
    expect(v).toEqual({ lang: 'zh', selection: null, hidden: ['parks'] });
    expect(ignored).toEqual(['lang=fr', 'sel=company:1', 'hide=roads']);
  });
  it('survives truncated and hostile input', () => {
    expect(decodeView('?sel=park:').view.selection).toBeNull();
    expect(decodeView('?sel=park').view.selection).toBeNull();
    expect(decodeView('?sel=park:gasa:extra').view.selection).toBeNull();
    expect(decodeView('?sel=park:<script>alert(1)</script>').view.selection).toBeNull();
    expect(decodeView('?sel=%E0%A4%A').view.selection).toBeNull();
    expect(decodeView(`?sel=park:${'a'.repeat(5000)}`).view.selection).toBeNull();
    expect(decodeView('?lang=en&lang=zh').view.lang).toBe('en');
  });
  it('checks ids against the data when told how', () => {
    const known = (_k: string, id: string) => id === 'gasa';
    expect(decodeView('?sel=park:gasa', known).view.selection).toEqual({ kind: 'park', id: 'gasa' });
    expect(decodeView('?sel=park:nowhere', known).ignored).toEqual(['sel=park:nowhere']);
  });
});
