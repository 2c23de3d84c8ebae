// Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self time,
// and the most inclusive time (a function counted once per sample however deep it recurses).
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bin/kube-inject.js -q -f stream.yaml > /dev/null
//   node bench/profile-summary.mjs /tmp/prof/CPU.*.cpuprofile [top=25]
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: node bench/profile-summary.mjs FILE.cpuprofile [top]');
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const label = (n) => {
  const f = n.callFrame;
  const where = f.url ? `${f.url.replace(/^.*\/(dist|src|node_modules)\//, '$1/')}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'} ${where}`.trim();
};

// Time per sample: the gaps between sample timestamps (µs).
const self = new Map();
const incl = new Map();
let total = 0;
const deltas = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const dt = deltas[i + 1] ?? 0;
  total += dt;
  const leaf = byId.get(profile.samples[i]);
  const l = label(leaf);
  self.set(l, (self.get(l) ?? 0) + dt);
  const seen = new Set();
  for (let id = leaf.id; id !== undefined; id = parent.get(id)) {
    const name = label(byId.get(id));
    if (seen.has(name)) continue;
    seen.add(name);
    incl.set(name, (incl.get(name) ?? 0) + dt);
  }
}

const print = (title, m) => {
  console.log(`${title} (total ${(total / 1000).toFixed(0)} ms)`);
  const rows = [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [name, us] of rows) console.log(`  ${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`);
};
print('self time', self);
print('inclusive time', incl);
