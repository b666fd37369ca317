#!/usr/bin/env node
// `npm run dev`: electron-vite's dev server with hot reload. Only this sets HYBRID_PLANNER_DEV=1, the
// explicit flag without which the app ignores ELECTRON_RENDERER_URL (a stray one must not point the
// desktop app at a page someone else serves). Needs the Electron binary.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const child = spawn(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'dev', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, HYBRID_PLANNER_DEV: '1' },
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
