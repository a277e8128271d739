import { describe, expect, it } from 'vitest';
import { cleanPath, decodePath, depthOf } from './page-path';

describe('clean page paths', () => {
  it('decodes the directory and profiles in both languages, at the root or under a sub-path', () => {
    expect(decodePath('/zh/parks/')).toEqual({ root: '/', lang: 'zh', page: 'parks' });
    expect(decodePath('/en/parks/menghai/')).toEqual({ root: '/', lang: 'en', page: 'park:menghai' });
    expect(decodePath('/en/parks/menghai/index.html')).toEqual({
      root: '/',
      lang: 'en',
      page: 'park:menghai',
    });
    expect(decodePath('/en/parks/mohan-zone')).toEqual({ root: '/', lang: 'en', page: 'park:mohan-zone' });
    expect(decodePath('/site/map/zh/parks/gasa/')).toEqual({
      root: '/site/map/',
      lang: 'zh',
      page: 'park:gasa',
    });
  });
  it('any other path is the root it lies in, with no page', () => {
    expect(decodePath('/')).toEqual({ root: '/' });
    expect(decodePath('/index.html')).toEqual({ root: '/' });
    expect(decodePath('/site/')).toEqual({ root: '/site/' });
    expect(decodePath('/fr/parks/menghai/')).toEqual({ root: '/fr/parks/menghai/' });
    expect(decodePath('/en/parks/Bad_Id/')).toEqual({ root: '/en/parks/Bad_Id/' });
    expect(decodePath('/en/parks/a/b/')).toEqual({ root: '/en/parks/a/b/' });
  });
  it('encodes only the directory and profiles; the round trip holds', () => {
    expect(cleanPath('parks', 'zh')).toBe('zh/parks/');
    expect(cleanPath('park:menghai', 'en')).toBe('en/parks/menghai/');
    expect(cleanPath('map', 'en')).toBeNull();
    expect(cleanPath('monitor:menghai', 'zh')).toBeNull();
    for (const page of ['parks', 'park:menghai', 'park:mohan-zone'] as const)
      for (const lang of ['zh', 'en'] as const)
        expect(decodePath(`/x/${cleanPath(page, lang)}`)).toEqual({ root: '/x/', page, lang });
    expect(depthOf('zh/parks/')).toBe(2);
    expect(depthOf('en/parks/menghai/')).toBe(3);
  });
});
