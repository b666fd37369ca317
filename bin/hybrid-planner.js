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
// time: keep V8's compiled code between runs. Node 22.1+ does this itself; on Node 20 the bundle's
// own files go through a small equivalent below. Any failure just means compiling as usual.
if (typeof Module.enableCompileCache === 'function') {
  try {
    Module.enableCompileCache();
  } catch {
    // no cache: slower, same behaviour
  }
} else {
  try {
    useCompileCache();
  } catch {
    // no cache: slower, same behaviour
  }
}
require(built);

/** Code cache for the files under out/main, kept in a per-user folder of the temp directory. */
function useCompileCache() {
  const os = require('node:os');
  const vm = require('node:vm');
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const root = path.join(os.tmpdir(), `hybrid-planner-compile-cache-${uid ?? 'user'}`);
  // One folder per build (out/ is emptied on every build, so cli.js's time names it): older ones are
  // removed when this one is written.
  const runtime = `${process.version}-${process.arch}-`;
  const dir = path.join(root, `${runtime}${Math.floor(fs.statSync(built).mtimeMs)}`);
  // Compiled code runs as this user: trust only a folder this user owns and no one else can write to.
  const ours = () => {
    const st = fs.statSync(root);
    return (uid === undefined || st.uid === uid) && (st.mode & 0o022) === 0;
  };
  let trusted;
  try {
    trusted = ours();
  } catch {
    trusted = false; // no cache yet
  }

  const prefix = outDir + path.sep;
  const toWrite = [];
  const compile = Module.prototype._compile;
  Module.prototype._compile = function compileCached(content, filename) {
    if (!filename.startsWith(prefix) || !filename.endsWith('.js')) return compile.call(this, content, filename);
    // A changed file has another size or time, so another entry; V8 also rejects a stale one.
    const { size, mtimeMs } = fs.statSync(filename);
    const file = path.join(dir, `${path.relative(outDir, filename).replace(/[\\/]/g, '_')}-${size}-${Math.floor(mtimeMs)}`);
    let cachedData;
    try {
      if (trusted) cachedData = fs.readFileSync(file);
    } catch {
      // first run of this build
    }
    const script = new vm.Script(Module.wrap(content), {
      filename,
      cachedData,
      importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    if (!cachedData || script.cachedDataRejected) toWrite.push({ script, file });
    const mod = this;
    const req = (id) => mod.require(id);
    req.resolve = (request, options) => Module._resolveFilename(request, mod, false, options);
    req.main = require.main;
    req.extensions = Module._extensions;
    req.cache = Module._cache;
    return script.runInThisContext({ displayErrors: true }).call(mod.exports, mod.exports, req, mod, filename, path.dirname(filename));
  };
  // Written at exit, so the cache also holds the functions this run compiled lazily.
  process.once('exit', () => {
    if (!toWrite.length) return;
    try {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      if (!ours()) return;
      for (const f of fs.readdirSync(root)) {
        if (f.startsWith(runtime) && path.join(root, f) !== dir) fs.rmSync(path.join(root, f), { recursive: true, force: true });
      }
      for (const { script, file } of toWrite) {
        const tmp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(tmp, file);
      }
    } catch {
      // a read-only or full temp directory only costs speed
    }
  });
}
