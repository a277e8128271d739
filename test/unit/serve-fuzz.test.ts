/**
 * scripts/serve.mjs against hostile input: raw request lines over TCP (so malformed targets reach the
 * server unmodified), against a small temporary root with a file outside it. Every request gets a
 * status of the expected class, nothing outside the root ever comes back, and the server is still
 * alive (and serving) afterwards.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SERVE = join(import.meta.dirname, '..', '..', 'scripts', 'serve.mjs');
const SECRET = 'TOP-SECRET-OUTSIDE-THE-ROOT-7f3a';
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-AAAA+/=='; object-src 'none'";
const INDEX = `<!doctype html><html><head><meta charset="UTF-8" />
<meta http-equiv="Content-Security-Policy" content="${POLICY}" /><title>t</title></head>
<body>INDEX-PAGE</body></html>\n`;

let tmp: string;
let root: string;
let child: ChildProcess;
let port = 0;
let stderr = '';
let exited: number | string | null = null;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'xsbn-serve-fuzz-'));
  root = join(tmp, 'root');
  mkdirSync(join(root, 'assets'), { recursive: true });
  mkdirSync(join(root, 'fonts'));
  mkdirSync(join(root, 'sub'));
  mkdirSync(join(root, 'dir.js'));
  writeFileSync(join(root, 'index.html'), INDEX);
  // A pre-rendered page (scripts/vite-prerender.ts) and site files.
  mkdirSync(join(root, 'en', 'parks', 'menghai'), { recursive: true });
  writeFileSync(
    join(root, 'en', 'parks', 'menghai', 'index.html'),
    INDEX.replace('INDEX-PAGE', 'PROFILE-PAGE'),
  );
  writeFileSync(join(root, 'favicon.ico'), 'ico');
  writeFileSync(join(root, 'sitemap.xml'), '<urlset/>');
  const js = `export const x = ${JSON.stringify('y'.repeat(2000))};\n`;
  writeFileSync(join(root, 'assets', 'app-abc123.js'), js);
  writeFileSync(join(root, 'assets', 'app-abc123.js.gz'), gzipSync(js));
  writeFileSync(join(root, 'fonts', 'a.woff2'), 'wOF2');
  writeFileSync(join(root, 'sub', 'data.geojson'), '{"type":"FeatureCollection","features":[]}');
  writeFileSync(join(root, '.env'), SECRET);
  writeFileSync(join(tmp, 'secret.txt'), SECRET);
  symlinkSync(join(tmp, 'secret.txt'), join(root, 'link.txt'));
  symlinkSync(tmp, join(root, 'up'));

  child = spawn(process.execPath, [SERVE, '--root', root, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.on('data', (b: Buffer) => {
    stderr += b.toString();
  });
  child.once('exit', (code, signal) => {
    exited = code ?? signal;
  });
  port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}${stderr}`)), 10_000);
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /at http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once('exit', () => reject(new Error(`server exited: ${out}${stderr}`)));
  });
});

afterAll(async () => {
  if (child && exited === null) {
    const gone = new Promise((r) => child.once('exit', r));
    child.kill();
    await gone;
  }
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

interface Raw {
  status: number | null;
  text: string;
}

/** Writes `raw` to a fresh connection and collects what comes back until the server closes it. */
function send(raw: string | Buffer, waitMs = 3000): Promise<Raw> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const m = /^HTTP\/1\.[01] (\d{3}) /.exec(text);
      resolve({ status: m ? Number(m[1]) : null, text });
    };
    const timer = setTimeout(done, waitMs);
    socket.on('data', (b: Buffer) => chunks.push(b));
    socket.on('error', done); // a reset after the answer: what came before it counts
    socket.on('close', done);
    socket.write(raw);
  });
}

