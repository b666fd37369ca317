import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// One build for three outputs: the Electron main process (and the CLI, which shares its core),
// the sandboxed preload (CommonJS), and the renderer (served by Electron or by browser mode).
export default defineConfig({
  main: {
    build: {
      // zod and better-sqlite3's JavaScript are bundled rather than required from node_modules: their
      // many small CommonJS files cost a CLI command more start-up than the bundled copies (the
      // addon itself stays in node_modules; store/db.ts points the bundled copy at it). @garmin/fitsdk
      // is ESM-only, which a CommonJS bundle cannot require() on every Node 20: bundled, it becomes a
      // chunk of its own that loads on the first FIT file.
      externalizeDeps: { exclude: ['zod', 'better-sqlite3', '@garmin/fitsdk'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/main/cli/main.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
      // electron-vite leaves the renderer unminified by default; chart.js + date-fns make that ~750 kB
      // to parse on every start (the first-paint benchmark notices).
      minify: true,
    },
    plugins: [svelte({ configFile: resolve(__dirname, 'svelte.config.mjs') })],
  },
});
