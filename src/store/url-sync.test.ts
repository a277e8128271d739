import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialState, useAppStore } from './app-store';
import { startUrlSync } from './url-sync';

/** Just enough of a window for url-sync in node. */
function fakeWindow(search = '') {
  return {
    location: { search, pathname: '/', hash: '' },
    history: { state: null, pushState: vi.fn(), replaceState: vi.fn() },
    scrollTo: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  };
}
const blocked = {
  getItem(): string | null {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem(): void {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
};

let stop: () => void = () => {};
beforeEach(() => {
  useAppStore.setState({ ...initialState() });
  vi.stubGlobal('window', fakeWindow());
  vi.stubGlobal('document', {
    visibilityState: 'visible',
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  });
});
afterEach(() => {
  stop();
  vi.unstubAllGlobals();
});

describe('the language of a first visit', () => {
  it('follows the browser: zh* → Chinese, anything else → English, none → Chinese', () => {
    stop = startUrlSync(() => ({ key: 'ignoredParams' }), null, ['en-GB', 'zh-CN']);
    expect(useAppStore.getState().lang).toBe('en');
    stop();
    useAppStore.setState({ ...initialState() });
    stop = startUrlSync(() => ({ key: 'ignoredParams' }), null, ['zh-TW', 'en']);
    expect(useAppStore.getState().lang).toBe('zh');
    stop();
    useAppStore.setState({ ...initialState() });
    stop = startUrlSync(() => ({ key: 'ignoredParams' }), null, ['th-TH']);
    expect(useAppStore.getState().lang).toBe('en');
    stop();
    useAppStore.setState({ ...initialState() });
    stop = startUrlSync(() => ({ key: 'ignoredParams' }), null, []);
    expect(useAppStore.getState().lang).toBe('zh');
  });
  it('the URL and then the remembered choice win over the browser', () => {
    vi.stubGlobal('window', fakeWindow('?lang=zh'));
    stop = startUrlSync(() => ({ key: 'ignoredParams' }), null, ['en-US']);
    expect(useAppStore.getState().lang).toBe('zh');
    stop();
    vi.stubGlobal('window', fakeWindow());
    useAppStore.setState({ ...initialState() });
    const data = new Map([['xsbn-industry-map.lang', 'zh']]);
    stop = startUrlSync(
      () => ({ key: 'ignoredParams' }),
      {
        getItem: (k) => data.get(k) ?? null,
        setItem: (k, v) => data.set(k, v),
      },
      ['en-US'],
    );
    expect(useAppStore.getState().lang).toBe('zh');
  });
});

describe('the remembered language', () => {
  it('a blocked store (getItem and setItem throw) is no error: the language is not remembered', () => {
    stop = startUrlSync(() => ({ key: 'ignoredParams' }), blocked);
    expect(useAppStore.getState().lang).toBe('zh');
    expect(() => useAppStore.getState().setLang('en')).not.toThrow();
    expect(useAppStore.getState().lang).toBe('en');
  });
  it('is read back from a working store', () => {
    const data = new Map([['xsbn-industry-map.lang', 'en']]);
    stop = startUrlSync(() => ({ key: 'ignoredParams' }), {
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => data.set(k, v),
    });
    expect(useAppStore.getState().lang).toBe('en');
    useAppStore.getState().setLang('zh');
    expect(data.get('xsbn-industry-map.lang')).toBe('zh');
  });
});

describe('clean URLs of the directory and profiles', () => {
  /** A window whose history moves its location, as a browser's does. */
  function movingWindow(path: string, search = '') {
    const location = { pathname: path, search, hash: '' };
    const move = (url: string) => {
      const u = new URL(url, 'http://x');
      location.pathname = u.pathname;
      location.search = u.search;
    };
    return {
      location,
      history: {
        state: null,
        pushState: vi.fn((_s, _t, u: string) => move(u)),
        replaceState: vi.fn((_s, _t, u: string) => move(u)),
      },
      scrollTo: vi.fn(),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    };
  }
  it('a clean URL names the page and the language (over the remembered one); moves stay clean', () => {
    const w = movingWindow('/site/en/parks/menghai/');
    vi.stubGlobal('window', w);
    stop = startUrlSync(() => ({ key: 'ignoredParams' }), { getItem: () => 'zh', setItem: () => {} }, [
      'zh-CN',
    ]);
    expect(useAppStore.getState()).toMatchObject({ page: 'park:menghai', lang: 'en' });
    expect(w.history.replaceState).not.toHaveBeenCalled();
    useAppStore.getState().setLang('zh');
    expect(w.location.pathname).toBe('/site/zh/parks/menghai/');
    useAppStore.getState().navigate('parks');
    expect(w.history.pushState).toHaveBeenLastCalledWith(null, '', '/site/zh/parks/');
    useAppStore.getState().navigate('map');
    expect(w.history.pushState).toHaveBeenLastCalledWith(null, '', '/site/');
    useAppStore.getState().setLang('en');
    useAppStore.getState().navigate('park:mohan');
    expect(w.history.pushState).toHaveBeenLastCalledWith(null, '', '/site/en/parks/mohan/');
    useAppStore.getState().navigate('monitor');
    expect(w.history.pushState).toHaveBeenLastCalledWith(null, '', '/site/?page=monitor&lang=en');
  });
  it('Back to a ?page= address: the view follows it and nothing is written (no entry, no clean URL)', () => {
    const w = movingWindow('/', '?page=parks&lang=zh');
    vi.stubGlobal('window', w);
    stop = startUrlSync(() => ({ key: 'ignoredParams' }), null, []);
    useAppStore.getState().navigate('park:menghai');
    expect(w.location.pathname).toBe('/zh/parks/menghai/');
    w.location.pathname = '/';
    w.location.search = '?page=parks&lang=zh';
    const replaced = w.history.replaceState.mock.calls.length;
    const onPop = w.addEventListener.mock.calls.find(([type]) => type === 'popstate')?.[1] as () => void;
    onPop();
    expect(useAppStore.getState().page).toBe('parks');
    expect(w.history.pushState).toHaveBeenCalledTimes(1);
    expect(w.history.replaceState).toHaveBeenCalledTimes(replaced);
    expect(`${w.location.pathname}${w.location.search}`).toBe('/?page=parks&lang=zh');
  });
  it('a ?page= link keeps its form until the page changes, then goes clean', () => {
    const w = movingWindow('/', '?page=park:mohan&lang=zh');
    vi.stubGlobal('window', w);
    stop = startUrlSync(() => ({ key: 'ignoredParams' }), null, []);
    expect(useAppStore.getState()).toMatchObject({ page: 'park:mohan', lang: 'zh' });
    useAppStore.getState().setLang('en');
    expect(`${w.location.pathname}${w.location.search}`).toBe('/?page=park%3Amohan&lang=en');
    useAppStore.getState().navigate('parks');
    expect(w.history.pushState).toHaveBeenLastCalledWith(null, '', '/en/parks/');
  });
});
