// Loaded with `node --import` into every process the bench runs: on exit, writes the process's
// peak resident set size (KiB, getrusage's ru_maxrss) and CPU time (µs, user + system) to
// $BENCH_RSS_FILE as JSON. CPU time tells what the process did when other work shares the machine.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ kib: u.maxRSS, cpuUs: u.userCPUTime + u.systemCPUTime }));
  });
}
