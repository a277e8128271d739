#!/usr/bin/env node
/**
 * Serves the production build (dist/) on 127.0.0.1: precompressed .gz files when the client accepts
 * gzip, single byte ranges (206, 416; tile archives are read so), correct content types (.geojson, .mjs, .woff2), long caching for hashed assets, real 404s for
 * missing files, a directory's index.html at its path with a slash (the pre-rendered pages,
 * /en/parks/menghai/; without the slash a 301 to it), and index.html for any other path (SPA fallback;
 * a clean profile URL the build did not pre-render, /en/parks/x/, goes to ?page=park:x&lang=en so the
 * app can say the park is unknown).
 *
 * Hardened against hostile input: only the path of the request target is used (never an authority),
 * bad percent-encoding, NUL and control characters, backslashes, double encoding and every form of
 * `..` are refused with a 4xx, nothing outside the root is ever read (symbolic links included), every
 * file-system error becomes a 4xx/5xx answer, and malformed requests that never reach the handler are
 * answered by the `clientError` handler. Every response carries the security headers: the
 * Content-Security-Policy is read from dist/index.html's <meta http-equiv> tag (written by the build,
 * scripts/vite-csp.ts, with the hashes of its inline blocks) plus `frame-ancestors 'none'`, which a
 * meta tag cannot carry.
 * Usage: node scripts/serve.mjs [--root dist] [--port 4173] [--host 127.0.0.1]; PORT=0 picks a free port.
 */
import { constants, readFileSync, realpathSync, statSync } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { createServer, STATUS_CODES } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';

const args = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const root = resolve(arg('root', 'dist'));
const port = Number(arg('port', process.env.PORT ?? 4173));
const host = arg('host', '127.0.0.1');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ico': 'image/x-icon',
  // sql.js (GeoPackages): WebAssembly compiles while streaming only when served as application/wasm.
  '.wasm': 'application/wasm',
  // Tile archives (read by byte ranges; their tiles are compressed inside).
  '.pmtiles': 'application/vnd.pmtiles',
};
const ALLOW = 'GET, HEAD, OPTIONS';
/** Stream errors that only mean the client went away. */
const QUIET = new Set(['ERR_STREAM_PREMATURE_CLOSE', 'ERR_STREAM_DESTROYED', 'ECONNRESET', 'EPIPE']);
const MAX_TARGET = 2048;

/**
 * One byte range of a `size`-byte file from a Range header (bytes=a-b, a-, -n), or null to send the
 * whole file (no header, another unit, several ranges, an If-Range that no longer matches), or
 * 'unsatisfiable' (416). RFC 9110 §14.
 */
function byteRange(header, ifRange, etag, size) {
  if (typeof header !== 'string') return null;
  if (typeof ifRange === 'string' && ifRange !== etag) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  let start;
  let end;
  if (m[1] === '') {
    const n = Number(m[2]);
    if (n === 0) return 'unsatisfiable';
    start = Math.max(0, size - n);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
    if (m[2] !== '' && Number(m[2]) < start) return null;
  }
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}

const INDEX = join(root, 'index.html');
try {
  if (!statSync(INDEX).isFile()) throw new Error('not a file');
} catch {
  console.error(`serve: ${INDEX} not found — run "npm run build" first`);
  process.exit(1);
}
const realRoot = realpathSync(root);

// ── Security headers ───────────────────────────────────────────────────────────────────────────────
/** Used when index.html carries no policy: nothing inline, nothing from another origin. */
const FALLBACK_POLICY = "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
const META_CSP = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=(?:"([^"]*)"|'([^']*)')/i;
const unescapeAttr = (s) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The policy of index.html's meta tag, re-read whenever index.html changes (a rebuild changes the hashes). */
const policy = { key: '', header: '' };
function policyFrom(html) {
  const m = META_CSP.exec(html);
  const meta = m ? unescapeAttr(m[1] ?? m[2] ?? '').trim() : '';
  const base = (meta || FALLBACK_POLICY).replace(/;\s*$/, '');
  return { meta: Boolean(meta), header: `${base}; frame-ancestors 'none'` };
}
function refreshPolicy(force = false) {
  try {
    const st = statSync(INDEX);
    const key = `${st.size}-${st.mtimeMs}`;
    if (!force && key === policy.key) return;
    const p = policyFrom(readFileSync(INDEX, 'utf8'));
    if (!p.meta)
      console.warn(`serve: ${INDEX} has no Content-Security-Policy meta tag; using a strict default`);
    policy.key = key;
    policy.header = p.header;
  } catch {
    // index.html is missing or unreadable: keep the last policy (or the strict default)
    if (!policy.header) policy.header = `${FALLBACK_POLICY}; frame-ancestors 'none'`;
  }
}
refreshPolicy(true);

