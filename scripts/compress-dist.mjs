#!/usr/bin/env node
/** Writes a .gz beside every compressible file of dist/ over 1 kB, for servers that serve precompressed files. */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = process.argv[2] ?? 'dist';
const EXT = /\.(js|mjs|css|html|json|geojson|svg|ttf|wasm|bin)$/;
let n = 0;
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (EXT.test(name) && statSync(p).size > 1024) {
      writeFileSync(`${p}.gz`, gzipSync(readFileSync(p), { level: 9 }));
      n++;
    }
  }
};
walk(root);
console.log(`compressed ${n} files in ${root}`);
