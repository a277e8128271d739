#!/usr/bin/env node
/**
 * `npm test`: builds data and app (typecheck and lint running alongside), then every vitest test (unit +
 * browser). Typecheck, lint and build count as one check each. Ends with the line `N passed, N failed`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (label, cmd, args) => {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  console.log(`${ok ? '✓' : '✗'} ${label}`);
  return ok;
};

/**
 * The same check started in the background, its output kept and printed when `report` is awaited: the
 * typecheck and the lint need no build, and run while the data build (one thread) leaves a core idle.
 */
const start = (label, cmd, args) => {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
  const out = [];
  child.stdout.on('data', (b) => out.push(b));
  child.stderr.on('data', (b) => out.push(b));
  const done = new Promise((resolve) => {
    child.once('error', (e) => {
      out.push(Buffer.from(`${e.message}\n`));
      resolve(1);
    });
    child.once('close', (code) => resolve(code));
  });
  return async () => {
    const code = await done;
    console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
    process.stdout.write(Buffer.concat(out));
    const ok = code === 0;
    console.log(`${ok ? '✓' : '✗'} ${label}`);
    return ok;
  };
};

let passed = 0;
let failed = 0;
const check = (ok) => (ok ? passed++ : failed++);

const typecheck = start('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
const lint = start('lint', 'npx', ['biome', 'check', '.']);
const built = run('build (data + app)', 'npm', ['run', 'build']);
check(built);
check(await typecheck());
check(await lint());

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
rmSync(report, { force: true });
const vitestOk = run('vitest (unit + browser)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${report}`,
]);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  const before = failed;
  failed += r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
  // A suite that failed outside its tests (it did not load, a beforeAll hook threw or timed out: its
  // tests are then skipped, not failed) counts as one failure.
  for (const s of r.testResults ?? [])
    if (s.status === 'failed' && !(s.assertionResults ?? []).some((a) => a.status === 'failed')) failed++;
  // And vitest failing with nothing counted (an unhandled error between tests) is a failure too.
  if (!vitestOk && failed === before) failed++;
  if (r.numPendingTests + r.numTodoTests > 0)
    console.log(`(${r.numPendingTests + r.numTodoTests} skipped, not counted as passed)`);
} else {
  failed++;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
