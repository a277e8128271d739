#!/usr/bin/env node
/** Writes test/durations.json (seconds per test file) from the last `npm test` run's vitest report. */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
const out = Object.fromEntries(
  report.testResults
    .map((s) => [relative(process.cwd(), s.name), Math.round((s.endTime - s.startTime) / 100) / 10])
    .sort((a, b) => b[1] - a[1]),
);
writeFileSync('test/durations.json', `${JSON.stringify(out, null, 2)}\n`);
console.log(`test/durations.json: ${Object.keys(out).length} files`);
