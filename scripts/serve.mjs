#!/usr/bin/env node
/**
 * Serves the production build (dist/) on 127.0.0.1: precompressed .gz files when the client accepts
 * gzip, correct content types (.geojson, .mjs, .woff2), long caching for hashed assets, real 404s for
 * missing files, and index.html for any other path (SPA fallback).
 * Usage: node scripts/serve.mjs [--root dist] [--port 4173]; PORT=0 picks a free port.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

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
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve: ${root}/index.html not found — run "npm run build" first`);
  process.exit(1);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path;
  try {
    path = normalize(decodeURIComponent(url.pathname));
  } catch {
    res.writeHead(400).end('bad path');
    return;
  }
  let file = resolve(join(root, path));
  if (!file.startsWith(root + sep) && file !== root) {
    res.writeHead(403).end('forbidden');
    return;
  }
  const isFile = existsSync(file) && statSync(file).isFile();
  if (!isFile) {
    // Paths with an extension are files: a missing one is a 404, not index.html (so a missing
    // worker or font shows as an error, not as HTML parsed as JS).
    if (extname(path)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
      return;
    }
    file = join(root, 'index.html');
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const headers = { 'content-type': type, vary: 'accept-encoding' };
  // Hashed assets never change; font subsets change only with the font package, so a week is safe
  // (and lets the DOM's @font-face and MapLibre's font loader share one download). Everything else
  // revalidates with the ETag.
  const st = statSync(file);
  headers.etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
  headers['cache-control'] = file.includes(`${sep}assets${sep}`)
    ? 'public, max-age=31536000, immutable'
    : file.includes(`${sep}fonts${sep}`)
      ? 'public, max-age=604800'
      : 'no-cache';
  if (req.headers['if-none-match'] === headers.etag) {
    res.writeHead(304, headers).end();
    return;
  }
  const gz = `${file}.gz`;
  if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && existsSync(gz)) {
    headers['content-encoding'] = 'gzip';
    headers['content-length'] = statSync(gz).size;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return res.end();
    createReadStream(gz).pipe(res);
    return;
  }
  headers['content-length'] = statSync(file).size;
  res.writeHead(200, headers);
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).pipe(res);
});

server.listen(port, host, () => {
  const addr = server.address();
  console.log(`Serving ${root} at http://${host}:${typeof addr === 'object' && addr ? addr.port : port}/`);
});
