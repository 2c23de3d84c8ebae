#!/usr/bin/env node
// kube-inject's executable. It is CommonJS (bin/package.json says so): Node starts a CommonJS
// main without its ES module loader, which a run on one file would notice. dist/start.cjs runs
// the CLI bundle with the code V8 compiled for it on an earlier run (src/cli/start.ts).
'use strict';
require('../dist/start.cjs').start(require('node:path').join(__dirname, '..', 'dist'));
