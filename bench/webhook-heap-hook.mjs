// Loaded into the server by bench/webhook-load.mjs (`node --expose-gc --import`): on SIGUSR2 it
// runs a full garbage collection and writes the live heap and the RSS on stderr, so the bench can
// tell memory the server keeps from heap V8 has not given back yet.
process.on('SIGUSR2', () => {
  globalThis.gc?.();
  const m = process.memoryUsage();
  process.stderr.write(`bench-heap ${m.heapUsed} ${m.rss}\n`);
});