const securityHeaders = () => ({
  'content-security-policy': policy.header,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
});

// ── Answers ────────────────────────────────────────────────────────────────────────────────────────
/** A short plain-text answer (errors, 405, 503) with the security headers; never throws. */
function answer(res, status, text = STATUS_CODES[status] ?? '', extra = {}) {
  try {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const empty = status === 204 || status === 304;
    const body = empty ? '' : `${text}\n`;
    res.writeHead(status, {
      ...securityHeaders(),
      'cache-control': 'no-store',
      ...(empty
        ? {}
        : { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body) }),
      ...extra,
    });
    res.end(body);
  } catch {
    res.destroy();
  }
}

/** A raw response on a socket that has no ServerResponse (clientError, CONNECT). */
function rawAnswer(socket, status, extra = '') {
  const text = `${STATUS_CODES[status] ?? 'Error'}\n`;
  const headers = Object.entries(securityHeaders())
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\nconnection: close\r\n` +
      `content-type: text/plain; charset=utf-8\r\ncontent-length: ${text.length}\r\n${headers}${extra}\r\n${text}`,
  );
}

// ── Request target → file path ─────────────────────────────────────────────────────────────────────
class HttpError extends Error {
  constructor(status, message) {
    super(message ?? STATUS_CODES[status]);
    this.status = status;
  }
}

/** Control characters (NUL included), DEL, backslashes, and `also`. */
const hasBadChar = (s, also) => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f || s[i] === '\\' || s[i] === also) return true;
  }
  return false;
};

/**
 * The decoded path segments of a request target, or an HttpError. Only origin-form (`/path?query`) and
 * absolute-form (`http://host/path`, whose authority is ignored) are accepted; the path is never parsed
 * as a URL, so `//host` and the like are paths with empty segments, not authorities.
 */
function segmentsOf(target) {
  if (target.length > MAX_TARGET) throw new HttpError(414);
  let raw;
  if (target.startsWith('/')) raw = target;
  else {
    const m = /^https?:\/\/[^/?#]*(\/[^?#]*)?(?:[?#]|$)/i.exec(target);
    if (!m) throw new HttpError(400, 'bad request target');
    raw = m[1] ?? '/';
  }
  raw = raw.replace(/[?#].*$/s, '');
  if (hasBadChar(raw, ' ')) throw new HttpError(400, 'bad character in path');
  let path;
  try {
    path = decodeURIComponent(raw);
  } catch {
    throw new HttpError(400, 'bad percent-encoding');
  }
  // Control characters (NUL included), backslashes and a `%` left after decoding (double encoding).
  if (hasBadChar(path, '%')) throw new HttpError(400, 'bad character in path');
  const segments = path.split('/').filter((s) => s !== '');
  for (const s of segments) {
    if (s === '.' || s === '..') throw new HttpError(400, 'dot segment in path');
    if (s.startsWith('.')) throw new HttpError(404, 'not found');
  }
  return segments;
}

/** Opens a regular file under the root; null if it does not exist (or is a directory). */
async function openFile(file) {
  let fh;
  try {
    // O_NONBLOCK: opening a FIFO must not block a thread waiting for a writer (it is then refused).
    fh = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const st = await fh.stat();
    if (!st.isFile()) {
      await fh.close();
      return null;
    }
    // No symbolic link may lead out of the root.
    const real = await realpath(file);
    if (real !== realRoot && !real.startsWith(realRoot + sep)) {
      await fh.close();
      throw new HttpError(403, 'forbidden');
    }
    return { fh, st };
  } catch (e) {
    await fh?.close().catch(() => {});
    if (e instanceof HttpError) throw e;
    if (['ENOENT', 'ENOTDIR', 'EISDIR', 'ENAMETOOLONG', 'ELOOP'].includes(e?.code)) return null;
    if (e?.code === 'EACCES' || e?.code === 'EPERM') throw new HttpError(403, 'forbidden');
    throw e;
  }
}

const acceptsGzip = (header = '') =>
  header.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name !== 'gzip' && name !== 'x-gzip' && name !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });

const etagMatches = (header, etag) =>
  typeof header === 'string' &&
  header.split(',').some((t) => {
    const v = t.trim();
    return v === '*' || v.replace(/^W\//, '') === etag;
  });

// ── The handler ────────────────────────────────────────────────────────────────────────────────────
async function handle(req, res) {
  if (req.httpVersionMajor !== 1) return answer(res, 400, 'unsupported HTTP version');
  if (req.httpVersionMinor === 1 && !req.headers.host) return answer(res, 400, 'missing Host header');
  const method = req.method;
  if (method === 'OPTIONS') return answer(res, 204, '', { allow: ALLOW });
  if (method !== 'GET' && method !== 'HEAD') return answer(res, 405, 'method not allowed', { allow: ALLOW });

  const segments = segmentsOf(req.url ?? '');
  const path = `/${segments.join('/')}`;
  let file = join(root, ...segments);
  if (file !== root && !file.startsWith(root + sep)) throw new HttpError(403, 'forbidden');

  let found = await openFile(file);
  if (!found && !extname(path) && file !== root) {
    // A directory with an index.html: a pre-rendered page (its links and assets are relative to it
    // through its <base>, but the browser needs the slash to resolve the <base> itself).
    const index = join(file, 'index.html');
    const page = await openFile(index);
    if (page) {
      const raw = (req.url ?? '').replace(/^https?:\/\/[^/?#]*/i, '');
      const query = raw.includes('?') ? raw.slice(raw.indexOf('?')).replace(/#.*$/s, '') : '';
      if (!/\/(?:[?#]|$)/.test(raw)) {
        await page.fh.close().catch(() => {});
        const to = `/${segments.map(encodeURIComponent).join('/')}/${query}`;
        return answer(res, 301, `moved to ${to}`, { location: to });
      }
      found = page;
      file = index;
    } else {
      const clean = /^(.*\/)(zh|en)\/parks\/([a-z0-9][a-z0-9-]{0,63})$/.exec(path);
      if (clean) {
        const to = `${clean[1]}?page=park:${clean[3]}&lang=${clean[2]}`;
        return answer(res, 302, `not pre-rendered: ${to}`, { location: to });
      }
    }
  }
  if (!found) {
    // Paths with an extension are files: a missing one is a 404, not index.html (so a missing
    // worker or font shows as an error, not as HTML parsed as JS).
    if (extname(path)) return answer(res, 404, `not found: ${path}`);
    file = INDEX;
    found = await openFile(file);
    if (!found) return answer(res, 503, 'index.html is missing: run "npm run build"');
  }
  // The pre-rendered pages carry index.html's inline blocks and its policy (scripts/site-files.ts).
  if (file.endsWith('.html')) refreshPolicy();

  let { fh, st } = found;
  const headers = {
    ...securityHeaders(),
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    vary: 'accept-encoding',
  };
  // Hashed assets never change; font subsets change only with the font package, so a week is safe
  // (and lets the DOM's @font-face and MapLibre's font loader share one download). Everything else
  // revalidates with the ETag.
  headers.etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
  const rel = file.slice(root.length);
  headers['cache-control'] = rel.startsWith(`${sep}assets${sep}`)
    ? 'public, max-age=31536000, immutable'
    : rel.startsWith(`${sep}fonts${sep}`)
      ? 'public, max-age=604800'
      : 'no-cache';
  if (etagMatches(req.headers['if-none-match'], headers.etag)) {
    await fh.close().catch(() => {});
    res.writeHead(304, headers).end();
    return;
  }
  // A byte range of the file as it is (PMTiles archives are read so): never of its .gz twin.
  headers['accept-ranges'] = 'bytes';
  const range = byteRange(req.headers.range, req.headers['if-range'], headers.etag, st.size);
  if (range === 'unsatisfiable') {
    await fh.close().catch(() => {});
    res.writeHead(416, { ...headers, 'content-range': `bytes */${st.size}`, 'content-length': 0 }).end();
    return;
  }
  if (range) {
    const length = range.end - range.start + 1;
    res.writeHead(206, {
      ...headers,
      'content-range': `bytes ${range.start}-${range.end}/${st.size}`,
      'content-length': length,
    });
    if (method === 'HEAD') {
      await fh.close().catch(() => {});
      res.end();
      return;
    }
    pipeline(fh.createReadStream({ start: range.start, end: range.end, autoClose: true }), res, (err) => {
      if (err && !QUIET.has(err.code)) console.error(`serve: ${path}: ${err.message}`);
    });
    return;
  }
  if (acceptsGzip(req.headers['accept-encoding']) && !file.endsWith('.gz')) {
    const gz = await openFile(`${file}.gz`).catch(() => null);
    if (gz) {
      await fh.close().catch(() => {});
      ({ fh, st } = gz);
      headers['content-encoding'] = 'gzip';
    }
  }
  headers['content-length'] = st.size;
  if (method === 'HEAD') {
    await fh.close().catch(() => {});
    res.writeHead(200, headers).end();
    return;
  }
  const stream = fh.createReadStream({ start: 0, end: Math.max(0, st.size - 1), autoClose: true });
  res.writeHead(200, headers);
  if (st.size === 0) {
    stream.destroy();
    res.end();
    return;
  }
  // pipeline closes the file on every outcome and destroys the response on a read error (the
  // headers are sent by then: the client sees a cut connection, never a wrong body). A file cut short
  // while it is read cuts the connection too, rather than leaving the client waiting for the rest.
  let sent = 0;
  stream.on('data', (chunk) => {
    sent += chunk.length;
  });
  pipeline(stream, res, (err) => {
    if (!err && sent !== st.size) res.destroy();
    if (err && !QUIET.has(err.code)) console.error(`serve: ${path}: ${err.message}`);
  });
}

const server = createServer({ requireHostHeader: false }, (req, res) => {
  req.on('error', () => res.destroy());
  res.on('error', () => {});
  req.resume(); // a body on a GET is read and dropped, so the connection stays usable
  handle(req, res).catch((err) => {
    if (err instanceof HttpError) return answer(res, err.status, err.message);
    console.error(`serve: ${req.method} ${String(req.url).slice(0, 200)}: ${err?.stack ?? err}`);
    answer(res, 500);
  });
});

// Requests the parser refuses (bad request line, bad header, headers too large) never reach the handler.
server.on('clientError', (err, socket) => {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  // Answer only if no response of this connection is half written.
  if (!socket._httpMessage?.headersSent) {
    const status =
      err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    try {
      rawAnswer(socket, status);
    } catch {
      // the socket went away meanwhile
    }
  }
  const timer = setTimeout(() => socket.destroy(), 1000);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
  socket.on('error', () => {});
});
server.on('connect', (_req, socket) => {
  socket.on('error', () => {});
  try {
    rawAnswer(socket, 405, `allow: ${ALLOW}\r\n`);
  } catch {
    socket.destroy();
  }
  setTimeout(() => socket.destroy(), 1000).unref();
});
server.on('checkExpectation', (_req, res) => answer(res, 417));
server.on('error', (err) => {
  console.error(`serve: ${err.message}`);
  process.exit(1);
});
server.headersTimeout = 20_000;
server.requestTimeout = 60_000;

server.listen(port, host, () => {
  const addr = server.address();
  console.log(`Serving ${root} at http://${host}:${typeof addr === 'object' && addr ? addr.port : port}/`);
});