const get = (target: string, headers = '') =>
  send(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${headers}\r\n`);

const headersOf = (text: string) => {
  const head = text.split('\r\n\r\n')[0] ?? '';
  const map = new Map<string, string>();
  for (const line of head.split('\r\n').slice(1)) {
    const i = line.indexOf(':');
    if (i > 0) map.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return map;
};

type Want = number | '2xx' | '4xx' | 'none-or-4xx';
const fits = (status: number | null, want: Want) =>
  want === '2xx'
    ? status !== null && status >= 200 && status < 300
    : want === '4xx'
      ? status !== null && status >= 400 && status < 500
      : want === 'none-or-4xx'
        ? status === null || (status >= 400 && status < 500)
        : status === want;

const line = (method: string, target: string, extra = '') =>
  `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${extra}\r\n`;

// [name, raw request, expected status]
const cases = (): [string, string, Want][] => [
  // Targets that start with `//` are paths with empty segments, never an authority.
  ['GET //', line('GET', '//'), 200],
  ['GET ///', line('GET', '///'), 200],
  ['GET //@', line('GET', '//@'), 200],
  ['GET //[', line('GET', '//['), 200],
  ['GET //:99999', line('GET', '//:99999'), 200],
  ['GET //evil.example/x', line('GET', '//evil.example/x'), 200],
  ['GET //evil/secret.txt', line('GET', '//evil/secret.txt'), 404],
  ['GET *', line('GET', '*'), 400],
  ['GET absolute-form', line('GET', 'http://evil/'), 200],
  ['GET absolute-form traversal', line('GET', 'http://evil/../secret.txt'), '4xx'],
  ['GET authority-form', line('GET', 'evil:443'), 400],
  ['GET javascript:', line('GET', 'javascript:alert(1)'), 400],
  // Bad percent-encoding
  ['%', line('GET', '/%'), 400],
  ['%zz', line('GET', '/%zz'), 400],
  ['%e', line('GET', '/a%e'), 400],
  ['truncated UTF-8', line('GET', '/%e4%b8'), 400],
  ['lone surrogate', line('GET', '/%ed%a0%80'), 400],
  // Traversal in every encoding
  ['..', line('GET', '/../secret.txt'), '4xx'],
  ['.. deep', line('GET', '/assets/../../secret.txt'), '4xx'],
  ['bare ..', line('GET', '/..'), '4xx'],
  ['%2e%2e', line('GET', '/%2e%2e/secret.txt'), '4xx'],
  ['%2E%2E%2F', line('GET', '/%2E%2E%2Fsecret.txt'), '4xx'],
  ['..%2f', line('GET', '/..%2fsecret.txt'), '4xx'],
  ['.%2e', line('GET', '/.%2e/secret.txt'), '4xx'],
  ['%c0%ae overlong', line('GET', '/%c0%ae%c0%ae/secret.txt'), '4xx'],
  ['%c0%af overlong slash', line('GET', '/..%c0%afsecret.txt'), '4xx'],
  ['backslash', line('GET', '/..\\secret.txt'), '4xx'],
  ['%5c', line('GET', '/..%5csecret.txt'), '4xx'],
  ['double-encoded %252e', line('GET', '/%252e%252e/secret.txt'), '4xx'],
  ['double-encoded %252f', line('GET', '/..%252fsecret.txt'), '4xx'],
  ['absolute path', line('GET', `/${join(tmp, 'secret.txt')}`), '4xx'],
  ['symlink out of the root', line('GET', '/link.txt'), '4xx'],
  ['symlinked folder out of the root', line('GET', '/up/secret.txt'), '4xx'],
  ['dotfile', line('GET', '/.env'), 404],
  ['query traversal', line('GET', '/?file=../secret.txt'), 200],
  // NUL and control characters
  ['%00', line('GET', '/index.html%00.js'), 400],
  ['%00 bare', line('GET', '/%00'), 400],
  ['%0a', line('GET', '/a%0d%0aSet-Cookie:x=1'), 400],
  ['raw NUL', 'GET /a\0b HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', 400],
  // Lengths
  ['path of 2049 chars', line('GET', `/${'a'.repeat(2048)}`), 414],
  ['path of 10 000 chars', line('GET', `/${'b'.repeat(10_000)}`), 414],
  ['path of 40 000 chars', line('GET', `/${'c'.repeat(40_000)}`), '4xx'],
  ['huge header', line('GET', '/', `X-Big: ${'h'.repeat(40_000)}\r\n`), 431],
  [
    'many headers',
    line('GET', '/', Array.from({ length: 3000 }, (_, i) => `X-H${i}: v\r\n`).join('')),
    '4xx',
  ],
  // Methods
  ['HEAD', line('HEAD', '/'), 200],
  ['OPTIONS', line('OPTIONS', '/'), 204],
  ['OPTIONS *', line('OPTIONS', '*'), 204],
  ['DELETE', line('DELETE', '/index.html'), 405],
  ['PUT', line('PUT', '/x', 'Content-Length: 5\r\n').concat('hello'), 405],
  ['POST', line('POST', '/', 'Content-Length: 3\r\n').concat('a=1'), 405],
  ['TRACE', line('TRACE', '/'), 405],
  ['PATCH', line('PATCH', '/'), 405],
  ['CONNECT', 'CONNECT evil:443 HTTP/1.1\r\nHost: evil:443\r\n\r\n', 405],
  ['unknown method', line('FOO', '/'), '4xx'],
  ['garbage method', line('G\u00e9T', '/'), 400],
  ['lower-case method', line('get', '/'), '4xx'],
  // Broken request lines and headers
  ['no HTTP version', 'GET /\r\n\r\n', '4xx'],
  ['HTTP/9.9', 'GET / HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n', '4xx'],
  ['HTTP/2.0 text', 'GET / HTTP/2.0\r\nHost: 127.0.0.1\r\n\r\n', '4xx'],
  ['no Host on HTTP/1.1', 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n', 400],
  ['HTTP/1.0 without Host', 'GET / HTTP/1.0\r\n\r\n', 200],
  ['space in target', 'GET /a b c HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', '4xx'],
  ['header without colon', 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nnonsense\r\n\r\n', 400],
  ['bad Content-Length', 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\n\r\n', 400],
  [
    'CL and TE',
    'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    400,
  ],
  ['Expect', line('GET', '/', 'Expect: teapot\r\n'), 417],
  ['binary junk', '\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 TLS hello\r\n\r\n', 400],
  ['bare newline', '\n', 'none-or-4xx'],
  ['bare CRLF', '\r\n', 'none-or-4xx'],
  ['leading empty line, then a request', `\r\n${line('GET', '/')}`, 200],
];

describe('scripts/serve.mjs under hostile input', () => {
  it('answers every fuzzed request with the expected class, never leaks a file outside the root, and stays up', async () => {
    // All at once: the slowest (the two bare newlines) wait for the timeout, the rest answer at once.
    const results = await Promise.all(
      cases().map(async ([name, raw, want]) => {
        const r = await send(raw, want === 'none-or-4xx' ? 800 : 4000);
        return { name, want, status: r.status, leaked: r.text.includes(SECRET) };
      }),
    );
    const wrong = results
      .filter((r) => !fits(r.status, r.want))
      .map((r) => `${r.name}: ${r.status} (want ${r.want})`);
    expect(wrong).toEqual([]);
    expect(results.filter((r) => r.leaked).map((r) => r.name)).toEqual([]);
    // A malformed request after a good one on the same connection: the first is served, the second refused.
    const two = await send(
      `GET / HTTP/1.1\r\nHost: x\r\n\r\nGET /%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
    );
    expect(two.text).toMatch(/^HTTP\/1\.1 200 [\s\S]*HTTP\/1\.1 400 /);

    expect(exited, `server exited: ${stderr}`).toBeNull();
    expect(stderr).not.toMatch(/Uncaught|TypeError|RangeError|ERR_INVALID_URL/);
    const after = await get('/');
    expect(after.status).toBe(200);
    expect(after.text).toContain('INDEX-PAGE');
  });

  it('keeps serving files as before: types, gzip, caching, ETag/304, SPA fallback, real 404s', async () => {
    const js = await get('/assets/app-abc123.js', 'Accept-Encoding: br, gzip;q=0.8\r\n');
    const h = headersOf(js.text);
    expect(js.status).toBe(200);
    expect(h.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(h.get('content-encoding')).toBe('gzip');
    expect(h.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(h.get('vary')).toBe('accept-encoding');
    const plain = headersOf((await get('/assets/app-abc123.js', 'Accept-Encoding: gzip;q=0\r\n')).text);
    expect(plain.get('content-encoding')).toBeUndefined();
    const etag = h.get('etag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    expect((await get('/assets/app-abc123.js', `If-None-Match: ${etag}\r\n`)).status).toBe(304);
    expect(headersOf((await get('/fonts/a.woff2')).text).get('content-type')).toBe('font/woff2');
    expect(headersOf((await get('/fonts/a.woff2')).text).get('cache-control')).toBe('public, max-age=604800');
    expect(headersOf((await get('/sub/data.geojson')).text).get('content-type')).toBe(
      'application/geo+json; charset=utf-8',
    );
    const spa = await get('/park:menghai?page=parks&lang=en');
    expect(spa.status).toBe(200);
    expect(spa.text).toContain('INDEX-PAGE');
    expect(headersOf(spa.text).get('cache-control')).toBe('no-cache');
    expect((await get('/sub')).status).toBe(200);
    expect((await get('/assets/missing-xyz.js')).status).toBe(404);
    expect((await get('/dir.js')).status).toBe(404);
    const head = await send(line('HEAD', '/assets/app-abc123.js'));
    expect(head.status).toBe(200);
    expect(head.text.split('\r\n\r\n')[1]).toBe('');
    const options = headersOf((await send(line('OPTIONS', '/'))).text);
    expect(options.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(headersOf((await send(line('DELETE', '/'))).text).get('allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('serves a pre-rendered page at its path with a slash (301 without), an unknown clean profile to the app', async () => {
    for (const target of [
      '/en/parks/menghai/',
      '/en/parks/menghai/?sel=park:menghai',
      '/en/parks/menghai/index.html',
    ]) {
      const r = await get(target);
      expect(r.status, target).toBe(200);
      expect(r.text, target).toContain('PROFILE-PAGE');
      expect(headersOf(r.text).get('content-type')).toBe('text/html; charset=utf-8');
      expect(headersOf(r.text).get('content-security-policy')).toBe(`${POLICY}; frame-ancestors 'none'`);
    }
    const moved = await get('/en/parks/menghai?lang=zh');
    expect(moved.status).toBe(301);
    expect(headersOf(moved.text).get('location')).toBe('/en/parks/menghai/?lang=zh');
    const unknown = await get('/zh/parks/nowhere/');
    expect(unknown.status).toBe(302);
    expect(headersOf(unknown.text).get('location')).toBe('/?page=park:nowhere&lang=zh');
    // A directory without an index.html is still the app (SPA fallback), a missing file a 404.
    expect((await get('/en/parks/')).text).toContain('INDEX-PAGE');
    expect((await get('/en/parks/menghai/missing.png')).status).toBe(404);
    expect(headersOf((await get('/favicon.ico')).text).get('content-type')).toBe('image/x-icon');
    expect(headersOf((await get('/sitemap.xml')).text).get('content-type')).toBe(
      'application/xml; charset=utf-8',
    );
  });

  it('sends the security headers on a page, an asset, a 404 and a refused request', async () => {
    const csp = `${POLICY}; frame-ancestors 'none'`;
    for (const target of ['/', '/assets/app-abc123.js', '/missing.js', '/%zz', '/../x']) {
      const h = headersOf((await get(target)).text);
      expect(h.get('content-security-policy'), target).toBe(csp);
      expect(h.get('x-content-type-options'), target).toBe('nosniff');
      expect(h.get('referrer-policy'), target).toBe('no-referrer');
      expect(h.get('x-frame-options'), target).toBe('DENY');
      expect(h.get('cross-origin-opener-policy'), target).toBe('same-origin');
      expect(h.get('permissions-policy'), target).toContain('camera=()');
    }
    // Answers of the clientError handler carry them too.
    const bad = headersOf((await send('GET / HTTP/1.1\r\nHost: x\r\nnonsense\r\n\r\n')).text);
    expect(bad.get('content-security-policy')).toBe(csp);
    expect(bad.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 503 while index.html is missing and recovers when it is back', async () => {
    renameSync(join(root, 'index.html'), join(root, 'index.html.bak'));
    try {
      const r = await get('/');
      expect(r.status).toBe(503);
      expect(r.text).toContain('npm run build');
      expect((await get('/index.html')).status).toBe(404);
    } finally {
      renameSync(join(root, 'index.html.bak'), join(root, 'index.html'));
    }
    expect((await get('/')).status).toBe(200);
    expect(exited).toBeNull();
  });

  it('answers one byte range with 206 and those bytes of the file itself (never its .gz), else 200 or 416', async () => {
    const js = `export const x = ${JSON.stringify('y'.repeat(2000))};\n`;
    const body = (t: string) => t.slice(t.indexOf('\r\n\r\n') + 4);
    const part = await get('/assets/app-abc123.js', 'Range: bytes=10-19\r\nAccept-Encoding: gzip\r\n');
    expect(part.status).toBe(206);
    const h = headersOf(part.text);
    expect(h.get('content-range')).toBe(`bytes 10-19/${js.length}`);
    expect(h.get('content-encoding')).toBeUndefined();
    expect(body(part.text)).toBe(js.slice(10, 20));
    const tail = await get('/assets/app-abc123.js', 'Range: bytes=-5\r\n');
    expect(body(tail.text)).toBe(js.slice(-5));
    expect(headersOf(tail.text).get('content-range')).toBe(
      `bytes ${js.length - 5}-${js.length - 1}/${js.length}`,
    );
    const open = await get('/assets/app-abc123.js', 'Range: bytes=2000-\r\n');
    expect(body(open.text)).toBe(js.slice(2000));
    expect((await get('/assets/app-abc123.js', `Range: bytes=${js.length}-\r\n`)).status).toBe(416);
    // Several ranges, another unit, or an If-Range that no longer matches: the whole file.
    for (const range of ['bytes=0-1,5-6', 'items=0-1', 'bytes=9-3'])
      expect((await get('/assets/app-abc123.js', `Range: ${range}\r\n`)).status, range).toBe(200);
    expect((await get('/assets/app-abc123.js', 'Range: bytes=0-1\r\nIf-Range: "stale"\r\n')).status).toBe(
      200,
    );
    expect(headersOf((await get('/assets/app-abc123.js')).text).get('accept-ranges')).toBe('bytes');
    expect(exited).toBeNull();
  });
});
