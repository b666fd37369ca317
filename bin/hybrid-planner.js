#!/usr/bin/env node
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const outDir = path.join(__dirname, '..', 'out', 'main');
const built = path.join(outDir, 'cli.js');
if (!fs.existsSync(built)) {
  process.stderr.write('Hybrid Planner is not built yet. Run: npm run build\n');
  process.exit(1);
}

// Compiling the bundle is the largest part of a command's start-up, and it is the same work every
// time: Node 22.1+ keeps V8's compiled code between runs when asked. Older Node compiles as usual
// (patching Node's module loader to do the same on Node 20 was measured at ~13 ms a command, and is
// not worth owning a copy of Node internals).
if (typeof Module.enableCompileCache === 'function') {
  try {
    Module.enableCompileCache();
  } catch {
    // no cache: slower, same behaviour
  }
}
require(built);
