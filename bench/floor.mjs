// The floor of the stream rows: what any tool that reads and writes the stream must at least do.
// js-yaml `loadAll` of the file, `dump` of every document, the stream written to stdout.
//   node bench/floor.mjs FILE
import { readFileSync } from 'node:fs';
import { dump, loadAll } from 'js-yaml';

const docs = loadAll(readFileSync(process.argv[2], 'utf8'));
process.stdout.write(docs.map((d) => dump(d)).join('---\n'));
