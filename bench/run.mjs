// On-demand benchmarks (npm run bench). Prints ratios measured in one run, ours against the
// floor each target names, because these machines are shared and absolute times are noisy:
//   1. injecting an N-application stream vs a bare js-yaml loadAll + dump of the same stream;
//   2. start-up (`kube-inject --version`) vs `node -e 0`.
// Usage: node bench/run.mjs [apps=5000] [rounds=5]   (build first: npm run build:dist)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dump, loadAll } from 'js-yaml';
import { generateStream } from './generate.mjs';

const apps = Number(process.argv[2] ?? 5000);
const rounds = Number(process.argv[3] ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'kube-inject-bench-'));
const file = join(dir, 'stream.yaml');
writeFileSync(file, generateStream(apps));
const bin = new URL('../bin/kube-inject.js', import.meta.url).pathname;

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn) {
  const t = performance.now();
  fn();
  return performance.now() - t;
}
const run = (args) => execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 1 << 30 });

// Interleave the two sides so that machine noise hits both alike.
const floor = [];
const ours = [];
const text = (await import('node:fs')).readFileSync(file, 'utf8');
for (let i = 0; i < rounds; i++) {
  floor.push(time(() => loadAll(text).map((d) => dump(d)).join('---\n')));
  ours.push(time(() => run([bin, '-q', '-f', file])));
}
// The floor above runs in-process; measure the same floor as a process too, for a fair ratio.
const floorScript = join(dir, 'floor.mjs');
writeFileSync(floorScript, `import { readFileSync } from 'node:fs'; import { dump, loadAll } from ${JSON.stringify(new URL('../node_modules/js-yaml/dist/js-yaml.mjs', import.meta.url).href)};
process.stdout.write(loadAll(readFileSync(process.argv[2], 'utf8')).map((d) => dump(d)).join('---\\n'));`);
const floorProc = [];
for (let i = 0; i < rounds; i++) floorProc.push(time(() => run([floorScript, file])));

const startOurs = [];
const startNode = [];
for (let i = 0; i < rounds * 4; i++) {
  startNode.push(time(() => run(['-e', '0'])));
  startOurs.push(time(() => run([bin, '--version'])));
}

const fmt = (x) => x.toFixed(2);
console.log(`stream: ${apps} applications (${(text.length / 1e6).toFixed(1)} MB), ${rounds} rounds, medians`);
console.log(`  inject (process)            / js-yaml load+dump (process): ${fmt(median(ours) / median(floorProc))}x   (target <= 2x)`);
console.log(`  inject (process)            / js-yaml load+dump (in-process): ${fmt(median(ours) / median(floor))}x`);
console.log(`start-up: kube-inject --version / node -e 0: ${fmt(median(startOurs) / median(startNode))}x   (target <= 1.5x)`);
