import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '@/lib/domain/host-score';
import { defaultView, type ViewState } from './app-store';
import { decodeView, encodeView } from './url-codec';

const view: ViewState = {
  page: 'park:gasa',
  lang: 'en',
  selection: { kind: 'park', id: 'gasa' },
  hidden: ['wings', 'ports'],
  industries: ['rubber', 'tea'],
  stage: 'downstream',
  link: 'rubber-medical',
  q: '手套 glove',
  panel: 'gaps',
  weights: { ...DEFAULT_WEIGHTS, land: 5, protected: 0 },
  project: {
    industry: 'rubber',
    link: 'rubber-medical',
    landMu: 60,
    investWan: 20000,
    revenueWan: 40000,
    needsRail: true,
    needsPort: false,
    needsCold: true,
    pollution: 'light',
    overCapacity: false,
  },
  includeSample: false,
  briefing: {
    industry: 'rubber',
    link: 'rubber-medical',
    park: 'mohan',
    title: 'Thai glove maker · 泰国手套厂',
    notes: 'Bring the land map & latex figures',
    step: 4,
  },
};

describe('url codec', () => {
  it('round-trips a full view', () => {
    const search = encodeView(view);
    expect(decodeView(search)).toEqual({ view, ignored: [] });
    expect(search).toContain('w=3.2.5.1.1.1.0');
    expect(search).toContain('sample=0');
    expect(search).toContain('proj=rubber%7Erubber-medical%7E60%7E20000%7E40000%7Erc%7Elight%7E0');
  });
  it('reads a briefing: empty parts are automatic, a bad one is reported, a bad step is the first', () => {
    expect(decodeView('?brief=rubber~~&bstep=x').view.briefing).toEqual({
      industry: 'rubber',
      link: null,
      park: null,
      title: '',
      notes: '',
      step: 0,
    });
    expect(decodeView('?brief=Rubber!~~').ignored).toEqual(['brief=Rubber!~~']);
    expect(decodeView('?brief=a~b~c~d').view.briefing).toBeNull();
    expect(encodeView(defaultView())).toBe('');
  });
  it('reads the sample switch and reports a bad value', () => {
    expect(decodeView('?sample=0').view.includeSample).toBe(false);
    expect(decodeView('?sample=1').view.includeSample).toBe(true);
    expect(decodeView('?sample=no')).toMatchObject({ view: { includeSample: true }, ignored: ['sample=no'] });
  });
  it('leaves defaults out, so the plain view is a plain URL', () => {
    expect(encodeView(defaultView())).toBe('');
  });
  it('keeps parameters that are not ours', () => {
    expect(encodeView(view, '?utm=x&lang=zh')).toContain('utm=x');
  });
  it('falls back to defaults on garbage and says what it ignored', () => {
    const { view: v, ignored } = decodeView(
      '?lang=fr&sel=company:1&hide=roads,parks&stage=top&panel=x&w=9.9&ind=Rubber!',
    );
    expect(v).toEqual({ ...defaultView(), hidden: ['parks'] });
    expect(ignored).toEqual([
      'lang=fr',
      'sel=company:1',
      'hide=roads',
      'ind=Rubber!',
      'stage=top',
      'panel=x',
      'w=9.9',
    ]);
  });
  it('survives truncated and hostile input', () => {
    expect(decodeView('?sel=park:').view.selection).toBeNull();
    expect(decodeView('?sel=park').view.selection).toBeNull();
    expect(decodeView('?sel=park:gasa:extra').view.selection).toBeNull();
    expect(decodeView('?sel=park:<script>alert(1)</script>').view.selection).toBeNull();
    expect(decodeView('?link=%E0%A4%A').view.link).toBeNull();
    expect(decodeView('?w=3.2.2.1.1.1').view.weights).toEqual(DEFAULT_WEIGHTS);
    expect(decodeView('?w=3.2.2.1.1.1.-1').view.weights).toEqual(DEFAULT_WEIGHTS);
    expect(decodeView(`?q=${'x'.repeat(300)}`).view.q).toHaveLength(100);
    expect(decodeView(`?sel=park:${'a'.repeat(5000)}`)).toEqual({
      view: defaultView(),
      ignored: ['query string too long'],
    });
    expect(decodeView('?lang=en&lang=zh').view.lang).toBe('en');
    expect(decodeView('?page=parks').view.page).toBe('parks');
    expect(decodeView('?page=park:<x>').ignored).toEqual(['page=park:<x>']);
    expect(decodeView('?page=map').ignored).toEqual([]);
    expect(decodeView('?proj=rubber~~60~2e4~1~~none~0').view.project).toBeNull();
    expect(decodeView('?proj=rubber~~60~20000~1~x~none~0').ignored).toEqual([
      'proj=rubber~~60~20000~1~x~none~0',
    ]);
    expect(decodeView('?proj=rubber~~60~20000~1~~none~0').view.project?.link).toBeNull();
  });
});
