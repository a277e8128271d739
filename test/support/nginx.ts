/**
 * Runs Debian's nginx (package nginx-light) on a free loopback port with the README's worked example,
 * scripts/deploy/nginx.conf, as written: only its two lines marked "yours" (listen, root) are rewritten.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { Served } from './server';

const root = join(import.meta.dirname, '..', '..');
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const SITE_CONF = join(root, 'scripts', 'deploy', 'nginx.conf');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

/** The site file with its listen and root lines set; throws if either "yours" line is gone. */
export function siteConf(text: string, port: number, dist: string): string {
  let n = 0;
  const out = text
    .replace(/^(\s*)listen\s+[^;]+;(\s*# yours)$/m, (_, a: string, b: string) => {
      n++;
      return `${a}listen 127.0.0.1:${port};${b}`;
    })
    .replace(/^(\s*)root\s+[^;]+;(\s*# yours.*)$/m, (_, a: string, b: string) => {
      n++;
      return `${a}root ${dist};${b}`;
    });
  if (n !== 2)
    throw new Error(`${SITE_CONF}: its "listen … # yours" and "root … # yours" lines are not both there`);
  return out;
}

export async function serveNginx(dir = process.env.XSBN_DIST ?? 'dist'): Promise<Served> {
  if (!existsSync(NGINX))
    throw new Error(
      `nginx not found at ${NGINX}: apt-get install -y nginx-light (.ci/run does), or set NGINX_PATH`,
    );
  const dist = isAbsolute(dir) ? dir : join(root, dir);
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'xsbn-nginx-'));
  mkdirSync(join(prefix, 'logs'));
  writeFileSync(join(prefix, 'site.conf'), siteConf(readFileSync(SITE_CONF, 'utf8'), port, dist));
  const asRoot = process.getuid?.() === 0;
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      // As root (CI), workers would drop to nobody, who may not read the checkout.
      asRoot ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/logs/error.log warn;`,
      'events { worker_connections 64; }',
      'http {',
      `  access_log ${prefix}/logs/access.log;`,
      `  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fcgi;`,
      `  uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;`,
      `  include ${prefix}/site.conf;`,
      '}',
    ].join('\n'),
  );
  const conf = join(prefix, 'nginx.conf');
  const check = spawnSync(NGINX, ['-t', '-p', prefix, '-c', conf], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the configuration:\n${check.stderr}`);
  const child: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', conf, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (b: Buffer) => {
    err += b.toString();
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${err}`);
    const ok = await fetch(url).then(
      () => true,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () =>
      new Promise((r) => {
        const done = () => {
          rmSync(prefix, { recursive: true, force: true });
          r();
        };
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGQUIT');
      }),
  };
}
